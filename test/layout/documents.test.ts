import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout, type Styles } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { exampleData, ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { layOut } from './pdfmakeLayout.js';
import { stressData } from './stress.js';

/**
 * The templates with every document in `orientation`: the narrative's in templates/styles.yaml, each form's in its
 * definition (the one place a form's orientation is written).
 */
function templatesIn(orientation: 'portrait' | 'landscape'): string {
  const dir = join(tempDir('jixiao-orientation-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const edit = (file: string, from: RegExp) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(from);
    writeFileSync(join(dir, file), text.replace(from, (line) => line.replace('portrait', orientation)));
  };
  edit('styles.yaml', /^ {2}narrative: portrait$/m);
  for (const form of ['basicData', 'departmentEvaluation', 'projectEvaluation']) edit(`profiles/hunan-2022/forms/${form}.yaml`, /^orientation: portrait/m);
  return dir;
}

function layoutOf(data: unknown, orientation?: 'portrait' | 'landscape'): { docs: DocumentLayout[]; styles: Styles } {
  const before = process.env.JIXIAO_TEMPLATES;
  if (orientation) process.env.JIXIAO_TEMPLATES = templatesIn(orientation);
  try {
    const styles = loadStyles();
    return { docs: layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles }), styles };
  } finally {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  }
}

/** pdfmake lays each document out on exactly the pages the layout planned, and never runs a table over a page. */
async function expectAsPlanned(docs: DocumentLayout[], styles: Styles): Promise<void> {
  for (const d of docs) {
    const { pages, tablesAcrossPages } = await layOut(d, styles);
    expect({ doc: d.fileName, pages, tablesAcrossPages }).toEqual({ doc: d.fileName, pages: d.pages, tablesAcrossPages: [] });
  }
}

describe('the example as laid out', () => {
  it('keeps to the planned pages in pdfmake, in portrait and in landscape', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const { docs, styles } = layoutOf(exampleData(), orientation);
      await expectAsPlanned(docs, styles);
    }
  }, 60_000);

  it('fits each form on two pages at most, the narrative on six', () => {
    const { docs } = layoutOf(exampleData());
    expect(docs.map((d) => d.pages)).toEqual([6, 1, 2, 2, 2]);
  });
});

describe('the stress input as laid out', () => {
  const pick = (docs: DocumentLayout[]) => [docs[0], docs[1], docs[2], docs[3], docs[4], docs.at(-1)!];

  it('keeps to the planned pages in pdfmake (portrait)', async () => {
    const { docs, styles } = layoutOf(stressData());
    expect(docs.length).toBe(35);
    await expectAsPlanned(pick(docs), styles);
  }, 120_000);

  it('keeps to the planned pages in pdfmake (landscape), on fewer pages', async () => {
    const { docs, styles } = layoutOf(stressData(), 'landscape');
    await expectAsPlanned(pick(docs).slice(1), styles);
    const portrait = layoutOf(stressData()).docs;
    // The 9-column form is wider in landscape: the 2,000-character 偏差原因 takes fewer pages.
    expect(docs[2].pages!).toBeLessThan(portrait[2].pages!);
  }, 120_000);
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportInput } from '../../src/model/parse.js';
import { composeReport, prepareReport, renderReport } from '../../src/pipeline.js';
import { renderDocuments } from '../../src/render/index.js';
import { exampleInput, ROOT } from '../helpers/example.js';
import { stressData } from '../layout/stress.js';
import { compareWithGolden, goldenNames, MAX_DIFF_RATIO, rasterize, type Comparison } from './raster.js';

// Every page of the example, and a few pages of the stress input, against committed pictures.
// After an intended change of the layout: `npm run golden:visual`, then look at the new pictures before committing.

const GOLDEN = join(ROOT, 'test', 'visual', 'golden');

function expectUnchanged(results: Comparison[]): void {
  const changed = results.filter((r) => r.ratio > MAX_DIFF_RATIO).map((r) => `${r.name}: ${(r.ratio * 100).toFixed(3)}% differ${r.diff ? ` (see ${r.diff})` : ''}`);
  expect(changed).toEqual([]);
}

describe('pictures of the pages', () => {
  it('of the example (combined file) match the goldens', async () => {
    const [combined] = await renderReport(prepareReport(exampleInput()));
    const pages = Array.from({ length: combined.pages }, (_, i) => i + 1);
    const dir = join(GOLDEN, 'example');
    const names = pages.map((p) => `p${String(p).padStart(2, '0')}`);
    expect(goldenNames(dir).filter((n) => !names.includes(n))).toEqual([]);
    expectUnchanged(rasterize(combined.bytes, pages).map((png, i) => compareWithGolden(dir, names[i], png)));
  }, 60_000);

  it('of the stress input (the department form: first page, a cut row, the end; a project form) match the goldens', async () => {
    const composed = composeReport(prepareReport(parseReportInput(stressData())));
    const [dept, project] = [composed.docs[2], composed.docs[3]];
    const [, deptPdf, projectPdf] = await renderDocuments([dept, project], composed.combined.title, composed.combined.fileName, composed.render);
    const dir = join(GOLDEN, 'stress');
    const deptPages = [1, 2, 6, deptPdf.pages];
    const results = [
      ...rasterize(deptPdf.bytes, deptPages).map((png, i) => compareWithGolden(dir, `dept-p${deptPages[i]}`, png)),
      ...rasterize(projectPdf.bytes, [1, projectPdf.pages]).map((png, i) => compareWithGolden(dir, `project-p${i ? 'last' : 1}`, png)),
    ];
    expectUnchanged(results);
  }, 120_000);
});

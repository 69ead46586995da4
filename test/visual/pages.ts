import { join } from 'node:path';
import { expect } from 'vitest';
import { parseReportInput } from '../../src/model/parse.js';
import { composeReport, prepareReport, renderReport } from '../../src/pipeline.js';
import { renderDocuments } from '../../src/render/index.js';
import { exampleInput } from '../helpers/example.js';
import { stressData } from '../layout/stress.js';
import { compareWithGolden, goldenNames, MAX_DIFF_RATIO, type Comparison, type Rasterizer } from './raster.js';

// The pages whose pictures are kept, shared by the pdf.js pictures (test/visual/) and Poppler's (test/external/).

function expectUnchanged(results: Comparison[]): void {
  const changed = results.filter((r) => r.ratio > MAX_DIFF_RATIO).map((r) => `${r.name}: ${(r.ratio * 100).toFixed(3)}% differ${r.diff ? ` (${r.diff})` : ''}`);
  expect(changed).toEqual([]);
}

/** Every page of the example's combined file; no golden may be left over, none may be missing. */
export async function expectExampleUnchanged(golden: string, rasterize: Rasterizer): Promise<void> {
  const [combined] = await renderReport(prepareReport(exampleInput()));
  const pages = Array.from({ length: combined.pages }, (_, i) => i + 1);
  const dir = join(golden, 'example');
  const names = pages.map((p) => `p${String(p).padStart(2, '0')}`);
  expect(goldenNames(dir, names)).toEqual(names);
  expectUnchanged((await rasterize(combined.bytes, pages)).map((png, i) => compareWithGolden(dir, names[i], png)));
}

/**
 * Of the stress input: the department form's first page, a cut row (pages 2 and 6) and its last page, and a
 * project form's first and last page. The last pages are named `last`, not by their number, so that a change in
 * the page count compares the new last page with the old one instead of writing a new golden.
 */
export async function expectStressUnchanged(golden: string, rasterize: Rasterizer): Promise<void> {
  const composed = composeReport(prepareReport(parseReportInput(stressData())));
  const [dept, project] = [composed.docs[2], composed.docs[3]];
  const [, deptPdf, projectPdf] = await renderDocuments([dept, project], composed.combined.title, composed.combined.fileName, composed.render);
  const dir = join(golden, 'stress');
  const deptNames = ['dept-p1', 'dept-p2', 'dept-p6', 'dept-plast'];
  const projectNames = ['project-p1', 'project-plast'];
  expect(goldenNames(dir, [...deptNames, ...projectNames])).toEqual([...deptNames, ...projectNames].sort());
  const deptPngs = await rasterize(deptPdf.bytes, [1, 2, 6, deptPdf.pages]);
  const projectPngs = await rasterize(projectPdf.bytes, [1, projectPdf.pages]);
  expectUnchanged([
    ...deptPngs.map((png, i) => compareWithGolden(dir, deptNames[i], png)),
    ...projectPngs.map((png, i) => compareWithGolden(dir, projectNames[i], png)),
  ]);
}

/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → compose (text from templates)
 *   → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 */
import { readFile } from 'node:fs/promises';
import { Labels } from './compose/labels.js';
import { deriveFigures, type DerivedFigures } from './derive/index.js';
import { loadInput } from './load/index.js';
import { layoutReport, loadStyles } from './layout/index.js';
import { parseReportInput } from './model/parse.js';
import type { ReportInput } from './model/schema.js';
import { renderDocuments, type RenderedDocument } from './render/index.js';
import { VERSION } from './version.js';
import { writeReport, type Manifest } from './write/index.js';

export interface PreparedReport {
  input: ReportInput;
  figures: DerivedFigures;
}

export interface BuildOptions {
  draft?: boolean;
}

/** load → model */
export async function readReport(file: string): Promise<ReportInput> {
  return parseReportInput(await loadInput(file));
}

/** model → derive */
export function prepareReport(input: ReportInput): PreparedReport {
  return { input, figures: deriveFigures(input) };
}

/** compose → layout → render: every PDF of the report set, the combined one first. */
export async function renderReport({ input, figures }: PreparedReport, options: BuildOptions = {}): Promise<RenderedDocument[]> {
  const labels = Labels.load();
  const styles = loadStyles();
  const docs = layoutReport({ input, figures, labels, styles });
  const names = { unitName: input.unit.name, year: input.year };
  return renderDocuments(docs, labels.text('documents.combined.title'), labels.text('documents.combined.fileName', names), {
    styles,
    meta: {
      author: input.unit.name,
      subject: `${input.unit.name} ${input.year} 年度部门整体支出绩效自评`,
      keywords: `部门整体支出绩效自评, ${input.year}, ${input.unit.name}`,
      date: input.reportDate,
      producer: `jixiao ${VERSION}`,
    },
    pageNumber: (page, pages) => labels.text('common.pageNumber', { page, pages }),
    draftMark: options.draft ? labels.text('common.draft') : undefined,
  });
}

/** The main job: one input file in, every document of its report set written to `outDir`. */
export async function buildReport(file: string, outDir: string, options: BuildOptions = {}): Promise<Manifest> {
  // Read through the load stage first: a missing or unreadable file is the user's problem, said in Chinese.
  const prepared = prepareReport(await readReport(file));
  const inputBytes = await readFile(file);
  const rendered = await renderReport(prepared, options);
  return writeReport(
    outDir,
    rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    inputBytes,
  );
}

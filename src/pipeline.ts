/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → check (findings)
 *   → compose (text from templates) → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 */
import { readFile } from 'node:fs/promises';
import { runChecks } from './check/index.js';
import { Labels } from './compose/labels.js';
import { deriveFigures, type DerivedFigures } from './derive/index.js';
import type { Finding } from './diagnostics/finding.js';
import { loadInput, located, locateFindings } from './load/index.js';
import { layoutFindings } from './layout/findingsPage.js';
import { layoutReport, loadStyles, type DocumentLayout } from './layout/index.js';
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
  /**
   * Sees the checks' findings before anything is rendered: the CLI prints them here, and throws to stop the build
   * when there are errors (unless --force). Without it the build does not stop on findings.
   */
  onFindings?: (findings: Finding[]) => void;
  /** Also write the reviewer's findings page, a PDF of its own that is never part of the signed set. */
  withFindings?: boolean;
}

/** load → model. Problems in the input name their place in the file: the line, or the workbook's sheet!cell. */
export async function readReport(file: string): Promise<ReportInput> {
  const data = await loadInput(file);
  return located(data, () => parseReportInput(data));
}

/** model → derive */
export function prepareReport(input: ReportInput): PreparedReport {
  return { input, figures: deriveFigures(input) };
}

/** derive → check */
export function checkReport({ input, figures }: PreparedReport): Finding[] {
  return locateFindings(runChecks(input, figures), input);
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

/** Where a report set goes: a folder, or a folder chosen from the input (a batch's per-unit sub-folders). */
export type OutDir = string | ((input: ReportInput) => Promise<string>);

/** The main job: one input file in, every document of its report set written to `outDir`. */
export async function buildReport(file: string, outDir: OutDir, options: BuildOptions = {}): Promise<Manifest> {
  // Read through the load stage first: a missing or unreadable file is the user's problem, said in Chinese.
  const prepared = prepareReport(await readReport(file));
  const findings = checkReport(prepared);
  options.onFindings?.(findings);
  const inputBytes = await readFile(file);
  const rendered = await renderReport(prepared, options);
  if (options.withFindings) rendered.push(await renderFindings(prepared, findings));
  return writeReport(
    typeof outDir === 'string' ? outDir : await outDir(prepared.input),
    rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    inputBytes,
  );
}

/** The reviewer's findings page, rendered alone: it never enters the combined (signed) PDF. */
async function renderFindings(prepared: PreparedReport, findings: Finding[]): Promise<RenderedDocument> {
  const labels = Labels.load();
  const styles = loadStyles();
  const page = layoutFindings({ ...prepared, labels, styles }, findings);
  // render/ lays out any DocumentLayout; its kind only labels the output, so the page keeps its own.
  const [, alone] = await renderDocuments([page as unknown as DocumentLayout], page.title, page.fileName, {
    styles,
    meta: { author: prepared.input.unit.name, subject: page.title, keywords: page.title, date: prepared.input.reportDate, producer: `jixiao ${VERSION}` },
    pageNumber: (n, pages) => labels.text('common.pageNumber', { page: n, pages }),
  });
  return { ...alone, layout: { kind: page.kind, title: page.title, fileName: page.fileName } };
}

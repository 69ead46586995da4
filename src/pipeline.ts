/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → check (findings)
 *   → compose (text from templates) → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 * The stages from model to render are the core (src/core/, no Node in it); this module reads and writes the files.
 */
import './node/resources.js';
import type { InputCheckOptions } from './check/input/index.js';
import { engineProfileOf } from './core/prepare.js';
import { renderFindings, renderOptions, renderReport, renderStage, templateLabels, templateStyles } from './core/report.js';
import { diffInputs } from './diff/index.js';
import type { Finding } from './diagnostics/finding.js';
import { readInputBytes } from './load/index.js';
import { layoutCorrectionNotice } from './layout/correctionNotice.js';
import type { DocumentLayout } from './layout/index.js';
import type { ReportInput } from './model/schema.js';
import type { RenderedDocument } from './render/index.js';
import type { PreparedProfileReport } from './forms/index.js';
import { admitReport, checkReport, parseReport, prepareReport, readData, readReport, type PreparedReport } from './prepare.js';
import { buildProfileReport } from './profileReport.js';
import { writeReport, type Manifest } from './write/index.js';
import { mapList } from './mapList.js';

export { admitReport, checkFile, checkInput, checkReport, parseReport, prepareReport, readData, readReport, type CheckedInput, type PreparedReport } from './prepare.js';
export { composeReport, renderReport, type ComposedReport } from './core/report.js';

export interface BuildOptions extends InputCheckOptions {
  draft?: boolean;
  /**
   * Sees the checks' findings before anything is rendered: the CLI prints them here, and throws to stop the build
   * when there are errors (unless --force). Without it the build does not stop on findings.
   */
  onFindings?: (findings: Finding[], prepared?: PreparedReport, profiled?: PreparedProfileReport) => void;
  /** Also write the reviewer's findings page, a PDF of its own that is never part of the signed set. */
  withFindings?: boolean;
  /** The published version's input file: also write a 更正说明 listing every correction since then. */
  correctionOf?: string;
  /** The 更正说明's date (ISO); without it, the new input's 报告日期. */
  correctionDate?: string;
  /** The manifest names the version this build follows (build --keep-versions). */
  predecessor?: Manifest['predecessor'];
}

/** Where a report set goes: a folder, or a folder chosen from the input (a batch's per-unit sub-folders). */
export type OutDir = string | ((input: ReportInput) => Promise<string>);

/** The main job: one input file in, every document of its report set written to `outDir`. */
export async function buildReport(file: string, outDir: OutDir, options: BuildOptions = {}): Promise<Manifest> {
  // Read through the load stage first: a missing or unreadable file is the user's problem, said in Chinese.
  const data = await readData(file);
  const profile = engineProfileOf(data);
  // A batch's folder function reads only the unit's name and the year, which every profile's input has.
  if (profile) return buildProfileReport(file, profile, data, outDir as never, options);
  const prepared = prepareReport(admitReport(parseReport(data)));
  const findings = checkReport(prepared, options);
  options.onFindings?.(findings, prepared);
  const inputBytes = readInputBytes(file);
  const rendered = await renderReport(prepared, options);
  if (options.withFindings) rendered.push(await renderFindings(prepared, findings));
  if (options.correctionOf) rendered.push(await renderCorrection(prepared, await readReport(options.correctionOf), options.correctionDate));
  return writeReport(
    typeof outDir === 'string' ? outDir : await outDir(prepared.input),
    mapList(rendered, (r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    inputBytes,
    options.predecessor,
  );
}

/** The correction notice: diff the published input against this one, lay the corrections out, render it alone. */
async function renderCorrection(prepared: PreparedReport, published: ReportInput, date = prepared.input.reportDate): Promise<RenderedDocument> {
  const { input } = prepared;
  const diff = await diffInputs(published, input);
  const labels = templateLabels();
  const render = renderOptions(input, labels, templateStyles(), {});
  const notice = layoutCorrectionNotice({
    labels,
    styles: render.styles,
    unitName: input.unit.name,
    self: input.narrative.selfReference,
    year: input.year,
    publishedDate: published.reportDate,
    date,
    corrections: diff.changes,
  });
  const { renderDocuments } = await renderStage();
  const [, alone] = await renderDocuments([notice as unknown as DocumentLayout], notice.title, notice.fileName, { ...render, meta: { ...render.meta, subject: notice.title } });
  return { ...alone, layout: { kind: notice.kind, title: notice.title, fileName: notice.fileName } };
}

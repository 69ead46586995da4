/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → check (findings)
 *   → compose (text from templates) → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 */
import './node/resources.js';
import { enforceBudgets, type InputCheckOptions } from './check/input/index.js';
import { checkReport, parseReport, prepareReport, renderFindings, renderOptions, renderReport, templateLabels, templateStyles, type PreparedReport } from './core/report.js';
import { diffInputs } from './diff/index.js';
import { EXIT, UserError, type Finding } from './diagnostics/finding.js';
import { anchorImagePaths, loadInput, readImage, readInputBytes } from './load/index.js';
import { layoutCorrectionNotice } from './layout/correctionNotice.js';
import type { DocumentLayout } from './layout/index.js';
import type { ReportInput } from './model/schema.js';
import { renderDocuments, type RenderedDocument } from './render/index.js';
import { DEFAULT_PROFILE } from './core/profiles.js';
import type { PreparedProfileReport } from './forms/index.js';
import { buildProfileReport, engineProfileOf, prepareProfileData } from './profileReport.js';
import { writeReport, type Manifest } from './write/index.js';

export { checkReport, composeReport, parseReport, prepareReport, renderReport, type ComposedReport, type PreparedReport } from './core/report.js';

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

/** load: the file's plain data (image paths made absolute against the file's folder). */
export async function readData(file: string): Promise<unknown> {
  return anchorImagePaths(await loadInput(file), file);
}

/**
 * load → model for hunan-2022 inputs. Problems in the input name their place in the file: the line, or the
 * workbook's sheet!cell. Commands that only know that set (diff, --correction-of) say so for other profiles.
 */
export async function readReport(file: string): Promise<ReportInput> {
  const data = await readData(file);
  const profile = engineProfileOf(data);
  if (profile) throw new UserError(`${file} 的表格类型是 ${profile.id}：比较和更正说明（diff、--correction-of）目前只用于 ${DEFAULT_PROFILE}`, [], EXIT.usage);
  return admitReport(parseReport(data));
}

/** The images are judged now (readable PNG, within budget) and the input's size is bounded, before any check runs or anything is rendered. */
function admitReport(input: ReportInput): ReportInput {
  for (const image of Object.values(input.contacts.images ?? {})) if (image) readImage(image);
  enforceBudgets(input);
  return input;
}

/** What checking one input gave: its findings, and what it was read as (a hunan-2022 report or a profile's input). */
export interface CheckedInput {
  findings: Finding[];
  report?: PreparedReport;
  profiled?: PreparedProfileReport;
}

/** check for any input: an input naming another profile is checked by the form engine. */
export async function checkInput(file: string, options: InputCheckOptions = {}): Promise<CheckedInput> {
  const data = await readData(file);
  const profile = engineProfileOf(data);
  if (profile) {
    const profiled = prepareProfileData(profile, data, options);
    return { findings: profiled.findings, profiled };
  }
  const report = prepareReport(admitReport(parseReport(data)));
  return { findings: checkReport(report, options), report };
}

export async function checkFile(file: string, options: InputCheckOptions = {}): Promise<Finding[]> {
  return (await checkInput(file, options)).findings;
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
    rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
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
  const [, alone] = await renderDocuments([notice as unknown as DocumentLayout], notice.title, notice.fileName, { ...render, meta: { ...render.meta, subject: notice.title } });
  return { ...alone, layout: { kind: notice.kind, title: notice.title, fileName: notice.fileName } };
}

/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → check (findings)
 *   → compose (text from templates) → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from './check/index.js';
import { enforceBudgets, inputChecks, type InputCheckOptions } from './check/input/index.js';
import { Labels } from './compose/labels.js';
import { templatesDir } from './compose/templateFiles.js';
import { deriveFigures, type DerivedFigures } from './derive/index.js';
import { diffInputs } from './diff/index.js';
import { EXIT, UserError, type Finding } from './diagnostics/finding.js';
import { anchorImagePaths, loadInput, located, locateFindings, readImage, readInputBytes } from './load/index.js';
import { layoutCorrectionNotice } from './layout/correctionNotice.js';
import { layoutFindings } from './layout/findingsPage.js';
import { layoutReport, loadStyles, type DocumentLayout, type Styles } from './layout/index.js';
import { parseReportInput } from './model/parse.js';
import type { ReportInput } from './model/schema.js';
import { renderDocuments, type RenderedDocument, type RenderOptions } from './render/index.js';
import { DEFAULT_PROFILE } from './node/profiles.js';
import type { PreparedProfileReport } from './forms/index.js';
import { buildProfileReport, engineProfileOf, prepareProfileData } from './profileReport.js';
import { VERSION } from './version.js';
import { writeReport, type Manifest } from './write/index.js';

export interface PreparedReport {
  input: ReportInput;
  figures: DerivedFigures;
}

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

/** model for hunan-2022: `profile: hunan-2022` may be written, and is the default. */
export function parseReport(data: unknown): ReportInput {
  if ((data as { profile?: unknown } | null)?.profile === DEFAULT_PROFILE) delete (data as { profile?: unknown }).profile;
  return located(data, () => parseReportInput(data));
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

/** model → derive */
export function prepareReport(input: ReportInput): PreparedReport {
  return { input, figures: deriveFigures(input) };
}

/** derive → check: the input's own characters and decimals, then every consistency rule. */
export function checkReport({ input, figures }: PreparedReport, options: InputCheckOptions = {}): Finding[] {
  return locateFindings([...inputChecks(input, options), ...runChecks(input, figures)], input);
}

/** A report set laid out and ready to render: its documents, the combined file's names, how to render them. */
export interface ComposedReport {
  docs: DocumentLayout[];
  combined: { title: string; fileName: string };
  render: RenderOptions;
}

/** compose → layout: every document of the report set as a pdfmake definition, with what the PDFs say of themselves. */
export function composeReport({ input, figures }: PreparedReport, options: BuildOptions = {}): ComposedReport {
  const labels = fromTemplates('labels.yaml', () => Labels.load());
  const styles = fromTemplates('styles.yaml', () => loadStyles());
  const names = { unitName: input.unit.name, year: input.year };
  return {
    docs: layoutReport({ input, figures, labels, styles }),
    combined: { title: labels.text('documents.combined.title'), fileName: labels.text('documents.combined.fileName', names) },
    render: renderOptions(input, labels, styles, options),
  };
}

/** compose → layout → render: every PDF of the report set, the combined one first. */
export async function renderReport(prepared: PreparedReport, options: BuildOptions = {}): Promise<RenderedDocument[]> {
  const { docs, combined, render } = composeReport(prepared, options);
  return renderDocuments(docs, combined.title, combined.fileName, render);
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

/** The correction notice: diff the published input against this one, lay the corrections out, render it alone. */
async function renderCorrection(prepared: PreparedReport, published: ReportInput, date = prepared.input.reportDate): Promise<RenderedDocument> {
  const { input } = prepared;
  const diff = await diffInputs(published, input);
  const labels = fromTemplates('labels.yaml', () => Labels.load());
  const render = renderOptions(input, labels, fromTemplates('styles.yaml', () => loadStyles()), {});
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

/** What every PDF of a report says of itself (metadata from the input, never the clock) and how pages are numbered. */
function renderOptions(input: ReportInput, labels: Labels, styles: Styles, options: BuildOptions): RenderOptions {
  return {
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
  };
}

/**
 * The label and style files, read once per process while they stay the same: a batch worker builds hundreds of
 * reports, and a Labels keeps its compiled templates.
 */
const templateCache = new Map<string, { stamp: string; value: unknown }>();
function fromTemplates<T>(name: string, load: () => T): T {
  const file = join(templatesDir(), name);
  const st = statSync(file);
  const stamp = `${st.mtimeMs}:${st.size}`;
  const hit = templateCache.get(file);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = load();
  templateCache.set(file, { stamp, value });
  return value;
}

/**
 * The whole flow, top-down:
 *   file → load (plain data) → model (zod: ReportInput) → derive (exact figures) → check (findings)
 *   → compose (text from templates) → layout (pdfmake definitions) → render (PDF bytes) → write (atomic files + manifest).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputCheckOptions } from './check/input/index.js';
import { Labels } from './compose/labels.js';
import { templatesDir } from './compose/templateFiles.js';
import { diffInputs } from './diff/index.js';
import type { Finding } from './diagnostics/finding.js';
import { readInputBytes } from './load/index.js';
import { layoutCorrectionNotice } from './layout/correctionNotice.js';
import { layoutFindings } from './layout/findingsPage.js';
import { layoutReport, loadStyles, type DocumentLayout, type Styles } from './layout/index.js';
import type { ReportInput } from './model/schema.js';
import type { RenderedDocument, RenderOptions } from './render/index.js';
import type { PreparedProfileReport } from './forms/index.js';
import { admitReport, checkReport, parseReport, prepareReport, readData, readReport, type PreparedReport } from './prepare.js';
import { buildProfileReport, engineProfileOf } from './profileReport.js';
import { VERSION } from './version.js';
import { writeReport, type Manifest } from './write/index.js';

export { admitReport, checkFile, checkInput, checkReport, parseReport, prepareReport, readData, readReport, type CheckedInput, type PreparedReport } from './prepare.js';

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
  const { renderDocuments } = await renderStage();
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
  const { renderDocuments } = await renderStage();
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
  const { renderDocuments } = await renderStage();
  const [, alone] = await renderDocuments([notice as unknown as DocumentLayout], notice.title, notice.fileName, { ...render, meta: { ...render.meta, subject: notice.title } });
  return { ...alone, layout: { kind: notice.kind, title: notice.title, fileName: notice.fileName } };
}

/** The render stage (pdfmake, fonts, deflate), loaded on first use: `check` never loads it. */
function renderStage(): Promise<typeof import('./render/index.js')> {
  return import('./render/index.js');
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

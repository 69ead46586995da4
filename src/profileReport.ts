/**
 * The flow for an input that names a profile built by the form engine: the core (src/core/profileReport.ts) with
 * the input read from and the PDFs written to disk. Inputs of hunan-2022 (or naming none) go through pipeline.ts.
 */
import { readFile } from 'node:fs/promises';
import './node/resources.js';
import type { InputCheckOptions } from './check/input/index.js';
import { Labels } from './compose/labels.js';
import { engineProfileOf, prepareProfileData } from './core/prepare.js';
import { renderProfileReport } from './core/profileReport.js';
import { EXIT, UserError, type Finding } from './diagnostics/finding.js';
import { DIFF_MESSAGES } from './diff/messages.js';
import { composeProfileReport, type PreparedProfileReport, type Profile } from './forms/index.js';
import { loadStyles, type DocumentLayout } from './layout/index.js';
import { loadInput } from './load/index.js';
import { schemaDefault } from './model/titles.js';
import { DEFAULT_PROFILE } from './node/profiles.js';
import type { RenderedDocument } from './render/index.js';
import { VERSION } from './version.js';
import { writeReport, type Manifest } from './write/index.js';
import { mapList } from './mapList.js';

export { engineProfileOf, prepareProfileData } from './core/prepare.js';
export { renderProfileReport } from './core/profileReport.js';

/** One input file of a profile in, its documents and the combined file written to `outDir`. */
export async function buildProfileReport(
  file: string,
  profile: Profile,
  data: unknown,
  outDir: string | ((unit: { unit: { name: string }; year: number | string }) => Promise<string>),
  options: InputCheckOptions & {
    draft?: boolean;
    onFindings?: (findings: Finding[], report?: never, profiled?: PreparedProfileReport) => void;
    correctionOf?: string;
    correctionDate?: string;
  },
): Promise<Manifest> {
  const prepared = prepareProfileData(profile, data, options);
  options.onFindings?.(prepared.findings, undefined, prepared);
  const rendered = await renderProfileReport(prepared, options);
  if (options.correctionOf) rendered.push(await renderProfileCorrection(prepared, await loadInput(options.correctionOf), options.correctionDate));
  const dir = typeof outDir === 'string' ? outDir : await outDir({ unit: { name: String(prepared.input.unit) }, year: String(prepared.input.year) });
  return writeReport(
    dir,
    mapList(rendered, (r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    await readFile(file),
  );
}

/** The 更正说明 of an engine profile: the printed cells that differ from the published version, before and after. */
async function renderProfileCorrection(prepared: PreparedProfileReport, publishedData: unknown, date?: string): Promise<RenderedDocument> {
  const { profile, input } = prepared;
  const other = engineProfileOf(publishedData);
  if (other?.id !== profile.id) throw new UserError(DIFF_MESSAGES.profilesDiffer(other?.id ?? DEFAULT_PROFILE, profile.id), [], EXIT.usage);
  // Loaded on first use, like the render stage: only --correction-of needs them.
  const [{ diffProfileReports }, { layoutCorrectionNotice }, { renderDocuments }] = await Promise.all([import('./diff/profile.js'), import('./layout/correctionNotice.js'), import('./render/index.js')]);
  const published = prepareProfileData(profile, publishedData);
  const diff = diffProfileReports(published, prepared);
  const labels = Labels.load();
  const styles = loadStyles();
  const composed = composeProfileReport(prepared, styles);
  const notice = layoutCorrectionNotice({
    labels,
    styles,
    unitName: String(input.unit),
    self: schemaDefault('selfReference'),
    year: Number(input.year),
    publishedDate: String(published.input.reportDate),
    date: date ?? String(input.reportDate),
    reportTitle: composed.combined.title,
    corrections: diff.changes,
  });
  const [, alone] = await renderDocuments([notice as unknown as DocumentLayout], notice.title, notice.fileName, {
    styles,
    meta: { ...composed.meta, subject: notice.title, producer: `jixiao ${VERSION}` },
    pageNumber: composed.pageNumber,
  });
  return { ...alone, layout: { kind: notice.kind, title: notice.title, fileName: notice.fileName } };
}

/**
 * compose → layout → render of an input whose profile is built by the form engine (national-project, …); its front
 * (model → derive → check) is in prepare.ts. No file or Node module here: the CLI (src/profileReport.ts) and the
 * web page's worker wrap it.
 */
import type { PreparedProfileReport } from '../forms/index.js';
import { composeProfileReport } from '../forms/index.js';
import type { AssembledSet, RenderedDocument } from '../render/index.js';
import { VERSION } from '../version.js';
import { renderStage, templateLabels, templateStyles, type Proceed, type RenderSwitches } from './report.js';
import { mapList } from '../mapList.js';

export async function renderProfileReport(prepared: PreparedProfileReport, options: RenderSwitches = {}): Promise<RenderedDocument[]> {
  const set = await assembleProfileReport(prepared, options);
  return mapList(set.files, (f, i) => ({ ...f, bytes: set.write(i) }));
}

/** compose → layout → render, the files not yet written (see render/assembleDocuments). */
export function assembleProfileReport(prepared: PreparedProfileReport, options?: RenderSwitches): Promise<AssembledSet>;
export function assembleProfileReport(prepared: PreparedProfileReport, options: RenderSwitches, proceed?: Proceed): Promise<AssembledSet | undefined>;
export async function assembleProfileReport(prepared: PreparedProfileReport, options: RenderSwitches = {}, proceed?: Proceed): Promise<AssembledSet | undefined> {
  const styles = templateStyles();
  const composed = composeProfileReport(prepared, styles);
  if (proceed && !(await proceed())) return undefined;
  const { assembleDocuments } = await renderStage();
  return assembleDocuments(composed.docs, composed.combined.title, composed.combined.fileName, {
    styles,
    meta: { ...composed.meta, producer: `jixiao ${VERSION}` },
    pageNumber: composed.pageNumber,
    draftMark: options.draft ? templateLabels().text('common.draft') : undefined,
  });
}

/**
 * The core of an input whose profile is built by the form engine (national-project, sichuan-project, …):
 *   data → model (schema from the profile) → derive + check (relation engine) → layout (generic table form) → render.
 * No file or Node module here: the CLI (src/profileReport.ts) and the web page's worker wrap it.
 */
import { missingGlyphs, type InputCheckOptions } from '../check/input/index.js';
import { describeProfilePath } from '../forms/schema.js';
import { composeProfileReport, parseProfileInput, prepareProfileReport, type PreparedProfileReport, type Profile } from '../forms/index.js';
import { located, locateFindings } from '../load/locate.js';
import { renderDocuments, type RenderedDocument } from '../render/index.js';
import { VERSION } from '../version.js';
import { DEFAULT_PROFILE, loadProfile } from './profiles.js';
import { templateLabels, templateStyles, type RenderSwitches } from './report.js';

/** The profile an input names; undefined for hunan-2022 (named or not), which the report core builds. */
export function engineProfileOf(data: unknown): Profile | undefined {
  const id = (data as { profile?: unknown } | null)?.profile;
  if (id === undefined || id === DEFAULT_PROFILE) return undefined;
  const profile = loadProfile(String(id));
  return profile.engine === 'forms' ? profile : undefined;
}

/**
 * model → derive → check, findings named at their place in the file (sheet!cell, YAML line): first the characters
 * the font lacks (warnings with allowMissingGlyphs), then every relation of the forms.
 */
export function prepareProfileData(profile: Profile, data: unknown, options: InputCheckOptions = {}): PreparedProfileReport {
  const input = located(data, () => parseProfileInput(profile, data));
  const prepared = prepareProfileReport(profile, input);
  const glyphs = missingGlyphs(input, undefined, (path) => describeProfilePath(profile, path)).map((f) => (options.allowMissingGlyphs ? { ...f, level: 'warning' as const } : f));
  return { ...prepared, findings: locateFindings([...glyphs, ...prepared.findings], data) };
}

export async function renderProfileReport(prepared: PreparedProfileReport, options: RenderSwitches = {}): Promise<RenderedDocument[]> {
  const styles = templateStyles();
  const composed = composeProfileReport(prepared, styles);
  return renderDocuments(composed.docs, composed.combined.title, composed.combined.fileName, {
    styles,
    meta: { ...composed.meta, producer: `jixiao ${VERSION}` },
    pageNumber: composed.pageNumber,
    draftMark: options.draft ? templateLabels().text('common.draft') : undefined,
  });
}

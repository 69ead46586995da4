/**
 * The flow for an input that names a profile built by the form engine (national-project, sichuan-project, …):
 *   data → model (schema from the profile) → derive + check (relation engine) → layout (generic table form)
 *   → render → write. Inputs of hunan-2022 (or naming none) go through pipeline.ts as always.
 */
import { readFile } from 'node:fs/promises';
import { missingGlyphs, type InputCheckOptions } from './check/input/index.js';
import { Labels } from './compose/labels.js';
import type { Finding } from './diagnostics/finding.js';
import { describeProfilePath } from './forms/schema.js';
import { composeProfileReport, parseProfileInput, prepareProfileReport, type PreparedProfileReport, type Profile } from './forms/index.js';
import { loadStyles } from './layout/index.js';
import { located, locateFindings } from './load/index.js';
import { DEFAULT_PROFILE, loadProfile } from './node/profiles.js';
import type { RenderedDocument } from './render/index.js';
import { VERSION } from './version.js';
import { writeReport, type Manifest } from './write/index.js';

/** The profile an input names; undefined for hunan-2022 (named or not), which today's code builds. */
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

export async function renderProfileReport(prepared: PreparedProfileReport, options: { draft?: boolean } = {}): Promise<RenderedDocument[]> {
  const styles = loadStyles();
  const composed = composeProfileReport(prepared, styles);
  // The render stage is loaded on first use: checking a profile's input never loads pdfmake or the fonts.
  const { renderDocuments } = await import('./render/index.js');
  return renderDocuments(composed.docs, composed.combined.title, composed.combined.fileName, {
    styles,
    meta: { ...composed.meta, producer: `jixiao ${VERSION}` },
    pageNumber: composed.pageNumber,
    draftMark: options.draft ? Labels.load().text('common.draft') : undefined,
  });
}

/** One input file of a profile in, its documents and the combined file written to `outDir`. */
export async function buildProfileReport(
  file: string,
  profile: Profile,
  data: unknown,
  outDir: string | ((unit: { unit: { name: string }; year: number | string }) => Promise<string>),
  options: InputCheckOptions & { draft?: boolean; onFindings?: (findings: Finding[], report?: never, profiled?: PreparedProfileReport) => void },
): Promise<Manifest> {
  const prepared = prepareProfileData(profile, data, options);
  options.onFindings?.(prepared.findings, undefined, prepared);
  const rendered = await renderProfileReport(prepared, options);
  const dir = typeof outDir === 'string' ? outDir : await outDir({ unit: { name: String(prepared.input.unit) }, year: String(prepared.input.year) });
  return writeReport(
    dir,
    rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    await readFile(file),
  );
}

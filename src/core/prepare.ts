/**
 * The front of the core: model → derive → check of any profile's input, with no file, process or Node module, and
 * no render stage: checking loads neither pdfmake nor the fonts. The CLI's front (src/prepare.ts) reads the file
 * first; the web page's worker parses the text it holds.
 */
import { runChecks } from '../check/index.js';
import { enforceBudgets, inputChecks, missingGlyphs, type InputCheckOptions } from '../check/input/index.js';
import { deriveFigures, type DerivedFigures } from '../derive/index.js';
import type { Finding } from '../diagnostics/finding.js';
import { prepareProfileReport, parseProfileInput, type PreparedProfileReport, type Profile } from '../forms/index.js';
import { describeProfilePath } from '../forms/schema.js';
import { located, locateFindings } from '../load/locate.js';
import { parseReportInput } from '../model/parse.js';
import type { ReportInput } from '../model/schema.js';
import { DEFAULT_PROFILE } from './defaultProfile.js';
import { resources } from '../resources.js';
import { loadProfile } from './profiles.js';
import { mapList } from '../mapList.js';

export interface PreparedReport {
  input: ReportInput;
  figures: DerivedFigures;
}

/** model for hunan-2022: `profile: hunan-2022` may be written, and is the default. */
export function parseReport(data: unknown): ReportInput {
  if ((data as { profile?: unknown } | null)?.profile === DEFAULT_PROFILE) delete (data as { profile?: unknown }).profile;
  return located(data, () => parseReportInput(data));
}

/**
 * The images are judged now (readable PNG, within budget) and the input's size is bounded, before any check runs or
 * anything is rendered.
 */
export function admitReport(input: ReportInput): ReportInput {
  for (const image of Object.values(input.contacts.images ?? {})) if (image) resources().image(image);
  enforceBudgets(input);
  return input;
}

/** model → derive */
export function prepareReport(input: ReportInput): PreparedReport {
  return { input, figures: deriveFigures(input) };
}

/** derive → check: the input's own characters and decimals, then every consistency rule. */
export function checkReport({ input, figures }: PreparedReport, options: InputCheckOptions = {}): Finding[] {
  return locateFindings([...inputChecks(input, options), ...runChecks(input, figures)], input);
}

/** The profile an input names; undefined for hunan-2022 (named or not), which the report core builds. */
export function engineProfileOf(data: unknown): Profile | undefined {
  const id = (data as { profile?: unknown } | null)?.profile;
  if (id === undefined || id === DEFAULT_PROFILE) return undefined;
  const profile = loadProfile(String(id));
  return profile.engine === 'forms' ? profile : undefined;
}

/**
 * model → derive → check of a form-engine profile's input, findings named at their place in the file (sheet!cell,
 * YAML line): first the characters the font lacks (warnings with allowMissingGlyphs), then every relation of the forms.
 */
export function prepareProfileData(profile: Profile, data: unknown, options: InputCheckOptions = {}): PreparedProfileReport {
  const input = located(data, () => parseProfileInput(profile, data));
  const prepared = prepareProfileReport(profile, input);
  const glyphs = mapList(missingGlyphs(input, undefined, (path) => describeProfilePath(profile, path)), (f) => (options.allowMissingGlyphs ? { ...f, level: 'warning' as const } : f));
  return { ...prepared, findings: locateFindings([...glyphs, ...prepared.findings], data) };
}

/** What checking an input gave: its findings, and what it was read as (a hunan-2022 report or a profile's input). */
export interface CheckedData {
  findings: Finding[];
  report?: PreparedReport;
  profiled?: PreparedProfileReport;
}

/** model → derive → check of any profile's input data. */
export function checkData(data: unknown, options: InputCheckOptions = {}): CheckedData {
  const profile = engineProfileOf(data);
  if (profile) {
    const profiled = prepareProfileData(profile, data, options);
    return { findings: profiled.findings, profiled };
  }
  const report = prepareReport(admitReport(parseReport(data)));
  return { findings: checkReport(report, options), report };
}

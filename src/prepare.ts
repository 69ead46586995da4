/**
 * The front of the pipeline (src/pipeline.ts): file → load → model → derive → check. A module of its own so that
 * `jixiao check` loads these stages and never the render stage.
 */
import { runChecks } from './check/index.js';
import { enforceBudgets, inputChecks, type InputCheckOptions } from './check/input/index.js';
import { deriveFigures, type DerivedFigures } from './derive/index.js';
import { EXIT, UserError, type Finding } from './diagnostics/finding.js';
import type { PreparedProfileReport } from './forms/index.js';
import { anchorImagePaths, loadInput, located, locateFindings, readImage } from './load/index.js';
import { LOAD_MESSAGES } from './load/messages.js';
import { parseReportInput } from './model/parse.js';
import type { ReportInput } from './model/schema.js';
import { DEFAULT_PROFILE } from './node/profiles.js';
import { engineProfileOf, prepareProfileData } from './profileReport.js';

export interface PreparedReport {
  input: ReportInput;
  figures: DerivedFigures;
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
  if (profile) throw new UserError(LOAD_MESSAGES.compareDefaultProfileOnly(file, profile.id, DEFAULT_PROFILE), [], EXIT.usage);
  return admitReport(parseReport(data));
}

/** model for hunan-2022: `profile: hunan-2022` may be written, and is the default. */
export function parseReport(data: unknown): ReportInput {
  if ((data as { profile?: unknown } | null)?.profile === DEFAULT_PROFILE) delete (data as { profile?: unknown }).profile;
  return located(data, () => parseReportInput(data));
}

/** The images are judged now (readable PNG, within budget) and the input's size is bounded, before any check runs or anything is rendered. */
export function admitReport(input: ReportInput): ReportInput {
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

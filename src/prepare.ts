/**
 * The front of the pipeline (src/pipeline.ts) for files: file → load, then the core's model → derive → check
 * (src/core/prepare.ts). A module of its own so that `jixiao check` loads these stages and never the render stage.
 */
import './node/resources.js';
import type { InputCheckOptions } from './check/input/index.js';
import { admitReport, checkData, engineProfileOf, parseReport, type CheckedData } from './core/prepare.js';
import { DEFAULT_PROFILE } from './core/defaultProfile.js';
import { EXIT, UserError, type Finding } from './diagnostics/finding.js';
import { anchorImagePaths, loadInput } from './load/index.js';
import { LOAD_MESSAGES } from './load/messages.js';
import type { ReportInput } from './model/schema.js';

export { admitReport, checkReport, parseReport, prepareReport, type PreparedReport } from './core/prepare.js';

/** load: the file's plain data (image paths made absolute against the file's folder). */
export async function readData(file: string): Promise<unknown> {
  return anchorImagePaths(await loadInput(file), file);
}

/**
 * load → model for hunan-2022 inputs. Problems in the input name their place in the file: the line, or the
 * workbook's sheet!cell. A hunan-2022 version compared with another profile's input (diff, --correction-of) is refused.
 */
export async function readReport(file: string): Promise<ReportInput> {
  const data = await readData(file);
  const profile = engineProfileOf(data);
  if (profile) throw new UserError(LOAD_MESSAGES.compareDefaultProfileOnly(file, profile.id, DEFAULT_PROFILE), [], EXIT.usage);
  return admitReport(parseReport(data));
}

/** What checking one input gave: its findings, and what it was read as (a hunan-2022 report or a profile's input). */
export type CheckedInput = CheckedData;

/** check for any input: an input naming another profile is checked by the form engine. */
export async function checkInput(file: string, options: InputCheckOptions = {}): Promise<CheckedInput> {
  return checkData(await readData(file), options);
}

export async function checkFile(file: string, options: InputCheckOptions = {}): Promise<Finding[]> {
  return (await checkInput(file, options)).findings;
}

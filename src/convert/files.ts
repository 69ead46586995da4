/** Writes input data as a .json, .yaml/.yml or .xlsx file, chosen by the file's extension. */
import { existsSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { inputFormat, type InputFormat } from '../load/index.js';
import { writeWorkbook } from '../workbook/write.js';
import { writeAllAtomically } from '../write/atomic.js';
import { engineProfileOf } from '../profileReport.js';
import { encodeProfileInput } from './profileText.js';
import { toJsonText, toYamlText } from './text.js';
import { CONVERT_MESSAGES as M } from './messages.js';

export const FORMAT_NAMES: Record<InputFormat, string> = M.formatNames;

/** The format of an output file by its extension; a usage error if the extension is none of ours. */
export function outputFormat(file: string): InputFormat {
  const format = extname(file) ? inputFormat(file) : undefined;
  if (!format) throw new UserError(M.unknownExtension(file), [], EXIT.usage);
  return format;
}

export async function encodeInput(data: unknown, format: InputFormat, outFile: string): Promise<Buffer> {
  const profile = engineProfileOf(data);
  if (profile) return encodeProfileInput(profile, data, format, outFile);
  if (format === 'xlsx') return writeWorkbook(data);
  return Buffer.from(format === 'yaml' ? toYamlText(data, outFile) : toJsonText(data, outFile), 'utf8');
}

/** Encodes and writes `data` to `outFile` atomically; an existing file is replaced only with `force`. */
export async function writeInputFile(outFile: string, data: unknown, options: { force?: boolean } = {}): Promise<InputFormat> {
  const format = outputFormat(outFile);
  if (existsSync(outFile) && !options.force) throw new UserError(M.exists(outFile), [], EXIT.usage);
  const bytes = await encodeInput(data, format, outFile);
  await writeAllAtomically(dirname(outFile), [{ name: basename(outFile), bytes }]);
  return format;
}

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

export const FORMAT_NAMES: Record<InputFormat, string> = { xlsx: 'Excel 工作簿', yaml: 'YAML 文件', json: 'JSON 文件' };

/** The format of an output file by its extension; a usage error if the extension is none of ours. */
export function outputFormat(file: string): InputFormat {
  const format = extname(file) ? inputFormat(file) : undefined;
  if (!format) throw new UserError(`无法按扩展名确定输出格式：${file}（请用 .xlsx、.yaml/.yml 或 .json）`, [], EXIT.usage);
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
  if (existsSync(outFile) && !options.force) throw new UserError(`文件已存在：${outFile}（要覆盖请加 --force）`, [], EXIT.usage);
  const bytes = await encodeInput(data, format, outFile);
  await writeAllAtomically(dirname(outFile), [{ name: basename(outFile), bytes }]);
  return format;
}

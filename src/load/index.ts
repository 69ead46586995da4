import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../diagnostics/finding.js';
import { readWorkbook } from '../workbook/read.js';
import { parseJson } from './json.js';
import { attachLocator, type Locator, type Segment } from './locate.js';
import { parseYamlDocument, textLocator } from './yaml.js';

export { excerpt, lineColumn } from './syntax.js';
export { located, locateFindings, locatorOf, type Locator } from './locate.js';

export type InputFormat = 'json' | 'yaml' | 'xlsx';

/** The input format a file name asks for, by its extension; undefined if none fits. */
export function inputFormat(file: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `找不到输入文件：${file}` : `无法读取输入文件 ${file}（${code}）`, [], 1);
  }
}

function unsupported(file: string): UserError {
  const ext = extname(file).toLowerCase();
  const hint = ext === '.xls' || ext === '.et' || ext === '.ods' ? '：请在 Excel 或 WPS 中“另存为” .xlsx 工作簿' : '';
  return new UserError(`不支持的输入文件类型“${ext}”${hint}；请使用 .xlsx、.yaml/.yml 或 .json 文件`, [], 2);
}

/** JSON is read by JSON.parse (its errors are JSON's); positions for findings come from a YAML reading of the same text, made only when asked. */
function jsonLocator(file: string, text: string): Locator {
  let locate: Locator | undefined;
  return (path: readonly Segment[]) => {
    locate ??= textLocator(file, text, parseDocument(text.replace(/^\uFEFF/, '')));
    return locate(path);
  };
}

/**
 * Reads an input file into plain data, the same shape whatever the format (.json, .yaml/.yml, .xlsx).
 * The data carries a locator (see locate.ts): findings about it can then name the line or the sheet!cell.
 */
export async function loadInput(file: string): Promise<unknown> {
  const format = inputFormat(file);
  if (!format) throw unsupported(file);
  const bytes = await readBytes(file);
  if (format === 'xlsx') {
    const { data, locations } = await readWorkbook(file, bytes);
    attachLocator(data, (path) => {
      for (let n = path.length; n > 0; n--) {
        const cell = locations.get(path.slice(0, n).join('.'));
        if (cell) return cell;
      }
      return undefined;
    });
    return data;
  }
  const text = bytes.toString('utf8');
  if (format === 'yaml') {
    const doc = parseYamlDocument(file, text);
    const data = doc.toJS({ maxAliasCount: 100 });
    attachLocator(data, textLocator(file, text.replace(/^\uFEFF/, ''), doc));
    return data;
  }
  const data = parseJson(file, text);
  attachLocator(data, jsonLocator(file, text));
  return data;
}

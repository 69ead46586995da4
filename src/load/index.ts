import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { readWorkbook } from '../workbook/read.js';
import { parseJson } from './json.js';
import { attachLocator } from './locate.js';
import { parseYaml } from './yaml.js';

export { excerpt, lineColumn } from './syntax.js';
export { cellOf, located, locateFindings, locatorOf, type Locator } from './locate.js';

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

/**
 * Signature and seal images named in the input are found beside the input file, wherever the command is run
 * from: a relative path is made absolute against the input's folder.
 */
export function anchorImagePaths(data: unknown, inputFile: string): unknown {
  const dir = dirname(resolve(inputFile));
  const images = (data as { contacts?: { images?: Record<string, unknown> } } | null)?.contacts?.images;
  if (images && typeof images === 'object') {
    for (const [key, value] of Object.entries(images)) {
      if (typeof value === 'string' && value.trim() && !isAbsolute(value.trim())) images[key] = resolve(dir, value.trim());
    }
  }
  return data;
}

/**
 * Reads an input file into plain data, the same shape whatever the format (.json, .yaml/.yml, .xlsx).
 * Data from a workbook or a YAML file carries a locator (see locate.ts): findings about it then name the
 * sheet!cell or the line. JSON findings keep naming the field and its path only, as they always have.
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
  if (format === 'json') return parseJson(file, text);
  const { data, locate } = parseYaml(file, text);
  attachLocator(data, locate);
  return data;
}

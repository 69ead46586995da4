import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { BUDGETS } from '../budgets.js';
import { UserError } from '../diagnostics/finding.js';
import { parseJson } from './json.js';
import { readBounded } from './bounded.js';
import { attachLocator, cellLocator } from './locate.js';
import { LOAD_MESSAGES as M } from './messages.js';

export { excerpt, lineColumn } from './syntax.js';
export { readBounded, byteSize } from './bounded.js';
export { readImage } from './image.js';
import { PNG_DATA_URI } from './image.js';
import { decodeText } from './text.js';
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

/** The input file's bytes, read within its format's budget: only an ordinary file, never more than the budget. */
export function readInputBytes(file: string): Buffer {
  return readBounded(file, inputFormat(file) === 'xlsx' ? BUDGETS.workbookBytes : BUDGETS.textInputBytes, M.inputFile);
}

function unsupported(file: string): UserError {
  const ext = extname(file).toLowerCase();
  return new UserError(M.unsupportedType(ext, ext === '.xls' || ext === '.et' || ext === '.ods'), [], 2);
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
      if (typeof value === 'string' && value.trim() && !isAbsolute(value.trim()) && !value.startsWith(PNG_DATA_URI)) images[key] = resolve(dir, value.trim());
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
  const bytes = readInputBytes(file);
  if (format === 'xlsx') {
    // Each reader is loaded when its format is read: a JSON input never loads the YAML or workbook code.
    const { readWorkbook } = await import('../workbook/read.js');
    const { data, locations } = await readWorkbook(file, bytes);
    attachLocator(data, cellLocator(locations));
    return data;
  }
  const text = decodeText(file, bytes);
  if (format === 'json') return parseJson(file, text);
  const { parseYaml } = await import('./yaml.js');
  const { data, locate } = parseYaml(file, text);
  attachLocator(data, locate);
  return data;
}

import { UserError, type Finding } from '../diagnostics/finding.js';
import { mapList } from '../mapList.js';

export type Segment = string | number;

/** Where a data path sits in the file it was read from: "基础数据表!C8", "input.yaml 第 12 行"; undefined if unknown. */
export type Locator = (path: readonly Segment[]) => string | undefined;

/**
 * Loaded data → the locator of the file it came from. Kept beside the data (not in it) so the data stays the plain
 * object the JSON would give, and later stages, which only know JSON paths, need not know about files or sheets.
 */
const locators = new WeakMap<object, Locator>();

export function attachLocator(data: unknown, locate: Locator): void {
  if (data !== null && typeof data === 'object') locators.set(data, locate);
}

/**
 * The locator of a workbook's data: pathKey → "基础数据表!C9" as the reader found them. A group of cells (按支出性质分)
 * is found at its first cell; a value without a cell of its own at the nearest enclosing value's.
 */
export function cellLocator(locations: ReadonlyMap<string, string>): Locator {
  return (path) => {
    const key = path.join('.');
    const first = locations.get(key) ?? [...locations].find(([k]) => k.startsWith(`${key}.`))?.[1];
    if (first) return first;
    for (let n = path.length - 1; n > 0; n--) {
      const cell = locations.get(path.slice(0, n).join('.'));
      if (cell) return cell;
    }
    return undefined;
  };
}

/** The line of a YAML file on which the value at a data path (or the nearest enclosing one) starts. */
export type LineFinder = (path: readonly Segment[]) => number | undefined;

/** Loaded YAML data → its line finder (kept beside the data, as the locators are). */
const lineFinders = new WeakMap<object, LineFinder>();

export function attachLineFinder(data: unknown, lineOf: LineFinder): void {
  if (data !== null && typeof data === 'object') lineFinders.set(data, lineOf);
}

export function lineFinderOf(data: unknown): LineFinder | undefined {
  return data !== null && typeof data === 'object' ? lineFinders.get(data) : undefined;
}

export function locatorOf(data: unknown): Locator | undefined {
  return data !== null && typeof data === 'object' ? locators.get(data) : undefined;
}

/** "a.b.0.c" → ["a","b",0,"c"]; finding paths that are not data paths ("file.json:3:5") give no location. */
function segments(path: string): Segment[] | undefined {
  if (path === '' || /[:\s]/.test(path)) return undefined;
  return mapList(path.split('.'), (s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The workbook cell a located finding names ("基础数据表!C8 · …" → sheet and cell), if it names one. */
export function cellOf(f: Finding): { sheet: string; cell: string } | undefined {
  const m = /^(.+?)!([A-Z]{1,3}\d+) · /.exec(f.where);
  return m ? { sheet: m[1].replace(/^'(.*)'$/, '$1'), cell: m[2] } : undefined;
}

/** The findings with the place in the file put in front of `where`: "基础数据表!C8 · 基础数据表 › 公用经费 › …". */
export function locateFindings(findings: readonly Finding[], data: unknown): Finding[] {
  const locate = locatorOf(data);
  if (!locate) return [...findings];
  return mapList(findings, (f) => {
    const path = segments(f.path);
    const at = path && locate(path);
    return at ? { ...f, where: `${at} · ${f.where}` } : f;
  });
}

/**
 * Runs a stage on loaded data (e.g. parseReportInput). A UserError it throws comes back with its findings located in
 * the file; its result gets the same locator, so findings about the parsed input (checks) can be located from it.
 */
export function located<T>(data: unknown, run: () => T): T {
  try {
    const result = run();
    const locate = locatorOf(data);
    if (locate) attachLocator(result, locate);
    return result;
  } catch (e) {
    if (e instanceof UserError && locatorOf(data)) throw new UserError(e.message, locateFindings(e.findings, data), e.exitCode);
    throw e;
  }
}

import type { Path } from './types.js';

/** ["a", 0, "b"] → "a.0.b", the form of Finding.path. */
export function pathKey(path: Path): string {
  return path.join('.');
}

export { valueAt } from '../model/valueAt.js';

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Small builders for the layout's blocks, shared by the sheet descriptions. */
import { aroundYear } from '../labels.js';
import type { Block, Display, Field, Kind, Label, Path, Role } from '../types.js';
import { mapList } from '../../mapList.js';

export const label = (col: number, text: string, more: Partial<Label> = {}): Label => ({ col, text, role: 'label', ...more });

export function titleBlock(text: string, span: number): Block {
  return { labels: [{ col: 1, text, role: 'title', span }] };
}

/** One row: the label in column A, one field beside it. */
export function fieldRow(text: string, path: Path, kind: Kind, span = 1): Block {
  return { anchor: { col: 1, text }, labels: [label(1, text)], fields: [{ col: 2, path, kind, span }] };
}

/** A row of an optional object (签名图片): the object is left out when all its rows are blank. */
export function optionalRow(text: string, path: Path, kind: Kind, span = 1): Block {
  return { ...fieldRow(text, path, kind, span), object: path.slice(0, -1), optional: true };
}

export function section(text: string, span: number): Block {
  return { anchor: { col: 1, text }, labels: [{ col: 1, text, role: 'section', span }] };
}

/** A list of texts, one per row in column B, the label beside the first. */
export function textList(text: string, path: Path, span = 1, spare = 3): Block {
  return {
    anchor: { col: 1, text },
    labels: [label(1, text)],
    list: { path, offset: 0, item: [{ col: 2, path: [], kind: 'text', span }], spare, minRows: 1 },
  };
}

/** 上年决算数 | 本年预算数 | 本年决算数 in columns B–D. */
export function moneyColumns(col: number, path: Path = []): Field[] {
  return mapList(['previousActual', 'budget', 'actual'] as const, (key, i) => ({ col: col + i, path: [...path, key], kind: 'money' as const }));
}

export function moneyRow(text: string, path: Path, optional = false): Block {
  return { anchor: { col: 1, text }, labels: [label(1, text)], fields: moneyColumns(2, path), object: path, optional };
}

/**
 * A formula that shows nothing while the cell it reads is blank: Excel shows a bare reference to a blank cell as 0
 * and does arithmetic on it (a blank year minus one is -1).
 */
export const ifBlank = (address: string, formula: string, blank = '') => `IF(${address}="","${blank}",${formula})`;

export const yearOf = (ref: Parameters<Display['show']>[0]) => ref(['year']);

/** "（2022年度）" under a form's title, from its template ("（{{year}}年度）"). */
export function yearLine(template: string, span: number): Block {
  const { before, after } = aroundYear(template);
  return {
    displays: [
      {
        col: 1,
        span,
        role: 'header',
        show: (ref) => {
          const y = yearOf(ref);
          return { formula: ifBlank(y.address, `"${before}"&${y.address}&"${after}"`), result: y.value ? `${before}${y.value}${after}` : '' };
        },
      },
    ],
  };
}

export const unitName = (col: number, span: number, role: Role, prefix = ''): Display => ({
  col,
  span,
  role,
  show: (ref) => {
    const u = ref(['unit', 'name']);
    return { formula: prefix ? `"${prefix}"&${u.address}` : ifBlank(u.address, u.address), result: `${prefix}${u.value}` };
  },
});

/** What the editor shows: sheets (one per paper form, or per item of a list of forms), each a stack of grids. */
import { formatMeasure, type Comparator } from '../../model/measure.js';
import type { Grid } from './grid.js';
import type { Path } from './paths.js';

export interface Sheet {
  id: string;
  title: string;
  /** The 附件N line printed above the title. */
  attachment?: string;
  /** A line printed right-aligned above the title (报表编号). */
  reportCode?: string;
  /** Lines under the title as the form prints them (年度行, 填报单位). */
  subtitle: string[];
  /** The line just above the table, its left and right ends (填报单位 … 单位：万元). */
  captionLine?: [string, string];
  grids: Grid[];
  /** One of a list of forms (one per project): it can be moved, removed, and another added after it. */
  each?: { path: Path; index: number; count: number; noun: string };
}

/** An input cell's text: what the input holds at its path, as typed; a structured indicator value as it prints ("≥200人次"). */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    const m = value as { comparator?: Comparator; value?: unknown; unit?: unknown };
    return m.value === undefined ? '' : formatMeasure(m.comparator, String(m.value), String(m.unit ?? ''));
  }
  return String(value);
}

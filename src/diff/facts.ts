import { Decimal } from 'decimal.js';
import { formatChineseDate, formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { describePath } from '../model/paths.js';
import type { ReportInput } from '../model/schema.js';
import { CHANGE_LIST } from './messages.js';

export type Segment = string | number;

/** One fact of the input that differs between two versions, printed the way the forms print it. */
export interface FactChange {
  path: Segment[];
  /** The path in the user's terms: "项目支出绩效自评表[2] › 绩效指标[5] › 分值". */
  where: string;
  kind: 'changed' | 'added' | 'removed';
  /** As printed; undefined when the old version has no value there. */
  old?: string;
  new?: string;
}

/** Fields that say nothing the reports print. */
const IGNORED = new Set(['$schema']);

type Measure = { kind: 'quantity' | 'text'; text: string };

function isMeasure(v: unknown): v is Measure {
  return typeof v === 'object' && v !== null && 'kind' in v && 'text' in v && ((v as Measure).kind === 'quantity' || (v as Measure).kind === 'text');
}

function isLeaf(v: unknown): boolean {
  return v === undefined || v === null || typeof v !== 'object' || Decimal.isDecimal(v) || isMeasure(v);
}

function lastKey(path: Segment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

/** A value as the forms print it: money with two decimals, rates with %, scores as scores, dates in Chinese. */
export function printValue(v: unknown, path: Segment[], scoreDecimals: number): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const key = lastKey(path);
  if (Decimal.isDecimal(v)) {
    if (/Rate$/.test(key)) return formatPercent(v);
    if (key === 'weight' || key === 'score') return formatScore(v, scoreDecimals);
    return formatMoney(v);
  }
  if (isMeasure(v)) return v.text;
  if (typeof v === 'string') return /Date$/.test(key) ? formatChineseDate(v) : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return summarize(v as Record<string, unknown>);
}

/** A whole list item added or removed: its name, or its first text. */
function summarize(o: Record<string, unknown>): string {
  for (const k of ['name', 'level1', 'text']) if (typeof o[k] === 'string') return o[k] as string;
  const first = Object.values(o).find((x) => typeof x === 'string');
  return typeof first === 'string' ? first : CHANGE_LIST.oneItem;
}

/**
 * The path in the user's terms, each list item that has a name called by it, as the forms show it:
 * "部门整体支出绩效目标自评表 › 绩效指标“对接客商” › 实际完成值" rather than "… › 绩效指标[5] › …".
 */
function whereOf(path: Segment[], after: unknown, before: unknown): string {
  let where = describePath(path);
  let [a, b] = [after, before] as [any, any];
  let from = 0;
  for (const [i, seg] of path.entries()) {
    [a, b] = [a?.[seg], b?.[seg]];
    // An item added or removed whole keeps its number: its name is what the change prints.
    if (typeof seg !== 'number' || i === path.length - 1) continue;
    const item = a ?? b;
    const tag = `[${seg + 1}]`;
    const at = where.indexOf(tag, from);
    if (at < 0) continue;
    const name = item && typeof item === 'object' && typeof item.name === 'string' && item.name.trim() ? `“${item.name.trim()}”` : tag;
    where = where.slice(0, at) + name + where.slice(at + tag.length);
    from = at + name.length;
  }
  return where;
}

function same(a: unknown, b: unknown, pa: string | undefined, pb: string | undefined): boolean {
  if (Decimal.isDecimal(a) && Decimal.isDecimal(b)) return a.eq(b);
  return pa === pb;
}

/** Every fact that differs between two versions of one report's input, in the order of the input. */
export function diffFacts(before: ReportInput, after: ReportInput): FactChange[] {
  const out: FactChange[] = [];
  const decimalsBefore = before.display?.scoreDecimals ?? 0;
  const decimalsAfter = after.display?.scoreDecimals ?? 0;
  const visit = (a: unknown, b: unknown, path: Segment[]) => {
    if (typeof path[path.length - 1] === 'string' && IGNORED.has(path[path.length - 1] as string)) return;
    // An optional group or list present on one side only: compare its facts with nothing.
    if ((a === undefined || a === null) && !isLeaf(b)) a = Array.isArray(b) ? [] : {};
    if ((b === undefined || b === null) && !isLeaf(a)) b = Array.isArray(a) ? [] : {};
    if (isLeaf(a) || isLeaf(b)) {
      const pa = printValue(a, path, decimalsBefore);
      const pb = printValue(b, path, decimalsAfter);
      if (same(a, b, pa, pb)) return;
      const kind = pa === undefined ? 'added' : pb === undefined ? 'removed' : 'changed';
      out.push({ path, where: whereOf(path, after, before), kind, old: pa, new: pb });
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const xs = (a ?? []) as unknown[];
      const ys = (b ?? []) as unknown[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        if (i >= xs.length || i >= ys.length) {
          const p = [...path, i];
          const kind = i >= xs.length ? 'added' : 'removed';
          out.push({ path: p, where: whereOf(p, after, before), kind, old: kind === 'removed' ? printValue(xs[i], p, decimalsBefore) : undefined, new: kind === 'added' ? printValue(ys[i], p, decimalsAfter) : undefined });
        } else visit(xs[i], ys[i], [...path, i]);
      }
      return;
    }
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) visit(x[k], y[k], [...path, k]);
  };
  visit(before, after, []);
  return out;
}

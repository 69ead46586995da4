import type { Decimal } from 'decimal.js';
import { formatMoney } from '../compose/format.js';
import { D, roundTo } from '../derive/index.js';
import { describePath, splitPath } from '../model/paths.js';
import { LABELS } from './messages.js';
import type { Elsewhere } from './rule.js';
import { mapList } from '../mapList.js';

/** Money is compared exactly: a report that is off by 0.01 万元 is wrong. */
export function moneyDiffers(a: Decimal | undefined, b: Decimal | undefined): boolean {
  return a !== undefined && b !== undefined && !a.equals(b);
}

/**
 * A given rate is compared at the precision it is written with (at most the 2 decimals the forms print):
 * "68.54%" against 68.5417…, and "69%" on an integer-percent form against 68.54 → 69.
 */
export function rateDiffers(given: Decimal | undefined, computed: Decimal | undefined): boolean {
  if (given === undefined || computed === undefined) return false;
  const decimals = Math.min(2, given.decimalPlaces());
  return !roundTo(given, decimals).equals(roundTo(computed, decimals));
}

/** Scores are compared as printed: both rounded to the form's score decimals. */
export function scoreDiffers(given: Decimal | undefined, computed: Decimal | undefined, decimals: number): boolean {
  return given !== undefined && computed !== undefined && !roundTo(given, decimals).equals(roundTo(computed, decimals));
}

/** The Chinese title of the field at a path (its last segment): "basicData.publicFunds.office" → "办公经费". */
export function titleOf(path: string): string {
  const parts = describePath(splitPath(path)).split(' › ');
  return parts[parts.length - 1].replace(/\[\d+\]$/, '');
}

export interface Part {
  label: string;
  value: Decimal | undefined;
}

/**
 * A value as printed, or as it is where it has more decimals than printed: in a sum's message 2.455 is not 2.46, and
 * parts typed with three decimals add up to what their printed forms do not.
 */
export function exactly(printed: string, value: Decimal): string {
  const decimals = /\.(\d+)/.exec(printed)?.[1].length ?? 0;
  return value.decimalPlaces() > decimals ? value.toFixed() : printed;
}

/** "办公经费 2.46 + 印刷费 0.57"; blank parts are left out, as the sum leaves them out. */
export function partsText(parts: readonly Part[]): string {
  const present = parts.filter((p): p is Part & { value: Decimal } => p.value !== undefined);
  return present.length ? mapList(present, (p) => `${p.label} ${exactly(formatMoney(p.value), p.value)}`).join(LABELS.plus) : LABELS.none;
}

/** A typed cell a sum adds up: its input path and its value (undefined when blank). */
export interface TypedPart {
  path: string;
  value: Decimal | undefined;
}

/**
 * Each typed part with the value that would make the parts add up to the given total, the others unchanged (the
 * check stage tries them when the total agrees with everything else: settle.ts). A part that would have to fall
 * below zero is no correction.
 */
export function partCorrections(given: Decimal, computed: Decimal, parts: readonly TypedPart[], print: (d: Decimal) => string): Elsewhere[] {
  const off = given.minus(computed);
  return parts.flatMap(({ path, value }) => {
    const to = (value ?? new D(0)).plus(off);
    return to.isNegative() ? [] : [{ path, value: to, expected: print(to), actual: value === undefined ? LABELS.blank : print(value) }];
  });
}

/** Empty or whitespace-only text counts as not written. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

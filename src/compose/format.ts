import type { Decimal } from 'decimal.js';
import { roundTo } from '../derive/index.js';
import { CHINESE_DIGITS, CHINESE_TEN, chineseDate } from './patterns.js';
import { mapList } from '../mapList.js';

/** 万元 with 2 decimals, as the forms print money. Blank stays blank. */
export function formatMoney(d: Decimal | undefined): string {
  return d === undefined ? '' : roundTo(d, 2).toFixed(2);
}

/** 万元 in running text: two decimals or without trailing zeros (22.5), and zero as the setting says ("0"). */
export function formatProseMoney(d: Decimal | undefined, mode: 'twoDecimals' | 'short', zero: '0' | '0.00'): string {
  if (d === undefined) return '';
  const r = roundTo(d, 2);
  if (r.isZero()) return zero;
  return mode === 'short' ? r.toString() : r.toFixed(2);
}

/** A percent value (68.54) as "68.54%". */
export function formatPercent(d: Decimal | undefined, decimals = 2): string {
  return d === undefined ? '' : `${roundTo(d, decimals).toFixed(decimals)}%`;
}

/** Scores and weights: integers print without decimals unless the form asks for them. */
export function formatScore(d: Decimal | undefined, decimals: number): string {
  if (d === undefined) return '';
  const r = roundTo(d, decimals);
  return r.isInteger() ? r.toFixed(0) : r.toFixed(decimals);
}

const CN_DIGITS = CHINESE_DIGITS;

/** 1–99 as Chinese numerals (四个科, 十二项). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `${CHINESE_TEN}${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}${CHINESE_TEN}${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** "2023-03-22" → "2023年3月22日" */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = mapList(iso.split('-'), Number);
  return chineseDate(y, m, d);
}

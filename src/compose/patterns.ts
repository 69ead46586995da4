/**
 * Chinese notation the compose stage writes numbers and dates in: the numerals of numbered headings (四个科, 十二项)
 * and the units of a date (2023年3月22日). Part of the writing system, not wording: no template changes them.
 */
export const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
export const CHINESE_TEN = '十';
const [YEAR, MONTH, DAY] = ['年', '月', '日'];

/** 2023, 3, 22 → "2023年3月22日" */
export const chineseDate = (y: number, m: number, d: number) => `${y}${YEAR}${m}${MONTH}${d}${DAY}`;

/**
 * How a clerk types a list copied from the paper form (the numbering marks in front of entries and the marks that
 * separate them), a date and a year. Notation, not wording (regular expressions only).
 */

// 1、 1. 1．(1) （1） 1) ① 一、 （一）: the marks a typist copies from the paper. "1.5倍" is not a mark.
export const LEADING_NUMBER = /^\s*(?:\d{1,2}\s*[、．.,，)）](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十]{1,3}[)）])\s*/;

/** A message written for people (ours, in Chinese), as against a validation library's own English one. */
export const OUR_WORDING = /[\u4e00-\u9fff]/;

/** A year as text, as a workbook's text cell or a clerk has it: "2022", "2022年", "2022年度" (digits made ASCII first). */
export const YEAR_TEXT = /^\s*(\d{4})\s*(年度?)?\s*$/;

/** A date as a clerk writes one besides 2023-03-22: 2023-3-22, 2023/3/22, 2023.3.22, 2023年3月22日 (digits made ASCII first). */
export const DATE_TEXT = /^(\d{4})\s*(?:[-/／.]\s*(\d{1,2})\s*[-/／.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$/;

/**
 * Numbers and years as a clerk types them: in an input method's full-width mode, with thousands separators, a year
 * with 年 after it. Read here into the ASCII text (or the number) the model checks; what is no number stays as it is,
 * for the model to refuse with its message.
 */
import { YEAR_TEXT } from './patterns.js';

/** Thousands separators, each after exactly three digits: "1,234.5" and "12,345,678" are numbers; "17,5" is not. */
const GROUPED_NUMBER_TEXT = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * What an input method in full-width mode types for a number (１２．５, －３), and the 。 a Chinese one types for ".",
 * as the ASCII a number is read from. Other characters are kept, for the caller to refuse.
 */
const FULL_WIDTH = /[\uFF0C-\uFF0E\uFF10-\uFF19\u2212\u3002]/g;
/** The two that are not a full-width form of their ASCII character (U+FF01–FF5E, 0xFEE0 above it): − and 。. */
const OTHER_FORMS: Record<string, string> = { '\u2212': '-', '\u3002': '.' };
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => OTHER_FORMS[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A number as typed, in ASCII (halfWidth) and without its thousands separators; a separator anywhere else is left for
 * the caller to refuse.
 */
export function withoutThousandsSeparators(text: string): string {
  const t = halfWidth(text.trim());
  return GROUPED_NUMBER_TEXT.test(t) ? t.replace(/,/g, '') : t;
}

/** The year a text gives (YEAR_TEXT, full-width digits too); anything else as it is, for the year's checks to refuse. */
export function yearNumber(v: unknown): unknown {
  const m = typeof v === 'string' ? YEAR_TEXT.exec(halfWidth(v)) : null;
  return m ? Number(m[1]) : v;
}

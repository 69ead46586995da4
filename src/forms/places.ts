import { FORM_INPUT_MESSAGES as FM } from './messages.js';

/** `{{name}}` in a definition's wording (titles, labels, file names), filled from `places`; an unknown name is left blank. */
export function fillPlaces(text: string, places: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(places[k] ?? ''));
}

/**
 * {{year}} and {{previousYear}} of a label: the year and the one before, or, until a year is written, the words that
 * keep two such columns apart ("上年决算数", "本年决算数"; blanks would make both "年决算数").
 */
export function yearPlaces(year: unknown): { year: string; previousYear: string } {
  const y = String(year ?? '').trim();
  return /^\d{4}$/.test(y) ? { year: y, previousYear: String(Number(y) - 1) } : FM.unknownYear;
}

/**
 * A message worded from a column's title before the input's year was known (a refusal of the input's schema): its
 * {{year}} and {{previousYear}} filled as `yearPlaces` fills them, and nothing else touched (the message may quote
 * what the clerk typed).
 */
export function fillYear(text: string, year: unknown): string {
  const places = yearPlaces(year);
  return text.replace(/\{\{\s*(year|previousYear)\s*\}\}/g, (_, k: 'year' | 'previousYear') => places[k]);
}

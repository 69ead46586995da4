import { mapList } from '../mapList.js';
import { yearNumber } from '../model/typedNumbers.js';
/** A place in a definition's wording: `{{name}}`, spaces inside the braces allowed. */
const PLACE = /\{\{\s*(\w+)\s*\}\}/g;

/** `{{name}}` in a definition's wording (titles, labels, file names), filled from `places`; an unknown name is left blank. */
export function fillPlaces(text: string, places: Readonly<Record<string, unknown>>): string {
  return text.replace(PLACE, (_, k: string) => String(places[k] ?? ''));
}

/** The names of the places in `text`, in order. */
export function placeNames(text: string): string[] {
  return mapList([...text.matchAll(PLACE)], (m) => m[1]);
}

/** {{year}} and {{previousYear}} of a label. */
export type YearPlaces = { year: string; previousYear: string };

/**
 * The year written (four digits, spaces around them ignored, as the model reads a year: 2023年 too) and the one
 * before; undefined until then. What a label reads meanwhile is the caller's: the words of templates/labels.yaml
 * (./yearPlaces.ts), or the editor's blanks.
 */
export function knownYear(year: unknown): YearPlaces | undefined {
  const y = String(yearNumber(year) ?? '').trim();
  return /^\d{4}$/.test(y) ? { year: y, previousYear: String(Number(y) - 1) } : undefined;
}

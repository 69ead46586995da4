/**
 * A form's data from an input of another shape, by the form's declared `input` mapping: hunan-2022's forms read
 * today's keys (`basicData.publicFunds.office`…), so that its input format stays as it is.
 */
import { Decimal } from 'decimal.js';
import { D } from '../derive/decimal.js';
import { valueAt } from '../model/valueAt.js';
import type { FormDef, Profile } from './definition.js';
import { mapList } from '../mapList.js';

type Raw = Record<string, unknown>;
type InputPlace = NonNullable<FormDef['input']>[string];

/** A value as the engine reads it: numbers exact, blank texts left out. */
function cellValue(v: unknown): unknown {
  if (typeof v === 'number') return new D(v);
  if (typeof v === 'string' && !v.trim()) return undefined;
  return v;
}

/** An object's values as cells (a row of amounts, a project's name and amounts). */
function cells(v: unknown): Raw {
  if (!v || typeof v !== 'object' || v instanceof Decimal) return {};
  return Object.fromEntries(mapList(Object.entries(v as Raw), ([k, x]) => [k, cellValue(x)]));
}

/** Every input path a place reads: one, several tried in order, or a list's (`{ from }`). */
export function readPaths(from: InputPlace): string[] {
  return typeof from === 'string' ? [from] : Array.isArray(from) ? from : [from.from];
}

/**
 * Where a form's place is in an input: one path (of several, the first that holds a value), or a list of items
 * (`from`, each item's values at `values`).
 */
export type PlaceInInput = { path: string } | { items: string; values?: string };

/**
 * The one reading of a form's `input` mapping, for `source` (the input, or the item a form is printed for): what
 * the engine reads (mapInput), where a finding's cell was typed (inputPathOf) and where the editor types it.
 * A place (`fields.<id>`, `<section>.<row>`, `<section>.<row>.<column>`, `<section>.<row>.items`, `<list>`,
 * `<list>.total`) with several paths is at the first that holds a value, else the first; a cell without a place of
 * its own is in its row's (`<row path>.<column>`). undefined: the mapping does not place it.
 */
export function placeInInput(form: FormDef, place: string, source: unknown): PlaceInInput | undefined {
  const map = form.input ?? {};
  const own = map[place];
  if (own === undefined) {
    const [section, row, column, ...rest] = place.split('.');
    const rowPlace = map[`${section}.${row}`];
    return typeof rowPlace === 'string' && column !== undefined && !rest.length ? { path: `${rowPlace}.${column}` } : undefined;
  }
  if (typeof own === 'object' && !Array.isArray(own)) return { items: own.from, values: own.values };
  const paths = readPaths(own);
  return { path: paths.find((p) => cellValue(valueAt(source, p)) !== undefined) ?? paths[0] };
}

/** The value at a place's path (undefined for a list of items). */
function placeValue(form: FormDef, place: string, source: unknown): unknown {
  const where = placeInInput(form, place, source);
  return where && 'path' in where ? valueAt(source, where.path) : undefined;
}

/** A list of items as the engine reads it: each item's values (the object at `values`, or the item itself) as cells. */
function itemsAt(source: unknown, where: PlaceInInput | undefined): Raw[] {
  if (!where || !('items' in where)) return [];
  const list = valueAt(source, where.items);
  return Array.isArray(list) ? mapList(list, (it) => cells(where.values ? valueAt(it, where.values) : it)) : [];
}

function child(parent: Raw, key: string): Raw {
  return (parent[key] ??= {}) as Raw;
}

/** Where the engine reads the totals an input states for its lists (a key no form id can take). */
export const STATED_TOTALS = '#totals';

/**
 * A list's place: the list itself (`<list>: { from }`, each item a row whose keys are the columns' ids), or the
 * total row the input states (`<list>.total`: an object of the columns' totals, printed as given).
 */
function listPlace(out: Raw, form: FormDef, place: string, source: unknown): void {
  const [list, part] = place.split('.');
  if (part === undefined) out[list] = itemsAt(source, placeInInput(form, place, source));
  else if (part === 'total') child(out, STATED_TOTALS)[list] = cells(placeValue(form, place, source));
}

/**
 * The data the form engine reads (fields by id, matrices by section → row → column, items under their row, lists'
 * rows and stated totals), taken
 * from `source` by `form.input`. Whole rows come first, single cells after, so that a cell's own mapping (with its
 * fall-backs) wins over its row's.
 */
export function mapInput(form: FormDef, source: unknown): Raw {
  const out: Raw = {};
  const entries = Object.entries(form.input ?? {}).sort(([a], [b]) => a.split('.').length - b.split('.').length);
  const lists = new Set(mapList(form.sections.filter((s) => s.kind === 'list'), (s) => s.id));
  for (const [place] of entries) {
    const [first, second, third] = place.split('.');
    if (first === 'defaults') continue;
    if (lists.has(first)) {
      listPlace(out, form, place, source);
      continue;
    }
    const where = placeInInput(form, place, source);
    if (where && 'items' in where) {
      // A list of items: each its name and its values.
      const list = valueAt(source, where.items);
      const names = Array.isArray(list) ? mapList(list, (it) => (it as Raw)?.name) : [];
      child(child(out, first), second)[third] = mapList(itemsAt(source, where), (values, i) => ({ name: names[i], ...values }));
      continue;
    }
    const value = cellValue(placeValue(form, place, source));
    if (first === 'fields') out[second] = value;
    else if (third === undefined) Object.assign(child(child(out, first), second), cells(value));
    else child(child(out, first), second)[third] = value;
  }
  return out;
}

/**
 * The other way: where in `source` the clerk typed a form's cell (`<section>.<row>.<column>`), its row
 * (`<section>.<row>`), or an item's cell (`item` = its index under the row). A cell with several places is at the
 * first that holds a value (else the first).
 */
export function inputPathOf(form: FormDef, source: unknown, place: string, item?: number): string | undefined {
  if (item === undefined) {
    const where = placeInInput(form, place, source);
    return where && 'path' in where ? where.path : undefined;
  }
  const [section, row, column] = place.split('.');
  const where = placeInInput(form, `${section}.${row}.items`, source);
  if (!where || !('items' in where)) return undefined;
  return [where.items, item, where.values, column].filter((p) => p !== undefined).join('.');
}

/** A number of decimals as an input writes it (2, or "2"); anything else (blank, true, 1.5, "两位") is none. */
function decimalsSetting(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 4 ? n : undefined;
}

/** The print settings an input may set for a form read through `input` (hunan-2022's `display.scoreDecimals`). */
export const INPUT_DEFAULTS = ['scoreDecimals', 'rateDecimals'] as const;

/**
 * The profile as this input's form prints and checks: `defaults.<setting>` places of `form.input` take a print
 * setting from the input (a whole number of decimals, 0 to 4); a blank or other value leaves the profile's.
 */
export function withInputDefaults(profile: Profile, form: FormDef, source: unknown): Profile {
  const own: Partial<Profile['defaults']> = {};
  for (const key of INPUT_DEFAULTS) {
    const from = form.input?.[`defaults.${key}`];
    const value = mapList(from ? readPaths(from) : [], (p) => decimalsSetting(valueAt(source, p))).find((n) => n !== undefined);
    if (value !== undefined) own[key] = value;
  }
  return Object.keys(own).length ? { ...profile, defaults: { ...profile.defaults, ...own } } : profile;
}

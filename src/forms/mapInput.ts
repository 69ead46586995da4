/**
 * A form's data from an input of another shape, by the form's declared `input` mapping: hunan-2022's forms read
 * today's keys (`basicData.publicFunds.office`…), so that its input format stays as it is.
 */
import { Decimal } from 'decimal.js';
import { D } from '../derive/decimal.js';
import type { FormDef, Profile } from './definition.js';

type Raw = Record<string, unknown>;
type InputPlace = NonNullable<FormDef['input']>[string];

/** The value at a dotted path of `source`. */
function at(source: unknown, path: string): unknown {
  let v = source;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Raw)[key] : undefined;
  return v;
}

/** A value as the engine reads it: numbers exact, blank texts left out. */
function cellValue(v: unknown): unknown {
  if (typeof v === 'number') return new D(v);
  if (typeof v === 'string' && !v.trim()) return undefined;
  return v;
}

/** An object's values as cells (a row of amounts, a project's name and amounts). */
function cells(v: unknown): Raw {
  if (!v || typeof v !== 'object' || v instanceof Decimal) return {};
  return Object.fromEntries(Object.entries(v as Raw).map(([k, x]) => [k, cellValue(x)]));
}

/** The input paths a place names: one, or several tried in order (a list's `{ from }` names none here). */
function pathsOf(from: InputPlace): string[] {
  return typeof from === 'string' ? [from] : Array.isArray(from) ? from : [];
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
function listPlace(out: Raw, list: string, part: string | undefined, from: InputPlace, source: unknown): void {
  if (part === undefined && typeof from === 'object' && !Array.isArray(from)) {
    const items = at(source, from.from);
    out[list] = Array.isArray(items) ? items.map((it) => cells(from.values ? at(it, from.values) : it)) : [];
  } else if (part === 'total') {
    const value = pathsOf(from).map((p) => at(source, p)).find((v) => v !== undefined && v !== null);
    child(out, STATED_TOTALS)[list] = cells(value);
  }
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
  const lists = new Set(form.sections.filter((s) => s.kind === 'list').map((s) => s.id));
  for (const [place, from] of entries) {
    const [first, second, third] = place.split('.');
    if (first === 'defaults') continue;
    if (lists.has(first)) {
      listPlace(out, first, second, from, source);
      continue;
    }
    if (typeof from === 'object' && !Array.isArray(from)) {
      // A list of items: each its name and its values (the object at `values`, or the item itself).
      const list = at(source, from.from);
      const items = Array.isArray(list) ? list.map((it) => ({ name: (it as Raw)?.name, ...cells(from.values ? at(it, from.values) : it) })) : [];
      child(child(out, first), second)[third] = items;
      continue;
    }
    const value = pathsOf(from).map((p) => cellValue(at(source, p))).find((v) => v !== undefined);
    if (first === 'fields') out[second] = Array.isArray(value) ? value : cellValue(value);
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
  const map = form.input ?? {};
  const [section, row, column] = place.split('.');
  if (item !== undefined) {
    const items = map[`${section}.${row}.items`];
    if (!items || typeof items !== 'object' || Array.isArray(items)) return undefined;
    return [items.from, item, items.values, column].filter((p) => p !== undefined).join('.');
  }
  const own = map[place];
  if (typeof own === 'string') return own;
  if (Array.isArray(own)) return own.find((p) => cellValue(at(source, p)) !== undefined) ?? own[0];
  const rowPlace = map[`${section}.${row}`];
  return typeof rowPlace === 'string' && column !== undefined ? `${rowPlace}.${column}` : undefined;
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
    const value = (from ? pathsOf(from) : []).map((p) => decimalsSetting(at(source, p))).find((n) => n !== undefined);
    if (value !== undefined) own[key] = value;
  }
  return Object.keys(own).length ? { ...profile, defaults: { ...profile.defaults, ...own } } : profile;
}

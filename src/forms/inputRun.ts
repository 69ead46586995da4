/**
 * The form engine run on an input of another shape (hunan-2022's, read through a form's `input` mapping), once per
 * form and input: the check stage's relations (src/check/formRelations.ts) and the layout (src/forms/hunan2022.ts)
 * of one build share the run, so a build works each form out once.
 */
import type { FormDef, Profile } from './definition.js';
import { factDocument, factDocuments, plainTitle } from './definition.js';
import { factRef } from './sameFact.js';
import { FormEngine } from './derive.js';
import { mapInput, readPaths, withInputDefaults } from './mapInput.js';
import { fillPlaces } from './places.js';
import { mapList } from '../mapList.js';

/** The input a form is read from: its unit and year name the form's places ({{unit}}, {{year}}). */
export interface MappedInput {
  unit: { name: string };
  year: number;
}

/** One item of a list the set prints a document for (a project of `projectEvaluations`): its place and name. */
export interface EachItem {
  /** The item's path in the input ("projectEvaluations.1"); the form's `input` places start at the item. */
  path: string;
  data: unknown;
  /** Its name in the document's title and file name. */
  name: string;
}

interface Run {
  key: unknown[];
  engine: FormEngine;
}

/**
 * Runs kept per form and item (each project's 附件4 apart, so that checking every project does not push the others
 * out): a build's check and layout, and the check stage's reruns on corrected copies, which share every part of the
 * input they did not change. Enough for a form's run and the corrected copies checked after it.
 */
const runs = new WeakMap<FormDef, Map<string, Run[]>>();
const KEPT_RUNS = 8;

/** The top-level keys a form's places read: of its source, and of the whole input (its print settings). Fixed per form. */
const rootsRead = new WeakMap<FormDef, { own: string[]; whole: string[] }>();

function rootsOf(profile: Profile, form: FormDef): { own: string[]; whole: string[] } {
  let roots = rootsRead.get(form);
  if (roots) return roots;
  // A field that takes another document's fact when blank (`fill: same`) reads what that document's form reads
  // (two forms that take from each other read what each reads of its own).
  rootsRead.set(form, { own: [], whole: [] });
  const others = mapList(takesFrom(profile, form), (f) => rootsOf(profile, f));
  const of = (own: boolean) => [
    ...new Set([
      ...Object.entries(form.input ?? {})
        .filter(([place]) => place.startsWith('defaults.') !== own)
        .flatMap(([, from]) => mapList(readPaths(from), (path) => path.split('.')[0])),
      ...others.flatMap((r) => (own ? r.own : r.whole)),
    ]),
  ];
  roots = { own: of(true), whole: of(false) };
  rootsRead.set(form, roots);
  return roots;
}

/** The forms of the documents a form's fields take their value from when blank (`fill: same`). */
function takesFrom(profile: Profile, form: FormDef): FormDef[] {
  const documents = new Set(Object.values(form.fields).flatMap((f) => (f.fill && typeof f.same === 'string' ? [factRef(f.same).document] : [])));
  return mapList(factDocuments(profile.set)
    .filter((d) => documents.has(d.id) && !d.each), (d) => profile.forms[d.form]);
}

/** The top-level parts of `source` a form's places read (`basicData`, `narrative`…), with those of `whole` its print settings read. */
function partsRead(profile: Profile, form: FormDef, source: unknown, whole: unknown): unknown[] {
  const { own, whole: settings } = rootsOf(profile, form);
  const part = (from: unknown, key: string) => (from && typeof from === 'object' ? (from as Record<string, unknown>)[key] : undefined);
  return [...mapList(own, (key) => part(source, key)), ...mapList(settings, (key) => part(whole, key))];
}

/**
 * The form worked out on `input` (or on one `item` of it, its print settings still the whole input's): derived
 * figures, relation outcomes, and findings named with the unit and year filled in. A run is shared while the parts
 * of the input it reads are the same objects and the unit and year are the same.
 */
export function runOnInput(profile: Profile, form: FormDef, input: MappedInput, item?: EachItem): FormEngine {
  const source = item ? item.data : input;
  const key = [input.unit.name, input.year, item?.path, ...partsRead(profile, form, source, input)];
  let byItem = runs.get(form);
  if (!byItem) runs.set(form, (byItem = new Map()));
  let kept = byItem.get(item?.path ?? '');
  if (!kept) byItem.set(item?.path ?? '', (kept = []));
  const hit = kept.find((r) => r.key.length === key.length && r.key.every((k, i) => k === key[i]));
  if (hit) return hit.engine;
  const common = { unit: input.unit.name, year: String(input.year), previousYear: String(input.year - 1) };
  const engine = new FormEngine(withInputDefaults(profile, form, input), form, mapInput(form, source), {
    path: item?.path ?? form.id,
    title: plainTitle(form),
    fill: (text) => fillPlaces(text, common),
    // Another document's fact, as its form works it out on the same input (documents printed once only).
    fact: (document, ref) => {
      const doc = factDocument(profile.set, document);
      return doc && profile.forms[doc.form] ? runOnInput(profile, profile.forms[doc.form], input).cell(ref) : undefined;
    },
  }).run();
  kept.unshift({ key, engine });
  kept.length = Math.min(kept.length, KEPT_RUNS);
  return engine;
}

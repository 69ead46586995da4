/**
 * hunan-2022's set as its profile.yaml lists it (documents, order, 附件 numbers, titles, file names, the combined
 * file): its forms are built by the form engine from today's input (ReportInput) read through each form's `input`
 * mapping, derived by the relation engine (one run shared with the check stage), laid out by the generic table-form
 * layout with the set's signature lines (templates/labels.yaml `common`); the narrative by its own code.
 */
import { compileTemplate, type Render } from '../compose/handlebars.js';
import { DEFAULT_PROFILE, loadProfile } from '../core/profiles.js';
import type { DocumentLayout, LayoutContext } from '../layout/types.js';
import type { ReportInput } from '../model/schema.js';
import { printValue } from './cells.js';
import type { FormDef, Profile, SetDocument } from './definition.js';
import { runOnInput, type EachItem } from './inputRun.js';
import { layoutForm } from './layout.js';
import { withInputDefaults } from './mapInput.js';
import { mapList } from '../mapList.js';

export type { EachItem } from './inputRun.js';

/** One document of the set for an input: what profile.yaml says of it, its item (a project), its title and file name. */
export interface SetEntry {
  doc: SetDocument;
  /** The definition that prints it; none for the narrative. */
  form?: FormDef;
  item?: EachItem;
  title: string;
  fileName: string;
}

/** hunan-2022's profile: the set's documents and the forms they print. */
export function hunanProfile(): Profile {
  return loadProfile(DEFAULT_PROFILE);
}

/** The parts of today's data file a hunan-2022 form fills: a document's `each`, or else its id. */
export type LegacyPart = 'basicData' | 'departmentEvaluation' | 'projectEvaluations';

/**
 * The form that prints `part` of the data file, found through the document that fills it (not by the form's id): a
 * copied set whose forms are renamed is read and written the same way.
 */
export function legacyForm(part: LegacyPart, profile = hunanProfile()): FormDef {
  const doc = profile.documents.find((d) => d.form !== undefined && (d.each ?? d.id) === part);
  const form = doc && profile.forms[doc.form!];
  if (!form) throw new Error(`profiles/${profile.id}/profile.yaml: no document with a form fills ${part}`);
  return form;
}

const COMPILED = new Map<string, Render>();

/** A text of profile.yaml (a title, a file name) with its places filled: {{unit}}, {{year}}, an item's {{name}}. */
export function profileText(profile: Profile, what: string, text: string, places: object): string {
  const key = `${profile.id}\u0000${text}`;
  let fn = COMPILED.get(key);
  if (!fn) COMPILED.set(key, (fn = compileTemplate(`profiles/${profile.id}/profile.yaml（${what}）`, text)));
  return fn(places);
}

/** The places every text of the set may name. */
function commonPlaces(input: Pick<ReportInput, 'unit' | 'year'>): Record<string, unknown> {
  return { unit: input.unit.name, year: input.year, previousYear: input.year - 1 };
}

/** The items of a document printed once per item of a list of the input (附件4: each of `projectEvaluations`). */
function itemsOf(doc: SetDocument, input: ReportInput): EachItem[] | undefined {
  if (!doc.each) return undefined;
  const list = (input as unknown as Record<string, unknown>)[doc.each];
  return mapList(Array.isArray(list) ? list : [], (data: { name?: unknown }, i) => ({ path: `${doc.each}.${i}`, data, name: String(data?.name ?? '') }));
}

/** Every document of the set for `input`, in profile.yaml's order, one per item where a document is printed per item. */
export function setEntries(input: ReportInput, profile = hunanProfile()): SetEntry[] {
  const common = commonPlaces(input);
  const named = (doc: SetDocument, item?: EachItem): SetEntry => {
    const places = item ? { ...common, name: item.name } : common;
    return { doc, form: doc.form === undefined ? undefined : profile.forms[doc.form], item, title: profileText(profile, 'title', doc.title, places), fileName: profileText(profile, 'fileName', doc.fileName, places) };
  };
  return profile.set.flatMap((doc) => {
    const items = itemsOf(doc, input);
    return items ? mapList(items, (item) => named(doc, item)) : [named(doc)];
  });
}

/** The combined file's title and file name. */
export function combinedNames(input: Pick<ReportInput, 'unit' | 'year'>, profile = hunanProfile()): { title: string; fileName: string } {
  const common = commonPlaces(input);
  return { title: profileText(profile, 'combined.title', profile.combined.title, common), fileName: profileText(profile, 'combined.fileName', profile.combined.fileName, common) };
}

/** The page number under each page (`— 3 —`). */
export function pageNumberText(profile = hunanProfile()): (page: number, pages: number) => string {
  return (page, pages) => profileText(profile, 'pageNumber', profile.pageNumber, { page, pages });
}

/** A form document of the set laid out: the form in its own orientation, the item's for a document printed per item. */
export function layoutDefinedForm(ctx: LayoutContext, entry: SetEntry, form: FormDef, profile = hunanProfile()): DocumentLayout {
  const { input } = ctx;
  const engine = runOnInput(profile, form, input, entry.item);
  // Print settings (`defaults.*` places) are the whole input's, also for one item's document.
  const settings = withInputDefaults(profile, form, input);
  const own = Object.fromEntries(mapList(Object.entries(form.fields), ([id, def]) => [id, printValue(def.kind, engine.figures.fields[id]?.value, settings.defaults)]));
  const common = { unit: input.unit.name, year: String(input.year), previousYear: String(input.year - 1) };
  return layoutForm({
    profile: settings,
    form,
    figures: engine.figures,
    context: { ...common, ...own },
    styles: ctx.styles,
    title: entry.title,
    fileName: entry.fileName,
    attachment: entry.doc.attachment,
    signing: ctx,
  });
}

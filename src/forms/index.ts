/**
 * A report set built from a profile: derive and check every form instance with the relation engine, then lay each
 * out with the generic table-form layout. No file system here.
 */
import { compileTemplate } from '../compose/handlebars.js';
import type { Finding } from '../diagnostics/finding.js';
import type { DocumentLayout, Styles } from '../layout/index.js';
import { plainTitle, type ColumnDef, type Profile } from './definition.js';
import { FormEngine, type FormCell, type FormFigures } from './derive.js';
import { sameFacts, type DerivedForm } from './same.js';
import { itemKeyFields, sameItems } from './sameItems.js';
import { layoutForm } from './layout.js';
import { OnceDocuments } from './onceDocuments.js';
import { printValue } from './cells.js';
import type { ProfileInput } from './schema.js';
import { FORM_INPUT_MESSAGES as FM } from './messages.js';
import { fillPlaces, knownYear } from './places.js';
import { mapList } from '../mapList.js';

export type { Profile } from './definition.js';
export { parseProfile, type ProfileFiles } from './loadProfile.js';
export { parseProfileInput } from './parse.js';
export { schemaFromProfile, type ProfileInput } from './schema.js';

/** One document of the set: which definition, which part of the input, its derived figures. */
export interface FormInstance {
  docIndex: number;
  item: Record<string, unknown>;
  /** Position in the document's list (`each`), counted from 1 for templates. */
  n: number;
  figures: FormFigures;
}

export interface PreparedProfileReport {
  profile: Profile;
  input: ProfileInput;
  forms: FormInstance[];
  findings: Finding[];
}

/** The names a template of the profile may use for one document. */
function contextOf(p: PreparedProfileReport | { profile: Profile; input: ProfileInput }, f?: FormInstance): Record<string, unknown> {
  const { profile, input } = p;
  const common = Object.fromEntries(mapList(Object.entries(profile.fields), ([id, def]) => [id, printValue(def.kind, input[id] as never, profile.defaults)]));
  // The year before, for column titles such as "{{previousYear}}年决算数".
  const known = knownYear(common.year);
  if (known) common.previousYear = known.previousYear;
  if (!f) return common;
  const form = profile.forms[profile.documents[f.docIndex].form];
  const own = Object.fromEntries(mapList(Object.entries(form.fields), ([id, def]) => [id, printValue(def.kind, f.figures.fields[id]?.value, profile.defaults)]));
  const total = Object.values(f.figures.totals)[0]?.score?.value;
  return { ...common, ...own, n: f.n, grade: f.figures.grade ?? '', totalScore: total === undefined ? '' : printValue('points', total, profile.defaults) };
}

/**
 * A copy of a form printed per item, in findings: by the item's own name (its project's), as its file is named, so
 * that a clerk with several projects need not count them; by its place in the list where it has no name yet.
 */
function copyName(form: string, keys: string[], item: Record<string, unknown> | undefined, i: number): string {
  const own = mapList(keys, (k) => item?.[k]).filter((v): v is string | number => (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '');
  return own.length ? FM.namedCopy(form, mapList(own, (v) => String(v).trim()).join('-')) : FM.nthCopy(form, i + 1);
}

/** derive → check: every form of the input, its blank computed cells filled in, its relations checked. */
export function prepareProfileReport(profile: Profile, input: ProfileInput): PreparedProfileReport {
  const forms: FormInstance[] = [];
  const engines: DerivedForm[] = [];
  const findings: Finding[] = [];
  const common = contextOf({ profile, input });
  const fill = (text: string) => fillPlaces(text, common);
  const once = new OnceDocuments(profile, (docIndex) => workOut(docIndex, input[profile.documents[docIndex].id] as Record<string, unknown>, 0));
  function workOut(docIndex: number, item: Record<string, unknown>, i: number): FormEngine {
    const doc = profile.documents[docIndex];
    const form = profile.forms[doc.form];
    const path = doc.each ? `${doc.each}.${i}` : doc.id;
    const name = doc.each ? copyName(plainTitle(form), itemKeyFields(doc.fileName, form), item, i) : plainTitle(form);
    return new FormEngine(profile, form, item, { path, title: name, fill, fact: once.fact }).run();
  }
  profile.documents.forEach((doc, docIndex) => {
    const key = doc.each ?? doc.id;
    const items = (doc.each ? (input[key] as Record<string, unknown>[]) : [input[key] as Record<string, unknown>]) ?? [];
    items.forEach((item, i) => {
      const engine = doc.each ? workOut(docIndex, item, i) : once.engine(docIndex)!;
      forms.push({ docIndex, item, n: i + 1, figures: engine.figures });
      engines.push({ docIndex, engine });
      findings.push(...engine.findings);
    });
  });
  return { profile, input, forms, findings: [...findings, ...sameItems(profile, engines), ...sameFacts(profile, engines)] };
}

function fillText(profile: Profile, what: string, text: string, context: object): string {
  return compileTemplate(`profiles/${profile.id}/profile.yaml（${what}）`, text)(context);
}

export interface ComposedProfileReport {
  docs: DocumentLayout[];
  combined: { title: string; fileName: string };
  pageNumber: (page: number, pages: number) => string;
  meta: { author: string; subject: string; keywords: string; date: string };
}

/** compose → layout: every document of the set, in the profile's order. */
export function composeProfileReport(p: PreparedProfileReport, styles: Styles): ComposedProfileReport {
  const { profile } = p;
  const docs = mapList(p.forms, (f) => {
    const doc = profile.documents[f.docIndex];
    const context = contextOf(p, f);
    return layoutForm({
      profile,
      form: profile.forms[doc.form],
      figures: f.figures,
      context,
      styles,
      title: fillText(profile, 'title', doc.title, context),
      fileName: fillText(profile, 'fileName', doc.fileName, context),
      attachment: doc.attachment,
    });
  });
  const common = contextOf(p);
  const page = compileTemplate(`profiles/${profile.id}/profile.yaml（pageNumber）`, profile.pageNumber);
  const title = fillText(profile, 'combined.title', profile.combined.title, common);
  return {
    docs,
    combined: { title, fileName: fillText(profile, 'combined.fileName', profile.combined.fileName, common) },
    pageNumber: (n, pages) => page({ page: n, pages }),
    meta: { author: String(common.unit), subject: title, keywords: `${profile.name}, ${common.year}, ${common.unit}`, date: String(p.input.reportDate) },
  };
}

/** One cell of a form as printed: where it sits (input path, its name for people), which document, the text. */
export interface PrintedCell {
  path: string;
  where: string;
  /** The document's title and file name, as printed. */
  document: { id: string; title: string; fileName: string };
  text: string;
}

/**
 * Every value cell of the set as the PDFs print it (typed or derived): what a 更正说明 compares between the
 * published version and the corrected one, so that a corrected amount also lists the totals and rates it moved.
 */
export function printedCells(p: PreparedProfileReport): PrintedCell[] {
  const { profile } = p;
  const out: PrintedCell[] = [];
  for (const f of p.forms) {
    const doc = profile.documents[f.docIndex];
    const form = profile.forms[doc.form];
    const context = contextOf(p, f);
    const document = { id: doc.id, title: fillText(profile, 'title', doc.title, context), fileName: fillText(profile, 'fileName', doc.fileName, context) };
    const base = doc.each ? `${doc.each}.${f.n - 1}` : doc.id;
    const fill = (t: string) => fillPlaces(t, context);
    const put = (path: string, names: string[], kind: ColumnDef['kind'], cell: FormCell | undefined, decimals?: number) => {
      const text = cell?.display ?? printValue(kind, cell?.value, profile.defaults, decimals);
      out.push({ path: `${base}.${path}`, where: [document.title, ...mapList(names.filter(Boolean), fill)].join(' › '), document, text });
    };
    for (const [id, def] of Object.entries(form.fields)) put(id, [def.title], def.kind, f.figures.fields[id]);
    for (const s of form.sections) {
      if (s.kind === 'matrix') {
        for (const r of s.rows) {
          for (const c of s.columns) if (!c.rows || c.rows.includes(r.id)) put(`${s.id}.${r.id}.${c.id}`, [s.block ?? '', r.label, c.title], c.kind, f.figures.matrices[s.id]?.[r.id]?.[c.id], c.decimals);
          (f.figures.items[s.id]?.[r.id] ?? []).forEach((item, i) => {
            put(`${s.id}.${r.id}.items.${i}.name`, [s.block ?? '', r.label, item.name], 'text', { value: item.name, derived: false });
            for (const c of s.columns) if (item.cells[c.id]) put(`${s.id}.${r.id}.items.${i}.${c.id}`, [s.block ?? '', item.name, c.title], c.kind, item.cells[c.id], c.decimals);
          });
        }
      } else if (s.kind === 'list') {
        (f.figures.lists[s.id] ?? []).forEach((row, i) => {
          const name = String(row.name?.value ?? `${i + 1}`);
          for (const c of s.columns) put(`${s.id}.${i}.${c.id}`, [s.block ?? '', name, c.title], c.kind, row[c.id], c.decimals);
        });
        if (s.total) for (const c of s.columns) if (f.figures.totals[s.id]?.[c.id]) put(`${s.id}.total.${c.id}`, [s.block ?? '', s.total.label, c.title], c.kind, f.figures.totals[s.id][c.id], c.decimals);
      }
    }
  }
  return out;
}

/**
 * A profile from its files' text (no file system here: a browser or a test hands the texts over). Every mistake
 * in them is collected and reported once, each naming its file and the key's path, in Chinese.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { CODE_CHECKS } from './checks.js';
import { definitionSchemas, factDocument, factDocuments, type ColumnDef, type FormDef, type FormDocument, type ListSection, type Profile, type SetDocument } from './definition.js';
import { factRef, sameChoices } from './sameFact.js';
import { formMessage } from './messages.js';
import { INPUT_DEFAULTS } from './mapInput.js';
import { PROFILE_FILE_MESSAGES as PM } from './definitionMessages.js';
import { sheetRowProblems } from './sheetCheck.js';
import { sameRowProblems } from './sameRowCheck.js';
import { namesCell } from './cellRefs.js';
import { checkListProblems, findingProblems, type KnownChecks } from './checkList.js';
import { summaryProblems } from './summaryCheck.js';
import { issueText as refusalText, readIssue, type IssueReading } from '../model/issues.js';
import type { ReportInput } from '../model/schema.js';
import { mapList } from '../mapList.js';

/** The top-level lists of today's data file (src/model/schema.ts), by its type. */
type ItemList = { [K in keyof ReportInput]-?: NonNullable<ReportInput[K]> extends readonly unknown[] ? K : never }[keyof ReportInput];
/**
 * Those lists, which a hunan-2022 document may be printed once per item of. Checked against the schema's type, not
 * read from the schema: the compiler refuses a list missing here or a name that is none, and reading a profile
 * (`jixiao profiles`) does not build the input schema.
 */
const LEGACY_ITEM_LISTS: Readonly<Record<ItemList, true>> = { projectEvaluations: true };
/** `{{name}}`, the item's name, which only a document printed per item has. */
const NAME_PLACE = /\{\{\s*name\s*\}\}/;

/**
 * What hunan-2022's code cannot print from a document entry: a document per item of a list its data file lacks (it
 * would print none), or the item's name in a document printed once. An engine profile's `each` makes its own input
 * list, and its texts may name any field of the form, so neither applies there.
 */
function legacyDocumentProblems(d: SetDocument, at: string): { key: string; what: string }[] {
  const out: { key: string; what: string }[] = [];
  const lists = Object.keys(LEGACY_ITEM_LISTS);
  if (d.each !== undefined && !lists.includes(d.each)) out.push({ key: `${at}.each`, what: PM.eachNotAList(d.each, lists) });
  for (const key of ['title', 'fileName'] as const) if (d.each === undefined && NAME_PLACE.test(d[key])) out.push({ key: `${at}.${key}`, what: PM.nameWithoutEach });
  return out;
}

/** The files of one profile folder: "profile.yaml" and "forms/<name>.yaml", by relative path. */
export type ProfileFiles = Record<string, string>;

/** The value of a YAML text when it is known ahead of time, else undefined. */
export type ParsedYaml = (text: string) => unknown;

/** The fields every profile's input has: the PDFs' names and metadata are made from them. */
export const REQUIRED_PROFILE_FIELDS = ['unit', 'year', 'reportDate'] as const;

/** A mistake in a profile's file, at a key's path. */
export function profileProblem(file: string, path: string, message: string): Finding {
  return { id: 'E_PROFILE_FILE', level: 'error', path: `${file}${path ? `#${path}` : ''}`, where: `${file}${path ? ` › ${path}` : ''}`, message, hint: formMessage('E_PROFILE_FILE').hint };
}

function parseYamlFile(file: string, text: string, problems: Finding[], parsed?: ParsedYaml): unknown {
  // A text parsed ahead of time (the bundle's cache of the shipped templates) had no errors then.
  const known = parsed?.(text);
  if (known !== undefined) return known;
  const doc = parseDocument(text);
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(profileProblem(file, e.linePos ? PM.atLine(e.linePos[0].line) : '', PM.yaml(e.message.split('\n')[0])));
    return undefined;
  }
  return doc.toJS();
}

function validate<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: Finding[]): T | undefined {
  // Without compiling a fast path: a profile is read once a process, and compiling costs more than it saves.
  const r = schema.safeParse(data, { jitless: true });
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const reading = readIssue(issue, data);
    problems.push(profileProblem(file, mapList(reading.path, String).join('.'), issueText(reading)));
  }
  return undefined;
}

/** A refusal in the user's terms; a value that is wrong in no way the catalog names points to the key's documentation. */
function issueText(reading: IssueReading): string {
  return reading.detail.what === 'invalid' && reading.given !== undefined ? PM.invalid : refusalText(reading);
}

/** How many columns a section's table has: its block label, its row labels, its own columns and side text. */
export function sectionColumns(s: FormDef['sections'][number]): number {
  const block = s.block !== undefined ? 1 : 0;
  if (s.kind === 'grid') return block + s.shares.length;
  if (s.kind === 'list') return block + s.columns.length;
  return block + (s.labelShare !== undefined ? 1 : 0) + s.columns.length + (s.side?.span ?? 0);
}

/** Names a form uses must exist in it: relation targets, grid fields, row ids. */
function crossCheck(file: string, form: FormDef, problems: Finding[]): void {
  const fields = new Set(Object.keys(form.fields));
  for (const [id, f] of Object.entries(form.fields)) {
    const related = [f.rate?.of, f.rate?.over, f.executionScore?.rate, f.executionScore?.weight, f.atMost].filter((x): x is string => x !== undefined);
    for (const x of [...(f.sum ?? []), ...(f.sameAs ? [f.sameAs] : []), ...related]) if (!fields.has(x)) problems.push(profileProblem(file, `fields.${id}`, PM.undefinedField(x)));
  }
  form.checks.forEach((c, i) => !CODE_CHECKS[c.rule] && problems.push(profileProblem(file, `checks.${i}.rule`, PM.unknownCheck(c.rule, Object.keys(CODE_CHECKS).join('、')))));
  form.sections.forEach((s, si) => {
    const at = (p: string) => `sections.${si}.${p}`;
    if (s.continues && form.widths?.shared) problems.push(profileProblem(file, at('continues'), PM.continuesShared));
    else if (s.continues && si === 0) problems.push(profileProblem(file, at('continues'), PM.continuesFirst));
    else if (s.continues && sectionColumns(s) !== sectionColumns(form.sections[si - 1])) problems.push(profileProblem(file, at('continues'), PM.continuesColumns(sectionColumns(s), sectionColumns(form.sections[si - 1]))));
    if (s.kind === 'grid') {
      s.rows.forEach((r, ri) => {
        const width = r.reduce((n, c) => n + c.span, 0);
        if (width !== s.shares.length) problems.push(profileProblem(file, at(`rows.${ri}`), PM.rowWidth(width, s.shares.length)));
        r.forEach((c, ci) => c.field && !fields.has(c.field) && problems.push(profileProblem(file, at(`rows.${ri}.${ci}.field`), PM.noField(c.field))));
      });
      return;
    }
    const columns = new Set(mapList(s.columns, (c) => c.id));
    s.columns.forEach((c, ci) => {
      const refs = [c.rate?.of, c.rate?.over, c.executionScore?.rate, c.executionScore?.weight, c.product?.percent, c.product?.of, c.indicatorScore?.target, c.indicatorScore?.actual, c.indicatorScore?.weight, c.indicatorScore?.comparator, c.atMost];
      for (const r of refs) if (r && !columns.has(r)) problems.push(profileProblem(file, at(`columns.${ci}`), PM.noColumnRef(r)));
      const reason = c.indicatorScore?.reason;
      if (reason && !columns.has(reason)) problems.push(profileProblem(file, at(`columns.${ci}.indicatorScore.reason`), PM.noColumn(reason)));
    });
    if (s.kind === 'list' && s.groupWeights) {
      for (const key of ['column', 'weight'] as const) {
        const col = s.groupWeights[key];
        if (!columns.has(col)) problems.push(profileProblem(file, at(`groupWeights.${key}`), PM.noColumn(col)));
      }
      groupNames(s.groupWeights, s.columns.find((c) => c.id === s.groupWeights!.column), (key, message) => problems.push(profileProblem(file, at(`groupWeights.${key}`), message)));
    }
    if (s.kind === 'matrix') {
      const rows = new Set(mapList(s.rows, (r) => r.id));
      s.rows.forEach((r, ri) => [...(r.sum ?? []), ...(r.atMost ? [r.atMost] : [])].forEach((x) => !rows.has(x) && problems.push(profileProblem(file, at(`rows.${ri}`), PM.noRowRef(x)))));
      s.rows.forEach((r, ri) => (r.relationsIf ?? []).forEach((x) => !columns.has(x) && problems.push(profileProblem(file, at(`rows.${ri}.relationsIf`), PM.noColumnRef(x)))));
      s.columns.forEach((c, ci) => (c.rows ?? []).forEach((x) => !rows.has(x) && problems.push(profileProblem(file, at(`columns.${ci}.rows`), PM.noRowRef(x)))));
      if (s.side && !fields.has(s.side.field)) problems.push(profileProblem(file, at('side.field'), PM.noField(s.side.field)));
    }
    if (s.kind === 'list' && s.total) {
      for (const col of Object.keys(s.total.sums)) if (!columns.has(col)) problems.push(profileProblem(file, at(`total.sums.${col}`), PM.noColumn(col)));
      for (const [col, makes] of Object.entries(s.total.makes ?? {})) {
        if (!columns.has(col)) problems.push(profileProblem(file, at(`total.makes.${col}`), PM.noColumn(col)));
        for (const ref of makes.plus) if (!namesCell(form, ref)) problems.push(profileProblem(file, at(`total.makes.${col}.plus`), PM.noCell(ref)));
      }
    }
  });
}

/**
 * Each place of a form's `input` must be one the engine reads (src/forms/mapInput.ts): a mistyped place would
 * otherwise be skipped without a word, and its cells print blank.
 */
function inputPlaces(file: string, form: FormDef, problems: Finding[]): void {
  const fields = new Set(Object.keys(form.fields));
  for (const [place, from] of Object.entries(form.input ?? {})) {
    const at = `input.${place}`;
    const [first, second, third, ...rest] = place.split('.');
    const section = form.sections.find((s) => s.id === first);
    const items = typeof from === 'object' && !Array.isArray(from);
    let known: boolean;
    let wantsItems = false;
    if (first === 'defaults') known = (INPUT_DEFAULTS as readonly string[]).includes(second) && third === undefined;
    else if (first === 'fields') known = fields.has(second) && third === undefined;
    else if (section?.kind === 'list') {
      known = second === undefined || (second === 'total' && third === undefined);
      wantsItems = second === undefined;
    } else if (section?.kind === 'matrix') {
      const row = section.rows.some((r) => r.id === second);
      known = row && rest.length === 0 && (third === undefined || third === 'items' || section.columns.some((c) => c.id === third));
      wantsItems = third === 'items';
    } else known = false;
    if (!known) problems.push(profileProblem(file, at, PM.badInputPlace(place)));
    else if (wantsItems && !items) problems.push(profileProblem(file, at, PM.inputNeedsFrom));
    else if (!wantsItems && items) problems.push(profileProblem(file, at, PM.inputNeedsPath));
  }
  // A form read through `input` takes every value it prints from there: a field the grid shows needs its place,
  // unless the form works it out (a rate, an execution score, a sum).
  if (!form.input) return;
  const typed = (id: string) => {
    const f = form.fields[id];
    return f !== undefined && !f.rate && !f.executionScore && !f.sum?.length;
  };
  form.sections.forEach((s, si) => {
    if (s.kind !== 'grid') return;
    s.rows.forEach((r, ri) =>
      r.forEach((c, ci) => c.field && typed(c.field) && !form.input![`fields.${c.field}`] && problems.push(profileProblem(file, `sections.${si}.rows.${ri}.${ci}.field`, PM.fieldWithoutPlace(c.field)))),
    );
  });
}

/**
 * `same: <document>.<ref>` (or each of its choices) must name a document printed once and a field, or a matrix cell,
 * of its form; a choice's `when` a field of the form's own with `sameAs`; `fill: same` one fact to take.
 */
function sameTargets(set: readonly SetDocument[], forms: Record<string, FormDef>, report: (form: string, key: string, what: string) => void): void {
  const documents = factDocuments(set);
  const missing = (docId: string) =>
    set.some((d) => d.id === docId && d.kind === 'narrative') ? PM.narrativeWithoutFacts(docId) : PM.noDocument(docId, mapList(documents, (d) => d.id).join('、'));
  for (const [formId, form] of Object.entries(forms)) {
    for (const [id, f] of Object.entries(form.fields)) {
      if (f.fill && typeof f.same !== 'string') report(formId, `fields.${id}.fill`, PM.fillNeedsOneFact);
      if (!f.same) continue;
      const many = typeof f.same !== 'string';
      sameChoices(f.same).forEach((choice, i) => {
        const key = `fields.${id}.same${many ? `.${i}` : ''}`;
        const { document: docId, ref } = factRef(choice.fact);
        const doc = documents.find((d) => d.id === docId);
        const target = doc && forms[doc.form];
        if (!doc || !target) report(formId, key, missing(docId));
        else if (doc.each) report(formId, key, PM.eachDocument(docId, doc.each));
        else if (!namesCell(target, ref)) report(formId, key, PM.noTarget(docId, ref));
        if (choice.when !== undefined && !form.fields[choice.when]?.sameAs) report(formId, `${key}.when`, PM.badWhen(choice.when));
      });
    }
  }
}

/** A field's `fill: same` must not come back to it through the fields it takes from: each would wait on the other. */
function fillCycles(set: readonly SetDocument[], forms: Record<string, FormDef>, report: (form: string, key: string, what: string) => void): void {
  // The field of another form a field fills from; none when it fills from a matrix cell (cells take nothing).
  const takes = (formId: string, field: string): string | undefined => {
    const f = forms[formId]?.fields[field];
    if (f?.fill !== 'same' || typeof f.same !== 'string') return undefined;
    const { document, ref } = factRef(f.same);
    const doc = factDocument(set, document);
    return doc && !ref.includes('.') ? `${doc.form}.${ref}` : undefined;
  };
  for (const [formId, form] of Object.entries(forms))
    for (const id of Object.keys(form.fields)) {
      const seen = new Set<string>();
      for (let at = takes(formId, id); at && !seen.has(at); at = takes(...(at.split('.') as [string, string]))) {
        if (at === `${formId}.${id}`) {
          report(formId, `fields.${id}.fill`, PM.fillCycle);
          break;
        }
        seen.add(at);
      }
    }
}

/** What a field's `sum` adds must not come back to it: the engine works out the parts first. */
function sumCycles(file: string, form: FormDef, problems: Finding[]): void {
  const state = new Map<string, 'busy' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'busy') return true;
    state.set(id, 'busy');
    const cycle = (form.fields[id]?.sum ?? []).some(visit);
    state.set(id, 'done');
    return cycle;
  };
  for (const id of Object.keys(form.fields)) if (form.fields[id].sum && !state.has(id) && visit(id)) problems.push(profileProblem(file, `fields.${id}.sum`, PM.sumCycle));
}

/** The documents printed from a form definition, in the set's order. */
function formDocuments(documents: readonly SetDocument[]): FormDocument[] {
  return documents.filter((d): d is FormDocument => d.kind === 'form' && d.form !== undefined);
}

/**
 * Validates a profile folder's files and returns the profile; throws a UserError listing every mistake. `known` is
 * what a legacy set's `checks` and its forms' `findings` may name: without it they may name nothing.
 */
export function parseProfile(folder: string, files: ProfileFiles, parsed?: ParsedYaml, known: KnownChecks = { rules: [], findings: [] }): Profile {
  const problems: Finding[] = [];
  const name = (f: string) => `${folder}/${f}`;
  if (files['profile.yaml'] === undefined) throw new UserError(PM.noProfileFile(folder), [profileProblem(name('profile.yaml'), '', PM.missingFile)]);
  const { FormSchema, ProfileSchema } = definitionSchemas();
  const profile = validate(ProfileSchema, name('profile.yaml'), parseYamlFile(name('profile.yaml'), files['profile.yaml'], problems, parsed), problems);
  const forms: Record<string, FormDef> = {};
  // Form files there, valid or not: one refused above is not also said to be missing.
  const present = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    const m = /^forms\/([^/]+)\.ya?ml$/.exec(path);
    if (!m) continue;
    present.add(m[1]);
    const data = parseYamlFile(name(path), text, problems, parsed);
    const form = data === undefined ? undefined : validate(FormSchema, name(path), data, problems);
    if (!form) continue;
    if (form.id !== m[1]) problems.push(profileProblem(name(path), 'id', PM.idNotFileName(form.id, m[1])));
    crossCheck(name(path), form, problems);
    sumCycles(name(path), form, problems);
    inputPlaces(name(path), form, problems);
    findingProblems(form, known, (key, what) => problems.push(profileProblem(name(path), key, what)));
    for (const p of sheetRowProblems(form)) problems.push(profileProblem(name(path), p.at, p.message));
    forms[form.id] = form;
  }
  if (profile) {
    if (profile.id !== folder.split('/').pop()) problems.push(profileProblem(name('profile.yaml'), 'id', PM.idNotFolder(profile.id)));
    for (const f of REQUIRED_PROFILE_FIELDS) if (!profile.fields[f]) problems.push(profileProblem(name('profile.yaml'), `fields.${f}`, PM.missingCommonField(f)));
    // The set's documents, in order: every profile lists them (hunan-2022's code reads them as the engine does).
    const file = name('profile.yaml');
    if (!profile.documents.length) problems.push(profileProblem(file, 'documents', PM.noDocuments));
    if (!profile.combined.title || !profile.combined.fileName) problems.push(profileProblem(file, 'combined', PM.noCombined));
    if (!profile.pageNumber) problems.push(profileProblem(file, 'pageNumber', PM.noPageNumber));
    if (!profile.continued) problems.push(profileProblem(file, 'continued', PM.noContinued));
    profile.documents.forEach((d, i) => {
      if (d.kind === 'narrative') {
        if (d.form !== undefined || d.each !== undefined) problems.push(profileProblem(file, `documents.${i}`, PM.narrativeWithForm));
        else if (profile.engine !== 'legacy') problems.push(profileProblem(file, `documents.${i}.kind`, PM.narrativeEngine));
        else if (d.facts !== undefined && !forms[d.facts] && !present.has(d.facts)) problems.push(profileProblem(file, `documents.${i}.facts`, PM.noForm(d.facts)));
        else if (d.facts !== undefined && forms[d.facts]?.sections.length) problems.push(profileProblem(file, `documents.${i}.facts`, PM.factsPrinted(d.facts)));
      } else if (d.facts !== undefined) problems.push(profileProblem(file, `documents.${i}.facts`, PM.factsOnForm));
      else if (d.form === undefined) problems.push(profileProblem(file, `documents.${i}.form`, PM.noFormNamed));
      else if (!forms[d.form] && !present.has(d.form)) problems.push(profileProblem(file, `documents.${i}.form`, PM.noForm(d.form)));
      else if (forms[d.form] && !forms[d.form].sections.length) problems.push(profileProblem(file, `documents.${i}.form`, PM.formWithoutSections(d.form)));
      if (profile.engine === 'legacy') legacyDocumentProblems(d, `documents.${i}`).forEach((p) => problems.push(profileProblem(file, p.key, p.what)));
    });
    checkListProblems(profile, factDocuments(profile.documents), forms, known, (key, what) => problems.push(profileProblem(file, key, what)));
    summaryProblems(profile, forms, (key, what) => problems.push(profileProblem(file, key, what)));
    sameTargets(profile.documents, forms, (form, key, what) => problems.push(profileProblem(name(`forms/${form}.yaml`), key, what)));
    fillCycles(profile.documents, forms, (form, key, what) => problems.push(profileProblem(name(`forms/${form}.yaml`), key, what)));
    sameRowProblems(formDocuments(profile.documents), forms, (form, key, what) => problems.push(profileProblem(name(`forms/${form}.yaml`), key, what)));
  }
  if (problems.length || !profile) throw new UserError(PM.errors(folder, problems.length), problems);
  return { ...profile, forms, documents: formDocuments(profile.documents), set: profile.documents };
}

/**
 * Groups held to a weight (`expect`) are found by their names: the group column must restrict its values to them
 * (`options`), or a group written another way would be weighed as none.
 */
function groupNames(g: NonNullable<ListSection['groupWeights']>, column: ColumnDef | undefined, problem: (key: string, message: string) => void): void {
  const names = Object.keys(g.expect);
  if (!column || !names.length) return;
  if (!column.options) return problem('column', PM.groupsWithoutOptions(column.id));
  for (const name of names) if (!column.options.includes(name)) problem(`expect.${name}`, PM.groupNotOption(name, column.id));
}

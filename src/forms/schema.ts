/** The zod schema of an input for a profile, built from its definitions, with the Chinese titles messages use. */
import * as z from 'zod';
import { list, titled } from '../model/primitives.js';
import { cellSchema, type Value } from './cells.js';
import { plainTitle, rowName, type ColumnDef, type FieldDef, type FormDef, type Profile, type SectionDef } from './definition.js';
import { FORM_INPUT_MESSAGES as FM } from './messages.js';
import { fillPlaces, placeNames } from './places.js';
import { yearPlaces } from './yearPlaces.js';
import { mapList } from '../mapList.js';

/** One form's values as the input gives them (blank cells undefined). */
export interface FormInput {
  [field: string]: Value | undefined | Record<string, Record<string, Value | undefined> | Value | undefined> | Record<string, Value | undefined>[];
}

export interface ProfileInput {
  profile: string;
  [key: string]: unknown;
}

/** The ids of `fields` that `fileNames` name ({{unit}}, {{name}}): their values become part of file names. */
function fileNameParts(fileNames: string[], fields: Record<string, FieldDef>): Set<string> {
  return new Set(fileNames.flatMap(placeNames).filter((id) => fields[id]));
}

function fieldsShape(fields: Record<string, FieldDef>, fileNames: string[]): Record<string, z.ZodType> {
  const parts = fileNameParts(fileNames, fields);
  return Object.fromEntries(mapList(Object.entries(fields), ([id, f]) => [id, cellSchema(f.kind, f.title, { ...f, fileNamePart: parts.has(id) })]));
}

function columnShape(columns: ColumnDef[], keep: (c: ColumnDef) => boolean): Record<string, z.ZodType> {
  return Object.fromEntries(mapList(columns.filter(keep), (c) => [c.id, cellSchema(c.kind, c.title, c)]));
}

function sectionShape(s: SectionDef): [string, z.ZodType] | undefined {
  if (s.kind === 'grid') return undefined;
  const title = s.block ?? (s.kind === 'matrix' && s.corner ? s.corner : s.id);
  if (s.kind === 'list') return [s.id, list(titled(z.strictObject(columnShape(s.columns, () => true)), { title: s.block ?? FM.rowTitle }), title).default([])];
  const rows = mapList(s.rows, (r) => {
    const cells = columnShape(s.columns, (c) => !c.rows || c.rows.includes(r.id));
    const items = r.items ? { items: list(titled(z.strictObject({ name: cellSchema('text', FM.nameTitle, { required: true }), ...columnShape(s.columns, (c) => c.kind === 'money') }), { title: FM.rowTitle }), r.label).default([]) } : {};
    return [r.id, titled(z.strictObject({ ...cells, ...items }).prefault({}), { title: rowName(r.label) })] as const;
  });
  return [s.id, titled(z.strictObject(Object.fromEntries(rows)).prefault({}), { title })];
}

/** A form's schema; `fileName`, its document's file name, says which of its fields file names are made of. */
export function formSchema(form: FormDef, fileName: string): z.ZodObject {
  const sections = mapList(form.sections, sectionShape).filter((x): x is [string, z.ZodType] => x !== undefined);
  return titled(z.strictObject({ ...fieldsShape(form.fields, [fileName]), ...Object.fromEntries(sections) }), { title: plainTitle(form) });
}

/** The input's schema: `profile`, the profile's common fields, and one entry per document (a list for `each`). */
export function schemaFromProfile(profile: Profile): z.ZodObject {
  const docs = mapList(profile.documents, (d) => {
    const form = formSchema(profile.forms[d.form], d.fileName);
    return [d.each ?? d.id, d.each ? list(form, plainTitle(profile.forms[d.form])).min(1) : form] as const;
  });
  return titled(
    z.strictObject({
      $schema: z.string().optional(),
      profile: titled(z.literal(profile.id), { title: FM.profileTitle }),
      ...fieldsShape(profile.fields, [...mapList(profile.documents, (d) => d.fileName), profile.combined.fileName]),
      ...Object.fromEntries(docs),
    }),
    { title: profile.name, description: profile.description },
  );
}

/** Chinese title of each input path, for messages: "projects.0.funds.total.budget" → "项目支出绩效自评表[1] › 项目资金 › …". */
export function describeProfilePath(profile: Profile, path: readonly (string | number)[], year?: unknown): string {
  return profilePathTitles(profile, path, year).join(' › ');
}

/** The titles along `path` of the profile's input, one a segment: the form, its section, row, column. */
export function profilePathTitles(profile: Profile, path: readonly (string | number)[], year?: unknown): string[] {
  const parts: string[] = [];
  const places = yearPlaces(year);
  let schema: unknown = schemaFromProfile(profile);
  for (const seg of path) {
    schema = childOf(schema, seg);
    const title = titleOf(schema);
    parts.push(typeof seg === 'number' ? FM.nthItem(seg + 1) : title ? fillPlaces(title, places) : String(seg));
    if (!schema) break;
  }
  return parts;
}

function childOf(schema: unknown, seg: string | number): unknown {
  let s = schema as { _zod: { def: any } } | undefined;
  for (let i = 0; s && i < 8; i++) {
    const def = s._zod.def;
    if (def.type === 'object') return def.shape[seg as string];
    if (def.type === 'array') return typeof seg === 'number' ? def.element : undefined;
    s = def.innerType ?? def.in ?? (def.type === 'union' ? def.options.find((o: any) => o._zod.def.type !== 'null' && o._zod.def.type !== 'literal') : undefined);
  }
  return undefined;
}

function titleOf(schema: unknown): string | undefined {
  let s = schema as { _zod: { def: any } } | undefined;
  for (let i = 0; s && i < 8; i++) {
    const title = z.globalRegistry.get(s as unknown as z.ZodType)?.title;
    if (title) return title;
    const def = s._zod.def;
    s = def.innerType ?? def.in;
  }
  return undefined;
}

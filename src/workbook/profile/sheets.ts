/**
 * A profile's workbook layout, made from its definitions (no label typed here): one sheet with the common fields,
 * then one sheet per form. The same SheetSpecs write the workbook and read it back (src/workbook/writeSheet.ts,
 * readSheet.ts), so the two cannot drift apart.
 */
import { plainTitle, type ColumnDef, type FieldDef, type FormDef, type Profile } from '../../forms/definition.js';
import { columnRole, fieldRole, PROFILE_KIND } from './cells.js';
import { pathKey } from '../paths.js';
import type { Block, Field, Label, Path, SheetSpec } from '../types.js';
import { fillPlaces } from '../../forms/places.js';
import { yearPlaces } from '../../forms/yearPlaces.js';
import { rowsSheet } from '../sheets/fromRows.js';
import { mapList } from '../../mapList.js';

/** The label of the row holding the profile's id: the key name itself, as in YAML and JSON. */
export const PROFILE_KEY = 'profile';

const label = (col: number, text: string, more: Partial<Label> = {}): Label => ({ col, text, role: 'label', ...more });

const field = (col: number, path: Path, def: Pick<FieldDef, 'kind' | 'options' | 'required'> & Partial<Pick<FieldDef, 'sum'>>, more: Partial<Field> = {}): Field => ({
  col,
  path,
  kind: PROFILE_KIND[def.kind],
  ...(def.options ? { options: def.options } : {}),
  role: fieldRole(def),
  ...more,
});

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
}

export function commonSheet(profile: Profile): SheetSpec {
  const blocks: Block[] = [
    { labels: [{ col: 1, text: profile.name, role: 'title', span: 4 }] },
    { anchor: { col: 1, text: PROFILE_KEY }, labels: [label(1, PROFILE_KEY)], fields: [field(2, [PROFILE_KEY], { kind: 'text', required: true }, { span: 3 })] },
    ...mapList(Object.entries(profile.fields), ([id, f]): Block => ({ anchor: { col: 1, text: f.title }, labels: [label(1, f.title)], fields: [field(2, [id], f, { span: 3 })] })),
  ];
  // Below its fields the writer puts the legend and how to fill in the workbook (profile/write.ts).
  return { name: sheetName(profile.name), title: profile.name, widths: [24, 30, 30, 30], blocks, notesBelow: true };
}

function columnCount(form: FormDef): number {
  return Math.max(
    ...mapList(form.sections, (s) => (s.kind === 'grid' ? 1 + s.shares.length : s.kind === 'matrix' ? 2 + s.columns.length + (s.side?.span ?? 0) : 1 + s.columns.length)),
  );
}

/**
 * Labels with the year in them ("{{year}}年预算数") as the data's year makes them; without a year, with the words
 * that keep such columns apart ("本年预算数"). A label read back is compared with the same text.
 */
export type Fill = (text: string) => string;

export function yearFill(data: unknown): Fill {
  const year = String((data as { year?: unknown } | null)?.year ?? '').trim();
  const names = yearPlaces(year);
  return (text) => fillPlaces(text, names);
}

/** The sheet of one form; `base` is where its data sits in the input (["projects", 0]). */
export function formSheet(form: FormDef, name: string, base: Path, fill: Fill = (t) => t): SheetSpec {
  const width = columnCount(form);
  const labelOf = (col: number, text: string, more: Partial<Label> = {}) => label(col, fill(text), more);
  const blocks: Block[] = [{ labels: [{ col: 1, text: plainTitle(form), role: 'title', span: width }] }];
  for (const s of form.sections) {
    if (s.kind === 'grid') {
      let current: Block | undefined;
      s.rows.forEach((cells, ri) => {
        const hasLabel = cells.some((c) => c.label !== undefined);
        if (hasLabel || !current) {
          current = { labels: [], fields: [], rows: 1 };
          if (s.block && ri === 0) current.labels!.push(labelOf(1, s.block, { rows: s.rows.length }));
          blocks.push(current);
        } else current.rows! += 1;
        const dr = current.rows! - 1;
        let col = 2;
        for (const c of cells) {
          if (c.label !== undefined) {
            current.labels!.push(labelOf(col, c.label, { span: c.span, dr, role: 'header' }));
            current.anchor ??= { col, text: fill(c.label) };
          } else if (c.field) current.fields!.push(field(col, [...base, c.field], form.fields[c.field], { span: c.span, dr }));
          col += c.span;
        }
        current.anchor ??= s.block ? { col: 1, text: fill(s.block) } : undefined;
      });
    } else if (s.kind === 'matrix') {
      const head = fill(s.block ?? s.corner);
      const side = s.side ? [field(3 + s.columns.length, [...base, s.side.field], form.fields[s.side.field], { span: s.side.span, dr: 1 })] : [];
      blocks.push({
        anchor: { col: 1, text: head },
        labels: [labelOf(1, head, { rows: 1 + s.rows.length }), ...mapList(s.columns, (c, i) => labelOf(3 + i, c.title, { role: 'header' })), ...(s.side ? [labelOf(3 + s.columns.length, s.side.title, { role: 'header', span: s.side.span })] : [])],
        fields: side,
      });
      s.rows.forEach((r, ri) => {
        const path = [...base, s.id, r.id];
        const own = (c: ColumnDef) => !c.rows || c.rows.includes(r.id);
        // Rows without a label column are found by their place under the header.
        if (s.labelShare === undefined) {
          blocks[blocks.length - 1].fields!.push(...s.columns.flatMap((c, i) => (own(c) ? [field(3 + i, [...path, c.id], c, { dr: 1 + ri, role: columnRole(c, r) })] : [])));
          blocks[blocks.length - 1].rows = 2 + ri;
          return;
        }
        const money = s.columns.flatMap((c, i) => (c.kind === 'money' ? [field(3 + i, [c.id], c, { role: 'optional' })] : []));
        blocks.push({
          anchor: { col: 2, text: fill(r.label) },
          labels: [labelOf(2, r.label)],
          fields: s.columns.flatMap((c, i) => (own(c) ? [field(3 + i, [...path, c.id], c, { role: columnRole(c, r) })] : [])),
          object: path,
          // Repeatable items under the row: their name in the label column, their money beside it.
          ...(r.items ? { list: { path: [...path, 'items'], offset: 1, item: [field(2, ['name'], { kind: 'text', required: true }), ...money], spare: 2, minRows: 1 } } : {}),
        });
      });
    } else {
      const head = fill(s.block ?? s.columns[0].title);
      blocks.push({
        anchor: { col: 1, text: head },
        labels: [labelOf(1, head), ...mapList(s.columns, (c, i) => labelOf(2 + i, c.title, { role: 'header' }))],
        list: { path: [...base, s.id], offset: 1, item: mapList(s.columns, (c, i) => field(2 + i, [c.id], c, { role: columnRole(c) })), spare: 3, minRows: Math.max(1, s.minRows) },
      });
    }
  }
  // Fields the form prints only inside a text ("{{code}}-{{name}}") get rows of their own at the end.
  const placed = new Set(blocks.flatMap((b) => mapList(b.fields ?? [], (f) => pathKey(f.path))));
  for (const [id, f] of Object.entries(form.fields)) {
    if (!placed.has(pathKey([...base, id]))) blocks.push({ anchor: { col: 1, text: f.title }, labels: [labelOf(1, f.title)], fields: [field(2, [...base, id], f, { span: width - 1 })] });
  }
  const widths = [14, ...Array.from({ length: width - 1 }, () => 14)];
  return { name: sheetName(name), title: plainTitle(form), widths, blocks };
}

/**
 * The sheet of one form of a profile: laid out by its `sheet.rows` where it declares them (src/workbook/sheets/fromRows.ts),
 * else as the form prints it. Writing and reading back use it, so that both see the same cells.
 */
export function profileFormSheet(form: FormDef, name: string, base: Path, fill: Fill): SheetSpec {
  return form.sheet?.rows ? rowsSheet(form, sheetName(name), base, { own: { fill } }) : formSheet(form, name, base, fill);
}

/** Sheets of every document, in the profile's order, for the data given (at least one sheet per document). */
export function documentSheets(profile: Profile, data: unknown): { doc: number; spec: SheetSpec }[] {
  return profile.documents.flatMap((d, doc) => {
    const form = profile.forms[d.form];
    const fill = yearFill(data);
    if (!d.each) return [{ doc, spec: profileFormSheet(form, plainTitle(form), [d.id], fill) }];
    const items = (data as Record<string, unknown> | null)?.[d.each];
    const count = Array.isArray(items) ? Math.max(1, items.length) : 1;
    return Array.from({ length: count }, (_, i) => ({ doc, spec: profileFormSheet(form, `${i + 1}-${plainTitle(form)}`, [d.each!, i], fill) }));
  });
}

/**
 * Sheets for a profile on the form engine, drawn from its form definitions (src/forms): the same labels, merged
 * cells and row order the PDF layout uses. Blank computed cells show what the engine's derive step fills in.
 */
import { cellSchema, isNumberKind, printValue, type Value } from '../../forms/cells.js';
import type { CellKind, ColumnDef, FieldDef, FormDef, GridSection, ListSection, MatrixSection, Profile, SectionDef } from '../../forms/definition.js';
import { plainTitle } from '../../forms/definition.js';
import { FormEngine, type FormCell, type FormFigures } from '../../forms/derive.js';
import { nameCells, yearNames, type Content, type FieldContent, type Grid, type InputKind, type ItemRow, type Placed } from './grid.js';
import { EDITOR_TEXT } from './messages.js';
import { getIn, type Path } from './paths.js';
import type { Sheet } from './sheet.js';
import { OnceDocuments } from '../../forms/onceDocuments.js';
import { fillPlaces, placeNames } from '../../forms/places.js';
import { mapList } from '../../mapList.js';

type Raw = Record<string, unknown>;

function inputKind(kind: CellKind, options?: readonly string[]): InputKind {
  if (options?.length) return 'choice';
  if (isNumberKind(kind) || kind === 'year') return 'number';
  if (kind === 'date') return 'date';
  if (kind === 'text') return 'multiline';
  return 'text';
}

/** One cell's value as the engine reads it, or undefined while it is blank or not yet valid. */
function parsed(kind: CellKind, title: string, v: unknown, options?: string[]): Value | undefined {
  if (v === undefined) return undefined;
  const r = cellSchema(kind, title, { options }).safeParse(v);
  return r.success ? r.data : undefined;
}

/** The part of a form's input the engine can read now: every valid cell, the rest left blank. */
function parsedItem(form: FormDef, raw: Raw): Raw {
  const out: Raw = {};
  for (const [id, f] of Object.entries(form.fields)) out[id] = parsed(f.kind, f.title, raw[id], f.options);
  const row = (columns: ColumnDef[], r: Raw | undefined) => Object.fromEntries(mapList(columns, (c) => [c.id, parsed(c.kind, c.title, r?.[c.id], c.options)]));
  for (const s of form.sections) {
    if (s.kind === 'list') out[s.id] = mapList((raw[s.id] as Raw[] | undefined) ?? [], (r) => row(s.columns, r));
    if (s.kind === 'matrix') {
      const given = (raw[s.id] ?? {}) as Record<string, Raw>;
      out[s.id] = Object.fromEntries(
        mapList(s.rows, (r) => {
          const items = Array.isArray(given[r.id]?.items) ? mapList(given[r.id].items as Raw[], (it) => ({ name: it?.name, ...row(s.columns.filter((c) => c.kind === 'money'), it) })) : undefined;
          return [r.id, { ...row(s.columns, given[r.id]), ...(r.items ? { items } : {}) }];
        }),
      );
    }
  }
  return out;
}

/** Fills "{{year}}" and the like in a label from the input's common values. */
export function filler(input: Raw): (text: string) => string {
  const context: Record<string, string> = { unit: String(input.unit ?? ''), ...yearNames(input.year) };
  return (text) => fillPlaces(text, context);
}

class FormSheet {
  private readonly grids: Grid[] = [];
  /** Form fields given a place in the table; the rest are listed after it. */
  private readonly placed = new Set<string>();

  constructor(
    private readonly profile: Profile,
    private readonly form: FormDef,
    private readonly raw: Raw,
    private readonly base: Path,
    private readonly figures: FormFigures,
    private readonly fill: (text: string) => string,
  ) {}

  /** What the form prints in a cell the input leaves blank: a derived value, a default (分值 10), or 0 ÷ 0's mark. */
  private computed(path: Path, kind: CellKind, cell: FormCell | undefined, decimals?: number): string | undefined {
    const given = getIn(this.raw, path.slice(this.base.length));
    if (given !== undefined && given !== null && given !== '') return undefined;
    const text = cell?.display ?? printValue(kind, cell?.value, this.profile.defaults, decimals);
    return text === '' ? undefined : text;
  }

  private field(id: string): FieldContent {
    const f: FieldDef = this.form.fields[id];
    this.placed.add(id);
    const path = [...this.base, id];
    const input = f.singleLine && f.kind === 'text' ? 'text' : inputKind(f.kind, f.options);
    return { t: 'field', path, input, options: f.options, closed: true, computed: this.computed(path, f.kind, this.figures.fields[id]) };
  }

  private column(c: ColumnDef, path: Path, cell: FormCell | undefined): FieldContent {
    return { t: 'field', path, input: inputKind(c.kind, c.options), options: c.options, closed: true, computed: this.computed(path, c.kind, cell, c.decimals) };
  }

  /** A text with {{field}} places: the form's own fields become inputs within it, common values are filled in. */
  private mixed(text: string): Content {
    const parts = text.split(/(\{\{\s*\w+\s*\}\})/).filter(Boolean);
    const own = mapList(parts, (p) => /^\{\{\s*(\w+)\s*\}\}$/.exec(p)?.[1]).filter((id): id is string => !!id && id in this.form.fields);
    if (!own.length) return { t: 'label', text: this.fill(text), header: false, align: 'left' };
    return {
      t: 'mixed',
      parts: mapList(parts, (p) => {
        const id = /^\{\{\s*(\w+)\s*\}\}$/.exec(p)?.[1];
        return id && id in this.form.fields ? { ...this.field(id), input: 'text' as const, name: this.form.fields[id].title } : this.fill(p);
      }),
    };
  }

  run(): Grid[] {
    this.form.sections.forEach((s) => this.grids.push(this.section(s)));
    this.form.signatures.forEach((line, i) => {
      const cells = mapList(line, (text, k): Placed => ({ row: 0, col: k, content: this.mixed(text) }));
      this.grids.push({ id: `${this.form.id}-signature-${i}`, widths: mapList(line, () => 1), cells, items: [], plain: true });
    });
    const rest = Object.keys(this.form.fields).filter((id) => !this.placed.has(id));
    if (rest.length) {
      const cells = rest.flatMap((id, r): Placed[] => [
        { row: r, col: 0, content: { t: 'label', text: this.form.fields[id].title, header: true } },
        { row: r, col: 1, content: { ...this.field(id), name: this.form.fields[id].title } },
      ]);
      this.grids.push({ id: `${this.form.id}-other`, widths: [1, 3], cells, items: [], caption: EDITOR_TEXT.otherFields });
    }
    return this.grids;
  }

  private section(s: SectionDef): Grid {
    const lead = s.block !== undefined ? 1 : 0;
    const built = s.kind === 'grid' ? this.grid(s, lead) : s.kind === 'matrix' ? this.matrix(s, lead) : this.list(s, lead);
    // The block label runs down the section's rows; a total row runs under it, over its column.
    const rows = Math.max(1, ...mapList(built.cells, (c) => c.row + (c.rowSpan ?? 1))) - built.tail;
    if (lead) built.cells.unshift({ row: 0, col: 0, rowSpan: rows, content: { t: 'label', text: this.fill(s.block!), header: true } });
    const grid: Grid = { id: `${this.form.id}-${s.id}`, widths: [...(lead ? [s.blockShare ?? 40] : []), ...built.widths], cells: built.cells, items: built.items };
    nameCells(grid, (item) => EDITOR_TEXT.itemRow(item.name, item.index + 1));
    return grid;
  }

  private grid(s: GridSection, lead: number) {
    const cells: Placed[] = [];
    s.rows.forEach((r, ri) => {
      let col = lead;
      for (const c of r) {
        const content: Content = c.label !== undefined ? { t: 'label', text: this.fill(c.label), header: true, align: c.align } : c.text !== undefined ? this.mixed(c.text) : { ...this.field(c.field!), ...(c.align ? {} : {}) };
        cells.push({ row: ri, col, colSpan: c.span, content });
        col += c.span;
      }
    });
    return { widths: s.shares, cells, items: [] as ItemRow[], tail: 0 };
  }

  private matrix(s: MatrixSection, lead: number) {
    const labelled = s.labelShare !== undefined ? 1 : 0;
    const cells: Placed[] = [];
    const items: ItemRow[] = [];
    const at = (row: number, k: number, content: Content, more: Partial<Placed> = {}) => cells.push({ row, col: lead + k, content, ...more });
    if (labelled) at(0, 0, { t: 'label', text: this.fill(s.corner), header: true });
    s.columns.forEach((c, k) => at(0, labelled + k, { t: 'label', text: this.fill(c.title), header: true }));
    const figures = this.figures.matrices[s.id] ?? {};
    let row = 1;
    const given = (getIn(this.raw, [s.id]) ?? {}) as Record<string, Raw>;
    for (const r of s.rows) {
      if (labelled) at(row, 0, { t: 'label', text: this.fill(r.label), header: false, align: 'left' }, { indent: r.indent });
      s.columns.forEach((c, k) => {
        if (c.rows && !c.rows.includes(r.id)) at(row, labelled + k, { t: 'label', text: s.na, header: false, align: 'center' });
        else at(row, labelled + k, this.column(c, [...this.base, s.id, r.id, c.id], figures[r.id]?.[c.id]));
      });
      row++;
      if (!r.items) continue;
      const list = [...this.base, s.id, r.id, 'items'];
      const count = Array.isArray(given[r.id]?.items) ? (given[r.id].items as unknown[]).length : 0;
      for (let i = 0; i < Math.max(count, 1); i++) {
        if (labelled) at(row, 0, { t: 'field', path: [...list, i, 'name'], input: 'multiline', name: EDITOR_TEXT.itemRow(this.fill(r.label), i + 1) }, { indent: (r.indent ?? 0) + 12 });
        s.columns.forEach((c, k) => {
          if (c.kind === 'money') at(row, labelled + k, this.column(c, [...list, i, c.id], this.figures.items[s.id]?.[r.id]?.[i]?.cells[c.id]));
        });
        items.push({ row, list, index: i, count, blank: {}, name: this.fill(r.label) });
        row++;
      }
    }
    const widths = [...(labelled ? [s.labelShare!] : []), ...mapList(s.columns, (c) => c.share)];
    if (s.side) {
      at(0, widths.length, { t: 'label', text: this.fill(s.side.title), header: true }, { colSpan: s.side.span });
      at(1, widths.length, { ...this.field(s.side.field), input: 'multiline' }, { colSpan: s.side.span, rowSpan: row - 1 });
      widths.push(...Array.from({ length: s.side.span }, () => 40));
    }
    return { widths, cells, items, tail: 0 };
  }

  private list(s: ListSection, lead: number) {
    const cells: Placed[] = [];
    const items: ItemRow[] = [];
    s.columns.forEach((c, k) => cells.push({ row: 0, col: lead + k, content: { t: 'label', text: this.fill(c.title), header: true } }));
    const path = [...this.base, s.id];
    const given = getIn(this.raw, [s.id]);
    const count = Array.isArray(given) ? given.length : 0;
    const rows = this.figures.lists[s.id] ?? [];
    for (let i = 0; i < Math.max(count, 1); i++) {
      s.columns.forEach((c, k) => cells.push({ row: 1 + i, col: lead + k, content: this.column(c, [...path, i, c.id], rows[i]?.[c.id]) }));
      items.push({ row: 1 + i, list: path, index: i, count, blank: {}, name: this.fill(s.block ?? plainTitle(this.form)) });
    }
    const t = s.total;
    if (t?.printed) {
      const row = 1 + Math.max(count, 1);
      const span = t.labelSpan ?? s.columns.findIndex((c) => t.sums[c.id]);
      // The total row runs over the block label's column, as on the paper forms.
      cells.push({ row, col: 0, colSpan: span + lead, content: { t: 'label', text: this.fill(t.label), header: true } });
      for (let k = span; k < s.columns.length; k++) {
        const c = s.columns[k];
        const total = this.figures.totals[s.id]?.[c.id];
        const text = t.sums[c.id] ? printValue(c.kind, total?.value, this.profile.defaults, c.decimals) : '';
        cells.push({ row, col: lead + k, content: t.sums[c.id] ? { t: 'output', text, name: `${this.fill(t.label)} ${this.fill(c.title)}` } : { t: 'label', text: '', header: false } });
      }
    }
    return { widths: mapList(s.columns, (c) => c.share), cells, items, tail: t?.printed ? 1 : 0 };
  }
}

/** The lines a form prints around its title: 附件N and 报表编号 above it, the year under it, the caption above the table. */
function heading(form: FormDef, attachment: string | undefined, fill: (t: string) => string): Pick<Sheet, 'attachment' | 'reportCode' | 'subtitle' | 'captionLine'> {
  return {
    ...(attachment ? { attachment: fill(attachment) } : {}),
    ...(form.reportCode ? { reportCode: fill(form.reportCode) } : {}),
    subtitle: form.yearLine ? [fill(form.yearLine)] : [],
    ...(form.caption ? { captionLine: [fill(form.caption.left), fill(form.caption.right)] as [string, string] } : {}),
  };
}

function commonSheet(profile: Profile): Sheet {
  const cells = Object.entries(profile.fields).flatMap(([id, f], r): Placed[] => [
    { row: r, col: 0, content: { t: 'label', text: f.title, header: true } },
    { row: r, col: 1, content: { t: 'field', path: [id], input: inputKind(f.kind, f.options) === 'multiline' ? 'text' : inputKind(f.kind, f.options), options: f.options, closed: true, name: f.title } },
  ]);
  return { id: 'common', title: EDITOR_TEXT.commonFields, subtitle: [], grids: [{ id: 'common', widths: [1, 3], cells, items: [] }] };
}

/**
 * The title of one of a list of forms: the form's title with what names the item in the document's title (its
 * {{name}}), as the document is named; by its number while that is still blank.
 */
function itemTitle(docTitle: string, item: Raw | undefined, formTitle: string, index: number): string {
  const own = mapList(placeNames(docTitle), (k) => item?.[k]).filter((v) => typeof v === 'string' || typeof v === 'number');
  const name = mapList(own, String).join(' ').trim();
  return name ? EDITOR_TEXT.namedDoc(formTitle, name) : EDITOR_TEXT.itemDoc(formTitle, index + 1);
}

/** Every sheet of an engine profile for this input: the common values, then each document (one per item for lists). */
export function engineSheets(profile: Profile, input: Raw): Sheet[] {
  const fill = filler(input);
  const sheets: Sheet[] = [commonSheet(profile)];
  // A blank field that takes another document's fact (`fill: same`) shows it, as the PDF prints it.
  const once = new OnceDocuments(profile, (docIndex) => {
    const doc = profile.documents[docIndex];
    return engineOf(profile.forms[doc.form], (input[doc.id] ?? {}) as Raw, [doc.id]);
  });
  function engineOf(form: FormDef, raw: Raw, base: Path): FormEngine {
    return new FormEngine(profile, form, parsedItem(form, raw), { path: base.join('.'), title: plainTitle(form), fact: once.fact }).run();
  }
  profile.documents.forEach((doc, docIndex) => {
    const form = profile.forms[doc.form];
    const key = doc.each ?? doc.id;
    const title = plainTitle(form);
    const grids = (raw: Raw, base: Path, engine: FormEngine) => new FormSheet(profile, form, raw, base, engine.figures, fill).run();
    if (!doc.each) {
      sheets.push({ id: key, title: fill(form.title), ...heading(form, doc.attachment, fill), grids: grids((input[key] ?? {}) as Raw, [key], once.engine(docIndex)!) });
      return;
    }
    const list = Array.isArray(input[key]) ? (input[key] as Raw[]) : [];
    const count = list.length;
    for (let i = 0; i < Math.max(count, 1); i++) {
      sheets.push({
        id: `${key}-${i}`,
        title: itemTitle(doc.title, list[i], fill(form.title), i),
        ...heading(form, doc.attachment, fill),
        grids: grids((list[i] ?? {}) as Raw, [key, i], engineOf(form, (list[i] ?? {}) as Raw, [key, i])),
        each: { path: [key], index: i, count, noun: title },
      });
    }
  });
  return sheets;
}

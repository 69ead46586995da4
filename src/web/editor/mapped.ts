/**
 * A form definition drawn in the editor over an input of another shape (hunan-2022's forms, whose data file keeps
 * its own keys): every cell of the form, its labels and headings from the definition, each input cell placed
 * through the definition's `input` mapping. One builder for every section kind, so that a form is drawn as its
 * definition prints it and a label changed there changes here too.
 */
import { UserError } from '../../diagnostics/finding.js';
import { EDITOR_TEXT } from './messages.js';
import type { ColumnDef, FormDef, GridSection, ListSection, MatrixSection, SectionDef } from '../../forms/definition.js';
import { cellText } from './sheet.js';
import { bare, fill, GridBuilder, numbered, type FieldKind, type PrintedContext } from './printed.js';
import type { Content, FieldContent, Grid, Placed } from './grid.js';
import { getIn, type Path } from './paths.js';
import { placeInInput } from '../../forms/mapInput.js';
import { mapList } from '../../mapList.js';

/** A form of hunan-2022 and where its places are in the input: `base` is the item of a form printed once per item. */
export class MappedForm {
  constructor(
    readonly form: FormDef,
    /** The definition's file, for messages. */
    readonly file: string,
    readonly base: Path = [],
  ) {}

  /**
   * Where a place of the form (`funds.office`, `fields.note`, a list) is in `input`, as the engine reads it
   * (src/forms/mapInput.ts `placeInInput`): of several paths, the one the form prints.
   */
  place(key: string, input: unknown): Path {
    const where = placeInInput(this.form, key, getIn(input, this.base));
    if (!where) throw new UserError(EDITOR_TEXT.noPlace(this.file, key));
    return [...this.base, ...('path' in where ? where.path : where.items).split('.')];
  }

  /** A row's repeatable items (`funds.projects.items`): the list, and where an item keeps its amounts. */
  items(key: string, input: unknown): { list: Path; values: Path } | undefined {
    const where = placeInInput(this.form, `${key}.items`, getIn(input, this.base));
    if (!where || !('items' in where)) return undefined;
    return { list: [...this.base, ...where.items.split('.')], values: where.values ? where.values.split('.') : [] };
  }

  section<K extends SectionDef['kind']>(id: string, kind: K): Extract<SectionDef, { kind: K }> {
    const s = this.form.sections.find((x) => x.id === id);
    if (s?.kind !== kind) throw new UserError(EDITOR_TEXT.noSection(this.file, kind, id));
    return s as Extract<SectionDef, { kind: K }>;
  }
}

/** The editor's input for a cell kind: numbers as numbers, indicator values and other words as text boxes. */
export const kindOf = (kind: string): FieldKind => (kind === 'money' || kind === 'percent' || kind === 'count' || kind === 'points' ? kind : 'text');

/** The places a definition's wording may name besides its fields ({{unit}}, {{year}}, {{previousYear}}). */
const placesOf = (ctx: PrintedContext) => ({ ...ctx.names, unit: ctx.names.unitName });

const listLength = (ctx: PrintedContext, path: Path) => {
  const v = getIn(ctx.input, path);
  return Array.isArray(v) ? v.length : 0;
};

/** A grid cell of a definition drawn: the rows it takes, and how to put it at a row and column given its row's height. */
interface Drawn {
  rows: number;
  put: (row: number, col: number, height: number, span: { colSpan?: number }) => Placed | undefined;
}

/** Draws sections into one grid from `row` on, as the form prints them one under the other. */
export class SectionDrawer {
  readonly b = new GridBuilder();
  row = 0;

  constructor(
    readonly ctx: PrintedContext,
    readonly m: MappedForm,
  ) {}

  private text(t: string): string {
    return fill(t, placesOf(this.ctx));
  }

  private field(id: string): FieldContent {
    const f = this.m.form.fields[id];
    if (!f) throw new UserError(EDITOR_TEXT.noField(this.m.file, id));
    const kind = f.kind === 'text' && f.singleLine ? 'line' : kindOf(f.kind);
    const content = this.ctx.field(kind, this.m.place(`fields.${id}`, this.ctx.input));
    // A default the form prints in a blank cell (the unit as 实施单位) is shown muted, not calculated.
    const shown = f.default === undefined ? '' : this.text(String(f.default));
    return shown ? { ...content, placeholder: shown } : content;
  }

  draw(s: SectionDef): void {
    if (s.kind === 'grid') this.grid(s);
    else if (s.kind === 'matrix') this.matrix(s);
    else this.list(s);
  }

  /**
   * Fixed rows of labels, fields and texts. A text of several lines takes a row a line, as the form prints them
   * one under the other in one cell; the row's other cells run down beside them. `merge` joins a column's cells.
   */
  grid(s: GridSection): void {
    const left = s.block === undefined ? 0 : 1;
    const top = this.row;
    const merged = new Map<number, { key: string; cell: Placed }>();
    for (const cells of s.rows) {
      const drawn = mapList(cells, (c) => this.cellLines(c));
      const height = Math.max(1, ...mapList(drawn, (d) => d.rows));
      let col = left;
      cells.forEach((c, i) => {
        const span = c.span > 1 ? { colSpan: c.span } : {};
        const last = merged.get(col);
        if (c.merge && last?.key === c.merge) last.cell.rowSpan = (last.cell.rowSpan ?? 1) + height;
        else {
          const placed = drawn[i].put(this.row, col, height, span);
          if (c.merge && placed) merged.set(col, { key: c.merge, cell: placed });
          else merged.delete(col);
        }
        col += c.span;
      });
      this.row += height;
    }
    if (s.block !== undefined) this.b.head(top, 0, this.text(s.block), { rowSpan: this.row - top });
  }

  /** One grid cell: a label, a field, a list field a row an item, or a text a row a line. */
  private cellLines(c: GridSection['rows'][number][number]): Drawn {
    const tall = (height: number) => (height > 1 ? { rowSpan: height } : {});
    if (c.label !== undefined) {
      const label = this.text(c.label);
      return { rows: 1, put: (row, col, height, span) => this.b.head(row, col, label, { ...span, ...tall(height) }) };
    }
    if (c.field !== undefined && c.numbered) return this.numberedField(c.field);
    if (c.field !== undefined) {
      const id = c.field;
      return { rows: 1, put: (row, col, height, span) => this.b.put(row, col, this.field(id), { ...span, ...tall(height) }) };
    }
    const lines = mapList((c.text ?? '').split('\n'), (l) => this.textLine(l, c.align));
    return {
      rows: lines.length,
      put: (row, col, height, span) => {
        let first: Placed | undefined;
        for (let i = 0; i < height; i++) {
          // Lines under the last one stay blank beside a taller neighbour; a one-line text runs down beside it.
          const rest = lines.length === 1 ? tall(height) : {};
          const placed = i < lines.length ? this.b.put(row + i, col, lines[i], { ...span, ...rest }) : this.b.label(row + i, col, '', span);
          first ??= placed;
          if (lines.length === 1) break;
        }
        return first;
      },
    };
  }

  /** A field given as a list, one item a row (部门履职概述), its label running down beside them. */
  private numberedField(id: string): Drawn {
    const list = this.m.place(`fields.${id}`, this.ctx.input);
    const count = listLength(this.ctx, list);
    const name = this.text(this.m.form.fields[id]?.title ?? id);
    return {
      rows: Math.max(count, 1),
      put: (row, col, _height, span) => {
        let first: Placed | undefined;
        for (let i = 0; i < Math.max(count, 1); i++) {
          const placed = this.b.put(row + i, col, { ...this.ctx.field('text', [...list, i]), ...numbered(i, count) }, span);
          this.b.item({ row: row + i, list, index: i, count, blank: '', name });
          first ??= placed;
        }
        return first;
      },
    };
  }

  /**
   * A line of a text: plain words are a label; a line with fields in it ("其中：公共财政拨款：{{#if x}}{{x}}万元{{/if}}")
   * is typed in place, the words of an {{#if}} shown around the blank as they print once it has a value.
   */
  private textLine(line: string, align: 'left' | 'center' | 'right' | undefined): Content {
    const fields = this.m.form.fields;
    const parts: (string | FieldContent)[] = [];
    let words = '';
    for (const piece of line.replace(/\{\{[#/]if[^}]*\}\}/g, '').split(/(\{\{\s*\w+\s*\}\})/)) {
      const id = /^\{\{\s*(\w+)\s*\}\}$/.exec(piece)?.[1];
      if (id && id in fields) {
        parts.push(...(words ? [words] : []), { ...this.field(id), name: bare(words) });
        words = '';
      } else words += id ? this.text(piece) : piece;
    }
    if (!parts.length) return { t: 'label', text: words, header: false, align: align ?? 'left' };
    return { t: 'mixed', parts: words ? [...parts, words] : parts };
  }

  /** Rows × columns: a block down the left, the column titles, a row label and a value a column for each row. */
  matrix(s: MatrixSection): void {
    const top = this.row;
    let col = 0;
    if (s.block !== undefined) col++;
    if (s.labelShare !== undefined) {
      if (s.plainCorner) this.b.label(top, col, this.text(s.corner));
      else this.b.head(top, col, this.text(s.corner));
      col++;
    }
    const first = col;
    s.columns.forEach((c, i) => this.b.head(top, first + i, this.text(c.title)));
    this.row++;
    for (const r of s.rows) {
      if (r.hidden) continue;
      const label = this.text(r.label);
      if (r.text) {
        this.textRow(label, r.text, first, s.columns.length, r.bold);
        continue;
      }
      const at = this.m.place(`${s.id}.${r.id}`, this.ctx.input);
      if (s.labelShare !== undefined) this.b.label(this.row, first - 1, label, { align: 'left', indent: r.indent ?? 0, bold: r.bold });
      this.values(s.columns, at, first);
      this.row++;
      const items = r.items ? this.m.items(`${s.id}.${r.id}`, this.ctx.input) : undefined;
      if (!items) continue;
      // One row per item (project), its name typed where the form prints it; an empty group keeps a blank row to type into.
      const count = listLength(this.ctx, items.list);
      for (let i = 0; i < Math.max(count, 1); i++) {
        this.b.put(this.row, first - 1, this.ctx.field('line', [...items.list, i, 'name']), { indent: r.itemIndent ?? (r.indent ?? 0) + 12 });
        this.values(s.columns, [...items.list, i, ...items.values], first);
        this.b.item({ row: this.row, list: items.list, index: i, count, blank: {}, name: label });
        this.row++;
      }
    }
    if (s.block !== undefined) this.b.head(top, 0, this.text(s.block), { rowSpan: this.row - top });
  }

  private values(columns: ColumnDef[], at: Path, first: number): void {
    columns.forEach((c, i) => this.b.put(this.row, first + i, this.ctx.field(kindOf(c.kind), [...at, c.id])));
  }

  /** A row of text (厉行节约保障措施): one item a row across the value columns, the label running down beside them. */
  private textRow(label: string, field: string, first: number, span: number, bold: boolean): void {
    const list = this.m.place(`fields.${field}`, this.ctx.input);
    const count = listLength(this.ctx, list);
    this.b.label(this.row, first - 1, label, { align: 'left', bold, rowSpan: Math.max(count, 1) });
    for (let i = 0; i < Math.max(count, 1); i++) {
      this.b.put(this.row, first, { ...this.ctx.field('text', [...list, i]), ...numbered(i, count) }, { colSpan: span });
      this.b.item({ row: this.row, list, index: i, count, blank: '', name: label });
      this.row++;
    }
  }

  /**
   * Repeatable rows (绩效指标): the block down the left, the column titles, a row per item (an empty list keeps a
   * blank row to type into), and the total row, whose blank cells show the sums the form prints.
   */
  list(s: ListSection): void {
    const top = this.row;
    const left = s.block === undefined ? 0 : 1;
    const list = this.m.place(s.id, this.ctx.input);
    const count = listLength(this.ctx, list);
    const rows = Math.max(count, 1);
    const block = this.text(s.block ?? '');
    s.columns.forEach((c, i) => this.b.head(top, left + i, this.text(c.title)));
    this.row++;
    const after = this.groupSuffixes(s, list);
    for (let i = 0; i < rows; i++) {
      s.columns.forEach((c, k) => {
        const suffix = after(c, i);
        this.b.put(this.row, left + k, { ...this.ctx.field(kindOf(c.kind), [...list, i, c.id]), ...(suffix ? { after: suffix } : {}) });
      });
      this.b.item({ row: this.row, list, index: i, count, blank: {}, name: block });
      this.row++;
    }
    if (s.block !== undefined) this.b.head(top, 0, block, { rowSpan: this.row - top });
    if (s.total) this.totalRow(s, left);
  }

  /** The form prints a group's 分值 under its name, once for the rows it merges: here under its first row. */
  private groupSuffixes(s: ListSection, list: Path): (c: ColumnDef, i: number) => string | undefined {
    const weights = this.ctx.level1Weights(list);
    const at = (c: ColumnDef, i: number) => cellText(getIn(this.ctx.input, [...list, i, c.id])).trim();
    return (c, i) => {
      if (!c.group || !c.groupSuffix) return undefined;
      const name = at(c, i);
      const weight = name && (i === 0 || at(c, i - 1) !== name) ? weights.get(name) : undefined;
      return weight ? fill(c.groupSuffix, { weight }).trim() : undefined;
    };
  }

  private totalRow(s: ListSection, left: number): void {
    const total = s.total!;
    const at = this.m.place(`${s.id}.total`, this.ctx.input);
    const firstSum = s.columns.findIndex((c) => c.id in total.sums);
    const span = left + Math.max(firstSum, 0);
    this.b.head(this.row, 0, this.text(total.label), span > 1 ? { colSpan: span } : {});
    s.columns.forEach((c, k) => {
      if (k < firstSum) return;
      if (c.id in total.sums) this.b.put(this.row, left + k, this.ctx.field(kindOf(c.kind), [...at, c.id]));
      else this.b.label(this.row, left + k, '');
    });
    this.row++;
  }
}

/** The widths of a section as shares: its block, its row labels, then its columns. */
function sectionWidths(s: SectionDef): number[] {
  const block = s.block === undefined ? [] : [s.blockShare ?? 0];
  if (s.kind === 'grid') return [...block, ...s.shares];
  const label = s.kind === 'matrix' && s.labelShare !== undefined ? [s.labelShare] : [];
  return [...block, ...label, ...mapList(s.columns, (c) => c.share)];
}

/**
 * Every section of a form, a grid each; a section that continues the one above joins its grid, in its widths.
 * Grids are named `<id>-<first section>`.
 */
export function mappedGrids(ctx: PrintedContext, m: MappedForm, id: string): Grid[] {
  const grids: Grid[] = [];
  let drawer: SectionDrawer | undefined;
  let first: SectionDef | undefined;
  const close = () => drawer && first && grids.push(drawer.b.grid(`${id}-${first.id}`, sectionWidths(first)));
  for (const s of m.form.sections) {
    if (!s.continues || !drawer) {
      close();
      drawer = new SectionDrawer(ctx, m);
      first = s;
    }
    drawer.draw(s);
  }
  close();
  return grids;
}

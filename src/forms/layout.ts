/**
 * One generic table-form layout: a form definition and its figures → the same kind of pdfmake definition as the
 * hunan-2022 forms, through the existing table machinery (widths, cuts between rows, 续表 and repeated headers,
 * merges rebuilt per page, numbers never wrapped, signatures kept with the last rows).
 */
import { compileTemplate, type Render } from '../compose/handlebars.js';
import type { BlockItem, FlowItem, TextItem } from '../layout/flow/items.js';
import { paginate, type PageSpec } from '../layout/flow/paginate.js';
import { columnsBlock, keepTogether, paragraph, shareLine, tableStyle } from '../layout/form.js';
import { lineHeight, textWidth } from '../layout/measure/text.js';
import { contentHeight, contentWidth, type Styles } from '../layout/styles.js';
import { row, type Cell, type Row, type TableSpec, type TableStyle } from '../layout/table/model.js';
import { fitWidths, noWrapMinimums } from '../layout/table/widths.js';
import type { DocumentLayout } from '../layout/types.js';
import { ZERO } from '../derive/decimal.js';
import { asDecimal, isNumberKind, printValue, type Value } from './cells.js';
import type { ColumnDef, FormDef, GridSection, ListSection, MatrixSection, Profile, SectionDef } from './definition.js';
import type { FormCell, FormFigures } from './derive.js';

export interface FormLayoutInput {
  profile: Profile;
  form: FormDef;
  figures: FormFigures;
  /** The names templates may use: unit, year, the document's own fields, grade… */
  context: Record<string, unknown>;
  styles: Styles;
  /** Document metadata: title and file name (already filled in). */
  title: string;
  fileName: string;
  attachment?: string;
}

class FormLayout {
  private readonly width: number;
  private readonly s: TableStyle;
  private readonly templates = new Map<string, Render>();

  constructor(private readonly o: FormLayoutInput) {
    // The page of this form: the styles' page, in the form's own orientation.
    const styles = { ...o.styles, orientation: { ...o.styles.orientation, projectEvaluation: o.form.orientation } };
    this.width = contentWidth(styles, 'projectEvaluation');
    this.height = contentHeight(styles, 'projectEvaluation');
    this.s = tableStyle(o.styles);
  }

  private readonly height: number;

  private fill(text: string): string {
    if (!text.includes('{{')) return text;
    let fn = this.templates.get(text);
    if (!fn) this.templates.set(text, (fn = compileTemplate(`profiles/${this.o.profile.id}/forms/${this.o.form.id}.yaml`, text)));
    return fn(this.o.context);
  }

  private head(text: string, o: Partial<Cell> = {}): Cell {
    return { text: this.fill(text), bold: true, align: 'center', fill: this.o.styles.tables.headerFill, ...o };
  }

  private column(c: ColumnDef, cell: FormCell | undefined): Cell {
    const out = this.value(c.kind, cell, c.decimals);
    return c.align ? { ...out, align: c.align } : out;
  }

  private value(kind: ColumnDef['kind'], cell: FormCell | undefined, decimals?: number): Cell {
    if (cell?.display !== undefined) return { text: cell.display, align: 'center', noWrap: true };
    const text = printValue(kind, cell?.value as Value | undefined, this.o.profile.defaults, decimals);
    if (kind === 'money') return { text, align: 'right', noWrap: true };
    if (isNumberKind(kind) || kind === 'comparator') return { text, align: 'center', noWrap: true };
    return { text, align: kind === 'indicator' ? 'center' : 'left' };
  }

  run(): DocumentLayout {
    const { form, styles } = this.o;
    const items: FlowItem[] = [...this.heading(), ...form.sections.map((s) => ({ kind: 'table' as const, spec: this.section(s), style: this.s }))];
    const after = this.footer();
    if (after) items.push(after);
    const size = styles.tables.captionSize;
    const page: PageSpec = {
      height: this.height,
      continued: { kind: 'block', height: lineHeight({ fontSize: size }) + 4, make: () => ({ text: this.o.profile.continued, fontSize: size, alignment: 'right', margin: [0, 0, 0, 4] }) },
    };
    const { content, pages } = paginate(items, page);
    // render/ reads only the kind's name: a profile's form is named by its own id.
    return { kind: form.id as DocumentLayout['kind'], title: this.o.title, fileName: this.o.fileName, orientation: form.orientation, content, pages };
  }

  private heading(): FlowItem[] {
    const { form, styles } = this.o;
    const t = styles.tables;
    const items: FlowItem[] = [];
    if (this.o.attachment) items.push(paragraph(this.fill(this.o.attachment), this.width, { fontSize: t.captionSize + 2, bold: true, marginBottom: 8, keepWithNext: true }));
    if (form.reportCode) items.push(paragraph(this.fill(form.reportCode), this.width, { fontSize: t.captionSize, align: 'right', marginBottom: 4, keepWithNext: true }));
    items.push(paragraph(this.fill(form.title), this.width, { fontSize: t.titleSize, bold: true, align: 'center', marginBottom: 6, keepWithNext: true }));
    if (form.yearLine) items.push(paragraph(this.fill(form.yearLine), this.width, { fontSize: t.captionSize, align: 'center', marginBottom: 4, keepWithNext: true }));
    if (form.caption) {
      const texts = [this.fill(form.caption.left), this.fill(form.caption.right)];
      const widths = shareLine(texts, this.width, 12, { fontSize: t.captionSize });
      items.push(columnsBlock(texts.map((text, i) => ({ text, width: widths[i], align: i ? ('right' as const) : ('left' as const) })), { fontSize: t.captionSize, gap: 12, marginBottom: 4, keepWithNext: true }));
    }
    return items;
  }

  /** Signature lines and notes under the table, kept on the page of its last rows. */
  private footer(): BlockItem | undefined {
    const { form, styles } = this.o;
    const fontSize = styles.tables.captionSize;
    // Notes belong to the table, right under it; the signature lines follow.
    const parts: (BlockItem | TextItem)[] = form.notes.map((note) => paragraph(this.fill(note), this.width, { fontSize: styles.tables.cellSize, marginTop: 6 }));
    for (const line of form.signatures) {
      const texts = line.map((x) => this.fill(x));
      // Long names or numbers: the gaps narrow before the texts wrap.
      const natural = texts.reduce((sum, t) => sum + textWidth(t, { fontSize }) + 1, 0);
      const gap = natural + 24 * (texts.length - 1) <= this.width ? 24 : 8;
      const widths = shareLine(texts, this.width, gap, { fontSize }, texts.length - 1);
      parts.push(columnsBlock(texts.map((text, i) => ({ text, width: widths[i] })), { fontSize, gap, marginTop: 10 }));
    }
    return parts.length ? keepTogether(parts, true) : undefined;
  }

  private section(s: SectionDef): TableSpec {
    // An empty block label ("") still takes its column: the part goes on under the block above it.
    const block = s.block !== undefined ? this.head(s.block, { merge: `block:${s.id}` }) : undefined;
    const lead = (cells: Cell[]): Row => row(...(block ? [block] : []), ...cells);
    const built = s.kind === 'grid' ? this.grid(s) : s.kind === 'matrix' ? this.matrix(s) : this.list(s);
    const shares = [...(block ? [s.blockShare ?? 40] : []), ...built.shares];
    const header = built.header.map(lead);
    // A total row runs over the block label's column, as 总分 does on the paper forms.
    const tail = built.tail.map((cells) => (block ? row({ ...cells[0], colSpan: (cells[0].colSpan ?? 1) + 1 }, ...cells.slice(1)) : row(...cells)));
    const body = [...built.body.map(lead), ...tail];
    const mins = noWrapMinimums([...header, ...body], shares.length, this.s);
    if (block) mins[0] = Math.max(mins[0], 2 * this.s.fontSize + 0.5);
    return { widths: fitWidths(shares, this.width, this.s, mins), header, body, keepLast: Math.min(2, body.length) };
  }

  private grid(s: GridSection) {
    const body = s.rows.map((r) =>
      r.map((c): Cell => {
        if (c.label !== undefined) return this.head(c.label, { colSpan: c.span, ...(c.align ? { align: c.align } : {}) });
        if (c.text !== undefined) return { text: this.fill(c.text), colSpan: c.span, align: c.align ?? 'left' };
        const f = this.o.form.fields[c.field!];
        return { ...this.value(f.kind, this.o.figures.fields[c.field!]), colSpan: c.span, ...(c.align ? { align: c.align } : {}) };
      }),
    );
    return { shares: s.shares, header: [] as Cell[][], body, tail: [] as Cell[][] };
  }

  private matrix(s: MatrixSection) {
    const cells = this.o.figures.matrices[s.id];
    const side = s.side;
    const labelled = s.labelShare !== undefined;
    const headerRow = [...(labelled ? [this.head(s.corner)] : []), ...s.columns.map((c) => this.head(c.title)), ...(side ? [this.head(side.title, { colSpan: side.span })] : [])];
    const sideText = side ? String(this.o.figures.fields[side.field]?.value ?? '') : '';
    const sideCell = (): Cell[] => (side ? [{ text: sideText, colSpan: side.span, merge: `side:${s.id}`, top: true }] : []);
    const body = s.rows.flatMap((r) => [
      [
        ...(labelled ? [{ text: this.fill(r.label), indent: r.indent }] : []),
        ...s.columns.map((c): Cell => (c.rows && !c.rows.includes(r.id) ? { text: s.na, align: 'center', noWrap: true } : this.column(c, cells[r.id][c.id]))),
        ...sideCell(),
      ],
      // The row's repeatable items (one project a row), each under it, indented one step further.
      ...(this.o.figures.items[s.id]?.[r.id] ?? []).map((it) => [
        ...(labelled ? [{ text: it.name, indent: (r.indent ?? 0) + 12 }] : []),
        ...s.columns.map((c): Cell => (it.cells[c.id] ? this.column(c, it.cells[c.id]) : { text: '' })),
        ...sideCell(),
      ]),
    ]);
    const shares = [...(labelled ? [s.labelShare!] : []), ...s.columns.map((c) => c.share), ...(side ? Array.from({ length: side.span }, () => 40) : [])];
    return { shares, header: [] as Cell[][], body: [headerRow, ...body], tail: [] as Cell[][] };
  }

  private list(s: ListSection) {
    const rows = this.o.figures.lists[s.id];
    const header = [s.columns.map((c) => this.head(c.title))];
    const body = rows.map((r) => {
      let key = '';
      return s.columns.map((c): Cell => {
        if (!c.group) return this.column(c, r[c.id]);
        const v = String(r[c.id]?.value ?? '');
        key += `\u0000${v}`;
        const suffix = c.groupSuffix && s.groupWeights && c.id === s.groupWeights.column ? this.fill(c.groupSuffix.replace('{{weight}}', this.groupWeight(s, v))) : '';
        return { text: `${v}${suffix}`, align: 'center', merge: `${c.id}:${key}` };
      });
    });
    for (let i = body.length; i < s.minRows; i++) body.push(s.columns.map((): Cell => ({ text: '' })));
    const tail: Cell[][] = [];
    if (s.total?.printed) {
      const t = s.total;
      const first = s.columns.findIndex((c) => t.sums[c.id]);
      const span = t.labelSpan ?? first;
      const totalRow: Cell[] = [this.head(t.label, { colSpan: span, fill: undefined })];
      for (let i = span; i < s.columns.length; i++) {
        const c = s.columns[i];
        totalRow.push(t.sums[c.id] ? { ...this.value(c.kind, this.o.figures.totals[s.id]?.[c.id], c.decimals), bold: true, align: 'center' } : { text: '' });
      }
      tail.push(totalRow);
    }
    return { shares: s.columns.map((c) => c.share), header, body, tail };
  }

  private groupWeight(s: ListSection, group: string): string {
    const g = s.groupWeights!;
    const col = s.columns.find((c) => c.id === g.weight)!;
    const sum = this.o.figures.lists[s.id].filter((r) => r[g.column]?.value === group).reduce((a, r) => a.plus(asDecimal(r[g.weight]?.value) ?? ZERO), ZERO);
    return printValue(col.kind, sum, this.o.profile.defaults, col.decimals);
  }
}

export function layoutForm(o: FormLayoutInput): DocumentLayout {
  return new FormLayout(o).run();
}

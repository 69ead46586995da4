/**
 * One generic table-form layout: a form definition and its figures → the same kind of pdfmake definition as the
 * hunan-2022 forms, through the existing table machinery (widths, cuts between rows, 续表 and repeated headers,
 * merges rebuilt per page, numbers never wrapped, signatures kept with the last rows).
 */
import { compileTemplate, type Render } from '../compose/handlebars.js';
import type { BlockItem, FlowItem, TextItem } from '../layout/flow/items.js';
import { paginate } from '../layout/flow/paginate.js';
import { columnsBlock, keepTogether, pageSpec, paragraph, shareLine, tableStyle } from '../layout/form.js';
import { documentImages, formSignatures, sealCentre, sealOverlay, sealPlace } from '../layout/formParts.js';
import { textWidth } from '../layout/measure/text.js';
import { contentWidth, type Styles } from '../layout/styles.js';
import { notesWhole } from '../layout/table/brackets.js';
import { row, type Cell, type Row, type TableSpec, type TableStyle } from '../layout/table/model.js';
import { balanceWidths, fitWidths, noWrapMinimums, wholeMinimums } from '../layout/table/widths.js';
import type { DocumentLayout, LayoutContext } from '../layout/types.js';
import { ZERO } from '../derive/decimal.js';
import { asDecimal, isNumberKind, printValue, type Value } from './cells.js';
import type { ColumnDef, FormDef, GridSection, ListSection, MatrixSection, Profile, SectionDef } from './definition.js';
import type { FormCell, FormFigures } from './derive.js';
import { fitStyles } from './fit.js';
import { mapList } from '../mapList.js';

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
  /**
   * The hunan-2022 report whose contacts sign the form (`signatureBlock: contacts`, the seal on `caption.seal`): names,
   * signature lines and images, as on the set's other forms.
   */
  signing?: LayoutContext;
}

/**
 * Compiled label templates by file and text, kept across layouts: a form tried in several styles (fit) and a
 * batch's many reports compile each once. Bounded by the texts of the profiles' files.
 */
const COMPILED = new Map<string, Render>();

/** A list one item a line, each through `template` ("{{n}}、{{text}}"); the items' own text is never a template. */
function numberedList(items: unknown[], template = '{{text}}'): string {
  return mapList(items, (text, i) => template.replace(/\{\{\s*n\s*\}\}/g, String(i + 1)).replace(/\{\{\s*text\s*\}\}/g, () => String(text))).join('\n');
}

type MatrixRow = MatrixSection['rows'][number];

/** A matrix section as its rows print: its cells' figures and the text of its side column (one cell merged down it). */
interface MatrixSectionPrint {
  s: MatrixSection;
  cells: FormFigures['matrices'][string];
  sideText: string;
}

/** A section's table before its widths are set: its rows, column shares, whether a block label leads it. */
interface BuiltSection {
  spec: TableSpec;
  shares: number[];
  block: boolean;
  /** The section's columns (a matrix's or a list's), the first at `firstColumn` (after a block label, a row-label column). */
  columns: ColumnDef[];
  firstColumn: number;
  balance: boolean;
  /** Per column, the width its `oneLine` cells need (a grid's headings over numbers). */
  oneLine: number[];
  section: SectionDef;
  /** Each column at least as wide as its heading (`oneLineTitles`). */
  oneLineTitles: boolean;
  /** The section's rows go on in the table above (`continues`). */
  continues: boolean;
  /** Characters of room the block label's column keeps (`blockChars`). */
  blockChars: number;
}

/**
 * Sections that go on in the table above (`continues`) joined to it: one table of their rows, in the first
 * section's shares, with the last one's rows kept at the end. Each part keeps its own columns for the widths.
 */
function joinTables(built: BuiltSection[]): { table: BuiltSection; parts: BuiltSection[] }[] {
  const out: { table: BuiltSection; parts: BuiltSection[] }[] = [];
  for (const b of built) {
    const last = out[out.length - 1];
    if (!b.continues || !last) {
      out.push({ table: b, parts: [b] });
      continue;
    }
    const body = [...last.table.spec.body, ...b.spec.header, ...b.spec.body];
    last.table = { ...last.table, spec: { ...last.table.spec, body, keepLast: b.spec.keepLast } };
    last.parts.push(b);
  }
  return out;
}

class FormLayout {
  private readonly width: number;
  private readonly s: TableStyle;

  constructor(private readonly o: FormLayoutInput) {
    // The page of this form: the styles' page, in the form's own orientation (its definition is the one source).
    this.width = contentWidth(o.styles, o.form.orientation);
    this.s = tableStyle(o.styles);
  }

  private fill(text: string): string {
    if (!text.includes('{{')) return text;
    const file = `profiles/${this.o.profile.id}/forms/${this.o.form.id}.yaml`;
    const key = `${file}\u0000${text}`;
    let fn = COMPILED.get(key);
    if (!fn) COMPILED.set(key, (fn = compileTemplate(file, text)));
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
    const specs = this.widths(mapList(form.sections, (s) => this.section(s)));
    const items: FlowItem[] = [...this.heading(), ...mapList(specs, (spec) => ({ kind: 'table' as const, spec, style: this.s }))];
    const page = pageSpec(styles, form.orientation, this.o.profile.continued);
    items.push(...this.footer(page.height));
    const { content, pages } = paginate(items, page);
    const images = this.o.signing && documentImages(this.o.signing);
    // render/ reads only the kind's name: a profile's form is named by its own id.
    return { kind: form.id as DocumentLayout['kind'], title: this.o.title, fileName: this.o.fileName, orientation: form.orientation, content, pages, ...(images ? { images } : {}) };
  }

  /**
   * A section's own widths: numbers unwrapped, a block label at least two characters wide, columns at least their
   * `minChars`; headings whole where the others can spare the room (`widths.wholeHeadings`); a list's text columns
   * sharing their room by their text (`balance`).
   */
  private ownWidths(b: BuiltSection, parts: BuiltSection[] = [b]): number[] {
    const rows = [...b.spec.header, ...b.spec.body];
    const mins = noWrapMinimums(rows, b.shares.length, this.s);
    for (const part of parts) this.partMinimums(part, mins);
    const hard = this.o.form.widths?.wholeHeadings ? wholeMinimums(b.spec.header, mins, this.width, this.s) : mins;
    const start = fitWidths(b.shares, this.width, this.s, hard);
    if (!b.balance) return start;
    const text = b.columns.flatMap((c, i) => (c.kind === 'text' || c.kind === 'indicator' ? [b.firstColumn + i] : []));
    return balanceWidths(start, rows, text, this.s, mins);
  }

  /** `mins` raised for one section's columns: a block label, `minChars`, group suffixes, one-line headings. */
  private partMinimums(b: BuiltSection, mins: number[]): void {
    const lead = b.firstColumn;
    const fontSize = this.s.fontSize;
    if (b.block && b.blockChars) mins[0] = Math.max(mins[0], b.blockChars * fontSize + 0.5);
    b.columns.forEach((c, i) => c.minChars !== undefined && (mins[lead + i] = Math.max(mins[lead + i], c.minChars * fontSize + 0.5)));
    b.columns.forEach((c, i) => (mins[lead + i] = Math.max(mins[lead + i], this.suffixWidth(c, b.section))));
    b.oneLine.forEach((w, col) => (mins[col] = Math.max(mins[col], w)));
    if (b.oneLineTitles) b.columns.forEach((c, i) => (mins[lead + i] = Math.max(mins[lead + i], textWidth(this.fill(c.title), { fontSize, bold: true }) + 0.5)));
  }

  /**
   * A group suffix put on a line of its own ("\n（{{weight}}分）") stays whole there, for any weight up to 100 and
   * for the weights printed (22.5): its column is at least that line wide. A suffix on the group's own line wraps
   * with it, as before.
   */
  private suffixWidth(c: ColumnDef, s: SectionDef): number {
    if (!c.group || !c.groupSuffix?.includes('\n')) return 0;
    const printed = s.kind === 'list' && s.groupWeights?.column === c.id ? new Set(mapList(this.o.figures.lists[s.id], (r) => String(r[c.id]?.value ?? ''))) : [];
    const weights = ['100', ...mapList([...printed], (group) => this.groupWeight(s as ListSection, group))];
    const lines = weights.flatMap((w) => this.fill(c.groupSuffix!.replace('{{weight}}', w)).split('\n').slice(1));
    return Math.max(0, ...mapList(lines, (line) => textWidth(line, { fontSize: this.s.fontSize }) + 0.5));
  }

  /** The report whose contacts sign the form, in this layout's styles (a form fitted to one page signs in its smaller type). */
  private get signing(): LayoutContext | undefined {
    return this.o.signing && { ...this.o.signing, styles: this.o.styles };
  }

  /**
   * Column widths. Each section its own, or (`widths.shared`) one grid for all, so that their columns line up:
   * numbers unwrapped, headings whole where the other columns can give the room, keeping `keepChars` of each.
   */
  private widths(built: BuiltSection[]): TableSpec[] {
    const w = this.o.form.widths;
    if (!w?.shared) return mapList(joinTables(built), ({ table, parts }) => notesWhole({ ...table.spec, widths: this.ownWidths(table, parts) }, this.s));
    const shares = built[0].shares;
    const rows = built.flatMap((b) => [...b.spec.header, ...b.spec.body]);
    const hard = noWrapMinimums(rows, shares.length, this.s);
    for (const b of built) b.oneLine.forEach((w, col) => (hard[col] = Math.max(hard[col], w)));
    const keep = mapList(w.keepChars, (n) => n * this.s.fontSize);
    const widths = fitWidths(shares, this.width, this.s, wholeMinimums(rows, hard, this.width, this.s, keep));
    return mapList(built, (b) => notesWhole({ ...b.spec, widths }, this.s));
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
      const right = Boolean(texts[1]);
      const widths = right ? shareLine(texts, this.width, 12, { fontSize: t.captionSize }) : [this.width];
      const cols = mapList(texts.slice(0, widths.length), (text, i) => ({ text, width: widths[i], align: i ? ('right' as const) : ('left' as const) }));
      const signing = this.signing;
      if (form.caption.seal && signing) {
        // The seal over the unit's name (or the （盖章） of a bare label); its square recorded for signing later.
        const centre = sealCentre(texts[0], widths[0], styles.images.sealSize, t.captionSize);
        Object.assign(cols[0], { extra: sealOverlay(signing, centre, t.captionSize, true), place: sealPlace(signing, centre) });
      }
      items.push(columnsBlock(cols, { fontSize: t.captionSize, gap: 12, marginBottom: 4, keepWithNext: true }));
    }
    return items;
  }

  /**
   * Notes and signature lines under the table, kept on the page of its last rows; notes taller than a third of
   * the page run on by themselves, the signatures still kept with their end.
   */
  private footer(pageHeight: number): FlowItem[] {
    const notes = mapList(this.o.form.notes, (note) => this.fill(note)).filter((note) => note.trim());
    const paragraphs = mapList(notes, (note) => paragraph(note, this.width, { fontSize: this.o.styles.tables.cellSize, marginTop: 6 }));
    const lines = this.signatureLines();
    const parts = [...paragraphs, ...lines];
    if (!parts.length) return [];
    // The set's signature block keeps itself with the table.
    if (!paragraphs.length && this.o.form.signatureBlock) return lines;
    const together = keepTogether(parts, true);
    if (!paragraphs.length || !lines.length || together.height <= pageHeight / 3) return [together];
    return [...paragraphs, this.o.form.signatureBlock ? lines[0] : keepTogether(lines, true)];
  }

  /** The signature lines: the form's own, or the set's (`signatureBlock`). */
  private signatureLines(): BlockItem[] {
    const { form, styles } = this.o;
    const signing = this.signing;
    if (form.signatureBlock === 'contacts' && signing) return [formSignatures(signing, this.width)];
    const fontSize = styles.tables.captionSize;
    const parts: BlockItem[] = [];
    for (const line of form.signatures) {
      const texts = mapList(line, (x) => this.fill(x));
      // Long names or numbers: the gaps narrow before the texts wrap.
      const natural = texts.reduce((sum, t) => sum + textWidth(t, { fontSize }) + 1, 0);
      const gap = natural + 24 * (texts.length - 1) <= this.width ? 24 : 8;
      const widths = shareLine(texts, this.width, gap, { fontSize }, texts.length - 1);
      parts.push(columnsBlock(mapList(texts, (text, i) => ({ text, width: widths[i] })), { fontSize, gap, marginTop: 10 }));
    }
    return parts;
  }

  private section(s: SectionDef): BuiltSection {
    // An empty block label ("") still takes its column: the part goes on under the block above it.
    const block = s.block !== undefined ? this.head(s.block, { merge: `block:${s.id}` }) : undefined;
    const built = s.kind === 'grid' ? this.grid(s) : s.kind === 'matrix' ? this.matrix(s) : this.list(s);
    const shares = [...(block ? [s.blockShare ?? 40] : []), ...built.shares];
    const header = withBlock(block, built.header);
    // A total row runs over the block label's column, as 总分 does on the paper forms.
    const tail = mapList(built.tail, (cells) => (block ? row({ ...cells[0], colSpan: (cells[0].colSpan ?? 1) + 1 }, ...cells.slice(1)) : row(...cells)));
    const body = [...withBlock(block, built.body), ...tail];
    const columns = s.kind === 'grid' ? [] : s.columns;
    const firstColumn = (block ? 1 : 0) + (s.kind === 'matrix' && s.labelShare !== undefined ? 1 : 0);
    const oneLineTitles = s.kind === 'matrix' && s.oneLineTitles;
    const oneLine = s.kind === 'grid' ? this.oneLineWidths(s, body) : [];
    const spec = { widths: [], header, body, keepLast: s.keepLast ?? Math.min(2, body.length) };
    return { spec, shares, block: Boolean(block), columns, firstColumn, balance: s.kind === 'list' && s.balance, oneLine, oneLineTitles, continues: s.continues, blockChars: s.blockChars, section: s };
  }

  /** The width each column needs for its `oneLine` cells (one column wide) of a grid laid out as `body`. */
  private oneLineWidths(s: GridSection, body: Row[]): number[] {
    const out: number[] = [];
    const lead = s.block !== undefined ? 1 : 0;
    s.rows.forEach((r, i) => {
      let col = lead;
      for (const c of r) {
        const cell = body[i][col];
        if (c.oneLine && c.span === 1 && cell) out[col] = Math.max(out[col] ?? 0, textWidth(cell.text, { fontSize: this.s.fontSize, bold: cell.bold }) + 0.5);
        col += c.span;
      }
    });
    return out;
  }

  /** A column heading: kept on one line where the form asks for whole headings. */
  private title(text: string): Cell {
    return this.o.form.widths?.wholeHeadings ? this.head(text, { whole: true }) : this.head(text);
  }

  /** A text row's text: a list one item a line, numbered through the row's template. */
  private rowText(r: MatrixSection['rows'][number]): string {
    const v = this.o.figures.fields[r.text!]?.value as unknown;
    return Array.isArray(v) ? numberedList(v, r.numbered) : String(v ?? '');
  }

  private grid(s: GridSection) {
    const body = mapList(s.rows, (r) =>
      mapList(r, (c): Cell => {
        const merge = c.merge ? { merge: `grid:${s.id}:${c.merge}` } : {};
        if (c.label !== undefined) return this.head(c.label, { colSpan: c.span, ...(c.align ? { align: c.align } : {}), ...merge });
        if (c.text !== undefined) return { text: this.fill(c.text), colSpan: c.span, align: c.align ?? 'left', ...merge };
        const value = this.o.figures.fields[c.field!]?.value as unknown;
        if (Array.isArray(value)) return { text: numberedList(value, c.numbered), colSpan: c.span, align: c.align ?? 'left', ...merge };
        const f = this.o.form.fields[c.field!];
        return { ...this.value(f.kind, this.o.figures.fields[c.field!]), colSpan: c.span, ...(c.align ? { align: c.align } : {}), ...merge };
      }));
    return { shares: s.shares, header: [] as Cell[][], body, tail: [] as Cell[][] };
  }

  private matrix(s: MatrixSection) {
    const cells = this.o.figures.matrices[s.id];
    const side = s.side;
    const labelled = s.labelShare !== undefined;
    const corner = s.plainCorner ? { text: this.fill(s.corner) } : this.title(s.corner);
    const headerRow = [...(labelled ? [corner] : []), ...mapList(s.columns, (c) => this.title(c.title)), ...(side ? [this.head(side.title, { colSpan: side.span })] : [])];
    const section: MatrixSectionPrint = { s, cells, sideText: side ? String(this.o.figures.fields[side.field]?.value ?? '') : '' };
    const body: Cell[][] = [];
    for (const r of s.rows) this.matrixRows(section, r, body);
    const shares = [...(labelled ? [s.labelShare!] : []), ...mapList(s.columns, (c) => c.share), ...(side ? Array.from({ length: side.span }, () => 40) : [])];
    if (s.repeatHeader) return { shares, header: [headerRow], body, tail: [] as Cell[][] };
    return { shares, header: [] as Cell[][], body: [headerRow, ...body], tail: [] as Cell[][] };
  }

  /** A matrix row's printed rows: its own (unless hidden), then its repeatable items (one project a row), each under it, indented one step further. */
  private matrixRows(section: MatrixSectionPrint, r: MatrixRow, body: Cell[][]): void {
    const { s, cells } = section;
    const labelled = s.labelShare !== undefined;
    if (!r.hidden) {
      const own = this.rowLabel(labelled, r);
      if (r.text) own.push({ text: this.rowText(r), colSpan: s.columns.length });
      else {
        for (const c of s.columns) own.push(c.rows && !c.rows.includes(r.id) ? { text: s.na, align: 'center', noWrap: true } : this.column(c, cells[r.id][c.id]));
        own.push(...sideCells(section));
      }
      body.push(own);
    }
    for (const it of this.o.figures.items[s.id]?.[r.id] ?? []) {
      const item: Cell[] = labelled ? [{ text: it.name, indent: r.itemIndent ?? (r.indent ?? 0) + 12 }] : [];
      for (const c of s.columns) item.push(it.cells[c.id] ? this.column(c, it.cells[c.id]) : { text: '' });
      item.push(...sideCells(section));
      body.push(item);
    }
  }

  private rowLabel(labelled: boolean, r: MatrixRow): Cell[] {
    return labelled ? [{ text: this.fill(r.label), indent: r.indent, ...(r.bold ? { bold: true } : {}) }] : [];
  }

  private list(s: ListSection) {
    const rows = this.o.figures.lists[s.id];
    const header = [mapList(s.columns, (c) => this.title(c.title))];
    const body = mapList(rows, (r) => {
      let key = '';
      return mapList(s.columns, (c): Cell => {
        if (!c.group) return this.column(c, r[c.id]);
        const v = String(r[c.id]?.value ?? '');
        key += `\u0000${v}`;
        const suffix = c.groupSuffix && s.groupWeights && c.id === s.groupWeights.column ? this.fill(c.groupSuffix.replace('{{weight}}', this.groupWeight(s, v))) : '';
        return { text: `${v}${suffix}`, align: 'center', merge: `${c.id}:${key}` };
      });
    });
    for (let i = body.length; i < s.minRows; i++) body.push(mapList(s.columns, (): Cell => ({ text: '' })));
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
    return { shares: mapList(s.columns, (c) => c.share), header, body, tail };
  }

  private groupWeight(s: ListSection, group: string): string {
    const g = s.groupWeights!;
    const col = s.columns.find((c) => c.id === g.weight)!;
    let sum = ZERO;
    for (const r of this.o.figures.lists[s.id]) if (r[g.column]?.value === group) sum = sum.plus(asDecimal(r[g.weight]?.value) ?? ZERO);
    return printValue(col.kind, sum, this.o.profile.defaults, col.decimals);
  }
}

/** Each row of cells after the section's block label, when it has one. */
function withBlock(block: Cell | undefined, rows: Cell[][]): Row[] {
  const out: Row[] = [];
  for (const cells of rows) out.push(block ? row(block, ...cells) : row(...cells));
  return out;
}

/** A matrix row's cell of the side column (one merged down the section), a cell of its own for each row. */
function sideCells({ s, sideText }: MatrixSectionPrint): Cell[] {
  return s.side ? [{ text: sideText, colSpan: s.side.span, merge: `side:${s.id}`, top: true }] : [];
}

/** The form laid out; one that should fit a page (`fit`) in the largest style that gets it there. */
export function layoutForm(o: FormLayoutInput): DocumentLayout {
  let result = new FormLayout(o).run();
  if (!o.form.fit) return result;
  for (const smaller of fitStyles(o.styles, o.form.fit).slice(1)) {
    if (result.pages === 1) break;
    const tried = new FormLayout({ ...o, styles: smaller }).run();
    if (tried.pages === 1) result = tried;
  }
  return result;
}

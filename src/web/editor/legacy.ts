/**
 * Sheets for hunan-2022, whose data file keeps its own keys. Its forms are drawn from the definitions its documents
 * name (mapped.ts, hunanBasic.ts, through each definition's `input` mapping); the narrative's fields and
 * the few cells no form prints are drawn from the workbook's sheet specs (src/workbook/sheets), at the input paths
 * of the zod schema (src/model/schema.ts).
 */
import { LEVEL1_NAMES, LEVEL2_NAMES, SHEETS } from '../../workbook/labels.js';
import { NARRATIVE_SHEET } from '../../workbook/sheets/narrative.js';
import { rowsSheet } from '../../workbook/sheets/fromRows.js';
import type { Field, Kind, Path as SheetPath, SheetSpec } from '../../workbook/types.js';
import { fieldHelp, fieldPattern } from '../../model/fieldHelp.js';
import { describePath } from '../../model/paths.js';
import { SIGNATURE_DEFAULT, SIGNATURE_WORDS, type ReportInput } from '../../model/schema.js';
import { basicDataGrid, basicDataNote, basicDataOther } from './hunanBasic.js';
import { documentForm, signatures } from './hunanForms.js';
import { mappedGrids } from './mapped.js';
import { nameCells, yearNames, type FieldContent, type Grid, type ItemRow, type Placed } from './grid.js';
import { fill, printedLabels, type FieldKind, type PrintedContext } from './printed.js';
import { formatScore } from '../../compose/format.js';
import type { DerivedFigures } from '../../derive/index.js';
import { legacyComputed, legacyFigures, type Computed } from './legacyFigures.js';
import { EDITOR_TEXT } from './messages.js';
import { getIn, type Path } from './paths.js';
import type { Sheet } from './sheet.js';
import { hunanProfile } from '../../forms/hunan2022.js';
import { plainTitle, type Profile, type SetDocument } from '../../forms/definition.js';
import { mapList } from '../../mapList.js';

const NUMBER_KINDS: readonly Kind[] = ['money', 'percent', 'points', 'count', 'integer', 'decimals'];

const helpByPattern = new Map<string, string | undefined>();

/** What belongs in a cell, from templates/fields.yaml (as `jixiao schema` describes the field). */
function helpOf(path: Path): string | undefined {
  const key = fieldPattern(path);
  if (!helpByPattern.has(key)) helpByPattern.set(key, fieldHelp(path).description);
  return helpByPattern.get(key);
}

/** A blank set (and any file) may hold the schema's value of a signature line ("name"): shown as its word (姓名). */
const SIGNATURE_SPELLINGS = Object.fromEntries(mapList(Object.entries(SIGNATURE_WORDS), ([word, value]) => [value, word]));

function fieldContent(f: Pick<Field, 'kind' | 'options'>, path: Path, computed: Computed): FieldContent {
  const base = { t: 'field' as const, path, computed: computed(path, f.kind), help: helpOf(path) };
  if (f.options) return { ...base, input: 'choice', options: f.options, closed: true };
  if (NUMBER_KINDS.includes(f.kind)) return { ...base, input: 'number' };
  if (f.kind === 'date') return { ...base, input: 'date' };
  if (f.kind === 'level1') return { ...base, input: 'choice', options: LEVEL1_NAMES };
  if (f.kind === 'level2') return { ...base, input: 'choice', options: LEVEL2_NAMES };
  if (f.kind === 'signature') return { ...base, input: 'choice', options: Object.keys(SIGNATURE_WORDS), closed: true, spellings: SIGNATURE_SPELLINGS, placeholder: SIGNATURE_SPELLINGS[SIGNATURE_DEFAULT] };
  // A measure (比较符 | 数值或文字 | 计量单位 in the workbook) is typed as the input file has it: "≥3次".
  if (f.kind === 'text' || f.kind === 'measure') return { ...base, input: 'multiline' };
  return { ...base, input: 'text' };
}

/** Cells a field takes across: a measure fills its three workbook columns. */
const spanOf = (f: Field) => (f.kind === 'measure' ? 3 : (f.span ?? 1));

/** One workbook sheet as a grid, rows placed as the workbook writer places them; a list has a row per item. */
function sheetGrid(spec: SheetSpec, data: unknown, computed: Computed): Grid {
  const cells: Placed[] = [];
  const items: ItemRow[] = [];
  let row = 0;
  const place = (r: number, col: number, content: Placed['content'], rowSpan?: number, colSpan?: number) => cells.push({ row: r, col: col - 1, rowSpan, colSpan, content });
  const ref = (path: SheetPath) => {
    const v = getIn(data, path);
    return { address: '', value: v === undefined || v === null ? '' : String(v) };
  };
  for (const block of spec.blocks) {
    const listRows = block.list ? Math.max(arrayAt(data, block.list.path).length, 1) : 0;
    const firstItemCol = block.list ? Math.min(...mapList(block.list.item, (f) => f.col)) : Infinity;
    for (const l of block.labels ?? []) {
      // The title is the sheet's heading; notes are the workbook's help text.
      if (l.role === 'title' || l.role === 'note') continue;
      // A list's label beside its items runs down all of them, as one merged cell.
      const rows = l.rows ?? (block.list?.offset === 0 && l.col < firstItemCol ? listRows : 1);
      place(row + (l.dr ?? 0), l.col, { t: 'label', text: l.text, header: l.role === 'header', heading: l.role === 'section', align: l.role === 'section' ? 'left' : undefined }, rows, l.span);
    }
    for (const d of block.displays ?? []) place(row + (d.dr ?? 0), d.col, { t: 'label', text: d.show(ref).result, header: d.role !== 'label', align: d.role === 'label' ? 'left' : undefined }, 1, d.span);
    for (const f of block.fields ?? []) place(row + (f.dr ?? 0), f.col, fieldContent(f, f.path, computed), 1, spanOf(f));
    if (block.list) {
      const list = block.list;
      const count = arrayAt(data, list.path).length;
      // A list named by its row label (1、业务工作专项…), or else by the schema's title for it (绩效指标).
      const title = block.labels?.find((l) => l.role === 'label')?.text ?? describePath(list.path).split(' › ').pop()!;
      for (let i = 0; i < listRows; i++) {
        const r = row + list.offset + i;
        for (const f of list.item) place(r, f.col, fieldContent(f, [...list.path, i, ...f.path], computed), 1, spanOf(f));
        items.push({ row: r, list: list.path, index: i, count, blank: list.item.some((f) => f.path.length === 0) ? '' : {}, name: title });
      }
    }
    row += Math.max(block.rows ?? 1, block.list ? block.list.offset + listRows : 0);
  }
  const grid = compact({ id: spec.name, widths: spec.widths, cells, items });
  nameCells(grid, (item) => EDITOR_TEXT.itemRow(item.name, item.index + 1));
  return grid;
}

/** Leaves out the rows and columns that only the workbook fills (the title row, the notes column). */
function compact(grid: Grid): Grid {
  const rows = new Set<number>();
  let cols = 0;
  for (const c of grid.cells) {
    for (let r = c.row; r < c.row + (c.rowSpan ?? 1); r++) rows.add(r);
    cols = Math.max(cols, c.col + (c.colSpan ?? 1));
  }
  const kept = [...rows].sort((a, b) => a - b);
  const at = new Map(mapList(kept, (r, i) => [r, i]));
  const cells = mapList(grid.cells, (c) => ({ ...c, row: at.get(c.row)!, colSpan: c.colSpan && Math.min(c.colSpan, cols - c.col) }));
  return { ...grid, widths: grid.widths.slice(0, cols), cells, items: mapList(grid.items, (i) => ({ ...i, row: at.get(i.row)! })) };
}

function arrayAt(data: unknown, path: SheetPath): unknown[] {
  const v = getIn(data, path);
  return Array.isArray(v) ? v : [];
}

function sheetOf(spec: SheetSpec, data: unknown, computed: Computed, id: string): Sheet {
  return { id, title: spec.name, subtitle: [], grids: [sheetGrid(spec, data, computed)] };
}

/**
 * The cells of a workbook sheet that its paper form does not print (人员经费, the signature images, a project's
 * row in 基础数据表), as the workbook lays them out: listed under the form, so that every value has its cell.
 */
function unprinted(spec: SheetSpec, data: unknown, computed: Computed, paths: Path[], id: string): Grid {
  const starts = (p: Path, q: Path) => q.every((seg, i) => p[i] === seg);
  const blocks = spec.blocks.filter((b) => b.fields?.some((f) => paths.some((p) => starts(f.path, p))));
  return { ...sheetGrid({ ...spec, name: id, blocks }, data, computed), caption: EDITOR_TEXT.otherFields };
}

/** A field of a printed form: its input by the kind of value, its help, and what it prints when left blank. */
function printedField(computed: Computed) {
  return (kind: FieldKind, path: Path): FieldContent => (kind === 'line' ? { ...fieldContent({ kind: 'text' }, path, computed), input: 'text' } : fieldContent({ kind: kind === 'level1' || kind === 'level2' ? 'text' : kind }, path, computed));
}

/** The derived 分值 of each 一级指标, by the indicator list's place: 附件3's, or a project's (projectEvaluations.<i>.indicators). */
function level1Weights(figures: DerivedFigures | undefined, parsed: ReportInput | undefined) {
  return (list: Path): Map<string, string> => {
    const of = list[0] === 'departmentEvaluation' ? figures?.department.indicators : figures?.projects[Number(list[1])]?.indicators;
    return new Map(mapList(of?.level1 ?? [], (b) => [b.name, formatScore(b.weight, parsed?.display.scoreDecimals ?? 0)]));
  };
}

/**
 * hunan-2022's sheets, in the order its profile.yaml lists the documents: 正文 (the narrative's fields, as the
 * workbook lists them), then each form document, one sheet per item for a document printed per item (`each`), each
 * laid out as its PDF prints it from the definition the document names (`form`), with the PDF's own wording (titles
 * and 附件 numbers from profile.yaml, signature lines from templates/labels.yaml). A document is told by the part of
 * the data file it fills (`each`, or else its id, as for every profile), not by its form's id: a copied set whose
 * forms are renamed, or whose documents are reordered, is drawn the same way.
 */
export function legacySheets(input: Record<string, unknown>, parsed?: ReportInput, profile: Profile = hunanProfile()): Sheet[] {
  const figures = legacyFigures(parsed);
  const computed = legacyComputed(input, parsed, figures);
  const labels = printedLabels();
  const names = { ...yearNames(input.year), unitName: String(getIn(input, ['unit', 'name']) ?? '') };
  const ctx: PrintedContext = { labels, input, computed, names, field: printedField(computed), level1Weights: level1Weights(figures, parsed) };
  const title = (doc: SetDocument) => fill(doc.title, { ...names, unit: names.unitName });
  const yearLine = [labels.text('common.yearLine', names)];
  const stamp: [string, string] = [labels.text('common.unitLineStamp'), ''];
  const formSheet = (doc: SetDocument, id: string, grids: Grid[], more: Partial<Sheet> = {}): Sheet => ({ id, attachment: doc.attachment, title: title(doc), subtitle: yearLine, captionLine: stamp, grids, ...more });
  const perItem = (doc: SetDocument, list: string): Sheet[] => {
    const items = arrayAt(input, [list]);
    const noun = plainTitle(profile.forms[doc.form!]);
    return Array.from({ length: Math.max(items.length, 1) }, (_, i) => {
      const name = String((items[i] as { name?: unknown } | undefined)?.name ?? '').trim();
      const m = documentForm(profile, doc, [list, i]);
      return formSheet(doc, `project-${i}`, [...mappedGrids(ctx, m, `${doc.id}-${i}`), signatures(ctx, `project-${i}-signatures`, false), unprinted(rowsSheet(m.form, name, [list, i]), input, computed, [[list, i, 'basicDataRow']], `project-${i}-other`)], {
        title: name ? EDITOR_TEXT.namedDoc(noun, name) : EDITOR_TEXT.itemDoc(noun, i + 1),
        each: { path: [list], index: i, count: items.length, noun },
      });
    });
  };
  // The parts of the data file whose form has cells no other form has: drawn with them. Any other form is drawn as its definition prints it.
  const byPart: Record<string, (doc: SetDocument) => Sheet> = {
    basicData: (doc) => {
      const m = documentForm(profile, doc);
      const grids = [basicDataGrid(ctx, m), basicDataNote(ctx, m), signatures(ctx, `${doc.id}-signatures`, true), basicDataOther(ctx, m)];
      return formSheet(doc, SHEETS.basicData, grids, { subtitle: [], captionLine: [labels.text('common.unitLineBasic', names), labels.text('common.moneyUnit')] });
    },
    departmentEvaluation: (doc) => {
      const m = documentForm(profile, doc);
      const other = unprinted(rowsSheet(m.form, SHEETS.department), input, computed, [['contacts', 'images'], ['contacts', 'signatureLines']], `${doc.id}-other`);
      return formSheet(doc, SHEETS.department, [...mappedGrids(ctx, m, doc.id), signatures(ctx, `${doc.id}-signatures`, false), other]);
    },
  };
  const plain = (doc: SetDocument) => formSheet(doc, doc.id, [...mappedGrids(ctx, documentForm(profile, doc), doc.id), signatures(ctx, `${doc.id}-signatures`, false)]);
  return profile.set.flatMap((doc): Sheet[] => {
    if (doc.kind === 'narrative') return [{ ...sheetOf(NARRATIVE_SHEET, input, computed, NARRATIVE_SHEET.name), title: title(doc) }];
    if (doc.each !== undefined) return perItem(doc, doc.each);
    return [(byPart[doc.id] ?? plain)(doc)];
  });
}

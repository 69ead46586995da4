/**
 * Sheets for hunan-2022 (built by the original code, not yet by the form engine), drawn from what already
 * describes it: the workbook's sheet specs (src/workbook/sheets), so the editor shows the sheets, labels and cells
 * the clerk sees in Excel, at the input paths of the zod schema (src/model/schema.ts).
 */
import { LEVEL1_NAMES, LEVEL2_NAMES, TITLES } from '../../workbook/labels.js';
import { FIXED_SHEETS, projectSheet, type Field, type Kind, type Path as SheetPath, type SheetSpec } from '../../workbook/layout.js';
import { fieldHelp, fieldPattern } from '../../model/fieldHelp.js';
import { describePath } from '../../model/paths.js';
import { SIGNATURE_WORDS, type ReportInput } from '../../model/schema.js';
import { nameCells, type FieldContent, type Grid, type ItemRow, type Placed } from './grid.js';
import { legacyComputed, type Computed } from './legacyFigures.js';
import { EDITOR_TEXT } from './messages.js';
import { getIn, type Path } from './paths.js';
import type { Sheet } from './sheet.js';

const NUMBER_KINDS: readonly Kind[] = ['money', 'percent', 'points', 'count', 'integer', 'decimals'];

const helpByPattern = new Map<string, string | undefined>();

/** What belongs in a cell, from templates/fields.yaml (as `jixiao schema` describes the field). */
function helpOf(path: Path): string | undefined {
  const key = fieldPattern(path);
  if (!helpByPattern.has(key)) helpByPattern.set(key, fieldHelp(path).description);
  return helpByPattern.get(key);
}

function fieldContent(f: Field, path: Path, computed: Computed): FieldContent {
  const base = { t: 'field' as const, path, computed: computed(path, f.kind), help: helpOf(path) };
  if (f.options) return { ...base, input: 'choice', options: f.options, closed: true };
  if (NUMBER_KINDS.includes(f.kind)) return { ...base, input: 'number' };
  if (f.kind === 'date') return { ...base, input: 'date' };
  if (f.kind === 'level1') return { ...base, input: 'choice', options: LEVEL1_NAMES };
  if (f.kind === 'level2') return { ...base, input: 'choice', options: LEVEL2_NAMES };
  if (f.kind === 'signature') return { ...base, input: 'choice', options: Object.keys(SIGNATURE_WORDS), closed: true };
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
    const firstItemCol = block.list ? Math.min(...block.list.item.map((f) => f.col)) : Infinity;
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
  const at = new Map(kept.map((r, i) => [r, i]));
  const cells = grid.cells.map((c) => ({ ...c, row: at.get(c.row)!, colSpan: c.colSpan && Math.min(c.colSpan, cols - c.col) }));
  return { ...grid, widths: grid.widths.slice(0, cols), cells, items: grid.items.map((i) => ({ ...i, row: at.get(i.row)! })) };
}

function arrayAt(data: unknown, path: SheetPath): unknown[] {
  const v = getIn(data, path);
  return Array.isArray(v) ? v : [];
}

/** The year line a sheet's first display shows ("（2022年度）") goes under the title, as printed. */
function sheetOf(spec: SheetSpec, data: unknown, computed: Computed, id: string, each?: Sheet['each']): Sheet {
  return { id, title: spec.name, subtitle: [], grids: [sheetGrid(spec, data, computed)], ...(each ? { each } : {}) };
}

/** hunan-2022's sheets, in workbook order: 正文, 基础数据表, 部门整体支出绩效目标自评表, then one per project. */
export function legacySheets(input: Record<string, unknown>, parsed?: ReportInput): Sheet[] {
  const computed = legacyComputed(input, parsed);
  const sheets = FIXED_SHEETS.map((spec: SheetSpec) => sheetOf(spec, input, computed, spec.name));
  const projects = arrayAt(input, ['projectEvaluations']);
  for (let i = 0; i < Math.max(projects.length, 1); i++) {
    const name = String((projects[i] as { name?: unknown } | undefined)?.name ?? '').trim();
    const title = EDITOR_TEXT.itemDoc(TITLES.project, i + 1);
    const sheet = sheetOf(projectSheet(i, name || title), input, computed, `project-${i}`, { path: ['projectEvaluations'], index: i, count: projects.length, noun: TITLES.project });
    sheets.push({ ...sheet, title: name ? `${title}：${name}` : title });
  }
  return sheets;
}


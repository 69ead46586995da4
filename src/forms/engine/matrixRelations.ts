/** A matrix section: its cells, the items under a row, sums of rows (children first), at-most rows, each row's relations. */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../../derive/decimal.js';
import { asDecimal } from '../cells.js';
import { rowName, type ColumnDef, type MatrixSection } from '../definition.js';
import { formFinding } from '../messages.js';
import { LEADS_ON, PART_OF } from '../patterns.js';
import { given, type FormWork, type Raw } from './formWork.js';
import type { FormCell } from './outcome.js';
import { rowRelations } from './rowRelations.js';
import { mapList } from '../../mapList.js';

export function deriveMatrix(w: FormWork, s: MatrixSection): void {
  const raw = (w.data[s.id] ?? {}) as Record<string, Raw>;
  const cells = givenCells(w, s, raw);
  w.figures.matrices[s.id] = cells;
  const sumColumns = s.columns.filter((c) => c.kind === 'money' && !c.rate);
  w.figures.items[s.id] = {};
  for (const r of s.rows) if (r.items) sumItems(w, s, r, (raw[r.id]?.items ?? []) as Raw[], cells[r.id], sumColumns);
  for (const r of sumOrder(s)) if (r.sum) sumRows(w, s, r, r.sum, cells, sumColumns);
  for (const r of s.rows) {
    if (r.atMost) atMost(w, s, r, r.atMost, cells, sumColumns);
    if (relationsOff(r, raw[r.id])) for (const c of s.columns.filter(hasRelation)) cells[r.id][c.id] = given(undefined);
    else rowRelations(w, s.columns, cells[r.id], [s.id, r.id], [s.block ?? '', r.label]);
  }
}

// One function a step, each read on its own; a finding's wording is made only for a mistake.

type Row = MatrixSection['rows'][number];
type Cells = Record<string, Record<string, FormCell>>;

/** Every cell of the section as the input gives it (or its column's default); a row of text has none. */
function givenCells(w: FormWork, s: MatrixSection, raw: Record<string, Raw>): Cells {
  const cells: Cells = {};
  for (const r of s.rows) {
    cells[r.id] = {};
    // A row of text has no value cells: its field spans them.
    if (r.text) continue;
    for (const c of s.columns) {
      if (c.rows && !c.rows.includes(r.id)) continue;
      cells[r.id][c.id] = given(raw[r.id]?.[c.id] ?? (c.default !== undefined ? w.defaultOf(c.kind, c.default) : undefined));
    }
  }
  return cells;
}

/** The items listed under row `r` (明细), and each money column of the row as their sum. */
function sumItems(w: FormWork, s: MatrixSection, r: Row, listed: Raw[], rowCells: Record<string, FormCell>, sumColumns: ColumnDef[]): void {
  const items = mapList(listed, (it) => ({ name: String(it.name ?? ''), cells: Object.fromEntries(mapList(sumColumns, (c) => [c.id, given(it[c.id])])) }));
  w.figures.items[s.id][r.id] = items;
  if (!items.length) return;
  for (const c of sumColumns) {
    const parts = mapList(items, (it) => asDecimal(it.cells[c.id].value));
    const computed = total(parts, false);
    if (computed === undefined) continue;
    const cell = rowCells[c.id];
    const before = asDecimal(cell.value);
    w.outcomes.push({ kind: 'sum', section: s.id, row: r.id, column: c.id, given: before, computed, parts: mapList(parts, (value, item) => ({ item, value })), fromLeaves: computed });
    if (w.settle(cell, computed, c)) sumFinding(w, s, r, c, before, computed, mapList(items, (it, i) => `${it.name} ${w.print(c, parts[i] ?? ZERO)}`));
  }
}

/** Row `r` as the sum of the rows it names (`sum`), for each money column. */
function sumRows(w: FormWork, s: MatrixSection, r: Row, sum: string[], cells: Cells, sumColumns: ColumnDef[]): void {
  for (const c of sumColumns) {
    const parts: (Decimal | undefined)[] = [];
    for (const id of sum) parts.push(asDecimal(cells[id][c.id]?.value));
    const computed = total(parts, r.sumNeedsAll);
    if (computed === undefined) continue;
    const cell = cells[r.id][c.id];
    const before = asDecimal(cell.value);
    const leafParts: (Decimal | undefined)[] = [];
    for (let i = 0; i < sum.length; i++) leafParts.push(sumOf(w, s, sum[i], c.id) ?? parts[i]);
    const fromLeaves = total(leafParts, r.sumNeedsAll);
    w.outcomes.push({ kind: 'sum', section: s.id, row: r.id, column: c.id, given: before, computed, parts: mapList(sum, (row, i) => ({ row, value: parts[i] })), fromLeaves });
    if (w.settle(cell, computed, c)) {
      const named = mapList(sum, (id, i) => `${s.rows.find((x) => x.id === id)!.label.replace(PART_OF, '').replace(LEADS_ON, '')} ${w.print(c, parts[i] ?? ZERO)}`);
      sumFinding(w, s, r, c, before, computed, named);
    }
  }
}

/** A row's sum worked out before (its items' or its own parts'), for the sum of the rows above it. */
function sumOf(w: FormWork, s: MatrixSection, row: string, column: string): Decimal | undefined {
  for (const o of w.outcomes) if (o.kind === 'sum' && o.section === s.id && o.row === row && o.column === column) return o.computed;
  return undefined;
}

/** The sum of `parts`; undefined when none is given, or (`needsAll`) when any is missing. */
function total(parts: (Decimal | undefined)[], needsAll: boolean | undefined): Decimal | undefined {
  return (needsAll ? parts.some((p) => p === undefined) : parts.every((p) => p === undefined)) ? undefined : parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
}

function sumFinding(w: FormWork, s: MatrixSection, r: Row, c: ColumnDef, before: Decimal | undefined, computed: Decimal, parts: string[]): void {
  w.findings.push(
    formFinding('E_FORM_SUM', { row: rowName(r.label), column: c.title, given: w.print(c, before), computed: w.print(c, computed), parts: parts.join(' + ') }, w.mistake(w.at([s.id, r.id, c.id], [s.block ?? '', r.label, c.title]), c, before, computed)),
  );
}

/** Row `r` at most the row it names (`atMost`), column by column. */
function atMost(w: FormWork, s: MatrixSection, r: Row, otherId: string, cells: Cells, sumColumns: ColumnDef[]): void {
  const other = s.rows.find((x) => x.id === otherId)!;
  for (const c of sumColumns) {
    const a = asDecimal(cells[r.id][c.id]?.value);
    const b = asDecimal(cells[other.id][c.id]?.value);
    if (a && b) w.outcomes.push({ kind: 'atMost', section: s.id, row: r.id, column: c.id, given: a, computed: b, parts: [{ row: other.id, value: b }] });
    if (a && b && a.greaterThan(b)) atMostFinding(w, s, r, other, c, a, b);
  }
}

function atMostFinding(w: FormWork, s: MatrixSection, r: Row, other: Row, c: ColumnDef, a: Decimal, b: Decimal): void {
  w.findings.push(formFinding('E_FORM_AT_MOST', { row: rowName(r.label), column: c.title, value: w.print(c, a), other: rowName(other.label), otherValue: w.print(c, b) }, w.at([s.id, r.id, c.id], [s.block ?? '', r.label, c.title])));
}

/** A column worked out from others of its row (a rate, a score). */
function hasRelation(c: ColumnDef): boolean {
  return Boolean(c.rate || c.executionScore || c.product || c.indicatorScore);
}

/** A row whose rates and scores wait for one of its `relationsIf` cells, none of them given: they stay blank. */
function relationsOff(r: MatrixSection['rows'][number], raw: Raw | undefined): boolean {
  return Boolean(r.relationsIf && !r.relationsIf.some((id) => raw?.[id] !== undefined && raw[id] !== null && raw[id] !== ''));
}

/** Rows with sums, children before the rows that add them up (三公 = 公务用车 + …, 公务用车 = 购置 + 运行维护). */
export function sumOrder(s: MatrixSection): MatrixSection['rows'] {
  const byId = new Map(mapList(s.rows, (r) => [r.id, r]));
  const out: MatrixSection['rows'] = [];
  const seen = new Set<string>();
  const visit = (r: MatrixSection['rows'][number]) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    for (const child of r.sum ?? []) visit(byId.get(child)!);
    out.push(r);
  };
  s.rows.forEach(visit);
  return out;
}

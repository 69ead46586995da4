/** The cells of one row worked out from others: rates, execution-rate scores, products, indicator scores, at-most. */
import type { Decimal } from 'decimal.js';
import { HUNDRED } from '../../derive/decimal.js';
import { executionScore } from '../../derive/scoring.js';
import { asDecimal } from '../cells.js';
import type { ColumnDef } from '../definition.js';
import { formFinding } from '../messages.js';
import type { FormWork } from './formWork.js';
import { indicatorScore } from './indicatorRows.js';
import { FIELDS, type FormCell } from './outcome.js';

/** Where a finding about a cell is said: its input path and its place on the form. */
export type CellPlace = { path: string; where: string };

/** Outcomes are kept for the cells of a matrix row or of the fields; not for others (a list's rows). */
type OutcomeAt = { section: string; row: string } | undefined;

/**
 * The row as the relations read it. A cell's place is only worked out for a finding (`placeOf`): it joins strings,
 * and most cells have none.
 */
interface RowWork {
  w: FormWork;
  columns: ColumnDef[];
  row: Record<string, FormCell>;
  names: string[];
  outcomeAt: OutcomeAt;
  placeOf: (c: ColumnDef) => () => CellPlace;
  /** A rate as the amounts give it, for the score that reads it (a mistyped rate is its own finding). */
  fromAmounts: Record<string, Decimal>;
}

/** Relations between the cells of one row: rates, execution-rate scores, products, indicator scores, at-most. */
export function rowRelations(w: FormWork, columns: ColumnDef[], row: Record<string, FormCell>, path: (string | number)[], names: string[]) {
  const outcomeAt = path.length === 2 ? { section: String(path[0]), row: String(path[1]) } : path.length === 0 ? { section: FIELDS, row: '' } : undefined;
  const r: RowWork = { w, columns, row, names, outcomeAt, placeOf: (c) => () => w.at([...path, c.id], [...names, c.title]), fromAmounts: {} };
  for (const c of columns) {
    const cell = row[c.id];
    if (!cell) continue;
    // The cell as given, before a relation settles it: the at-most outcome reads that.
    const given = c.atMost ? asDecimal(cell.value) : undefined;
    if (c.rate) rate(r, c, c.rate, cell);
    else if (c.executionScore) executionScoreOf(r, c, c.executionScore, cell);
    else if (c.product) product(r, c, c.product, cell);
    else if (c.indicatorScore) indicatorScore(w, c, row, r.placeOf(c), names, outcomeAt);
    if (c.atMost) atMost(r, c, c.atMost, cell, given);
  }
}

// Each relation is a function of its own, read on its own.

const num = (r: RowWork, id: string) => asDecimal(r.row[id]?.value);
const col = (r: RowWork, id: string) => r.columns.find((c) => c.id === id)!;

/** The two cells a relation reads, when both are given. */
function operands(r: RowWork, a: string, b: string): [Decimal, Decimal] | undefined {
  const x = num(r, a);
  const y = num(r, b);
  return x === undefined || y === undefined ? undefined : [x, y];
}

/** A rate (执行率 …): `of` ÷ `over` × 100. */
function rate(r: RowWork, c: ColumnDef, rel: NonNullable<ColumnDef['rate']>, cell: FormCell): void {
  const { w } = r;
  const before = asDecimal(cell.value);
  const read = operands(r, rel.of, rel.over);
  if (!read) return;
  const [of, over] = read;
  if (over.isZero()) {
    if (of.isZero()) cell.display ??= before === undefined ? (c.zeroOverZero ?? w.profile.defaults.zeroOverZero) : undefined;
    else w.findings.push(formFinding('W_FORM_RATE_UNDEFINED', { column: c.title, of: col(r, rel.of).title, ofValue: w.print(col(r, rel.of), of), over: col(r, rel.over).title }, r.placeOf(c)()));
    return;
  }
  const computed = of.div(over).times(HUNDRED);
  r.fromAmounts[c.id] = computed;
  if (r.outcomeAt) w.outcomes.push({ kind: 'rate', ...r.outcomeAt, column: c.id, given: before, computed, parts: [{ column: rel.of, value: of }, { column: rel.over, value: over }] });
  if (!w.settle(cell, computed, c)) return;
  const [ofColumn, overColumn] = [col(r, rel.of), col(r, rel.over)];
  w.findings.push(
    formFinding('E_FORM_RATE', { column: c.title, given: w.print(c, before), computed: w.print(c, computed), of: ofColumn.title, ofValue: w.print(ofColumn, of), over: overColumn.title, overValue: w.print(overColumn, over) }, w.mistake(r.placeOf(c)(), c, before, computed)),
  );
}

/** An execution-rate score (执行率得分), scored from the rate the amounts give. */
function executionScoreOf(r: RowWork, c: ColumnDef, rel: NonNullable<ColumnDef['executionScore']>, cell: FormCell): void {
  const { w } = r;
  const before = asDecimal(cell.value);
  const read = operands(r, rel.rate, rel.weight);
  if (!read) return;
  const [typed, weight] = read;
  // Scored from the rate the amounts give: a mistyped rate is its own finding, and the score's 应为 must be
  // the one that still holds once the rate is corrected.
  const fromAmounts = r.fromAmounts[rel.rate];
  const rate = fromAmounts ?? typed;
  const computed = executionScore(rate, weight);
  if (r.outcomeAt) {
    const rounded = w.rounded(c, computed);
    // Only a column with a `rate` of its own has a rate from the amounts (rate() above).
    const from = fromAmounts ? col(r, rel.rate).rate! : undefined;
    const rateFrom = from ? { rateFrom: [from.of, from.over] } : {};
    w.outcomes.push({ kind: 'executionScore', ...r.outcomeAt, column: c.id, given: before, computed: rounded, parts: [{ column: rel.rate, value: rate }, { column: rel.weight, value: weight }], ...rateFrom });
  }
  if (w.settle(cell, computed, c))
    w.findings.push(formFinding('E_FORM_EXEC_SCORE', { given: w.print(c, before), computed: w.print(c, computed), rate: w.print(col(r, rel.rate), rate), weight: w.print(col(r, rel.weight), weight) }, w.mistake(r.placeOf(c)(), c, before, computed)));
}

/** A product: `percent` % of `of`. */
function product(r: RowWork, c: ColumnDef, rel: NonNullable<ColumnDef['product']>, cell: FormCell): void {
  const { w } = r;
  const before = asDecimal(cell.value);
  const read = operands(r, rel.percent, rel.of);
  if (!read) return;
  const [p, of] = read;
  const computed = p.div(HUNDRED).times(of);
  if (w.settle(cell, computed, c))
    w.findings.push(
      formFinding('E_FORM_PRODUCT', { column: c.title, given: w.print(c, before), computed: w.print(c, computed), percent: w.print(col(r, rel.percent), p), of: w.print(col(r, rel.of), of) }, w.mistake(r.placeOf(c)(), c, before, computed)),
    );
}

/** A cell at most another of its row (a score at most its 分值), compared as printed: `given` as the input gave it. */
function atMost(r: RowWork, c: ColumnDef, boundColumn: string, cell: FormCell, given: Decimal | undefined): void {
  const { w } = r;
  const bound = num(r, boundColumn);
  // Read again: a relation above may have settled the cell.
  const value = asDecimal(cell.value);
  if (r.outcomeAt && bound !== undefined && given !== undefined) w.outcomes.push({ kind: 'cellAtMost', ...r.outcomeAt, column: c.id, given, computed: bound, parts: [{ column: boundColumn, value: bound }] });
  // Compared as printed: a derived score is rounded to its column's decimals, and a weight of 19.995 met in full
  // prints 20.00 beside a 分值 of 20.00.
  if (bound !== undefined && value !== undefined && w.rounded(c, value).greaterThan(w.rounded(col(r, boundColumn), bound)))
    w.findings.push(formFinding('E_FORM_SCORE_OVER', { name: r.names[r.names.length - 1], score: w.print(c, value), weight: w.print(col(r, boundColumn), bound) }, r.placeOf(c)()));
}

/** The cells of one row worked out from others: rates, execution-rate scores, products, indicator scores, at-most. */
import type { Decimal } from 'decimal.js';
import { HUNDRED, roundTo } from '../../derive/decimal.js';
import { executionScore } from '../../derive/scoring.js';
import { asDecimal, decimalsOf } from '../cells.js';
import type { ColumnDef } from '../definition.js';
import { formFinding } from '../messages.js';
import type { FormWork } from './formWork.js';
import { indicatorScore } from './indicatorRows.js';
import { FIELDS, type FormCell } from './outcome.js';

/** Relations between the cells of one row: rates, execution-rate scores, products, indicator scores, at-most. */
export function rowRelations(w: FormWork, columns: ColumnDef[], row: Record<string, FormCell>, path: (string | number)[], names: string[]) {
  const col = (id: string) => columns.find((c) => c.id === id)!;
  const num = (id: string) => asDecimal(row[id]?.value);
  // A rate as the amounts give it, for the score that reads it (a mistyped rate is its own finding).
  const fromAmounts: Record<string, Decimal> = {};
  const outcomeAt = path.length === 2 ? { section: String(path[0]), row: String(path[1]) } : path.length === 0 ? { section: FIELDS, row: '' } : undefined;
  for (const c of columns) {
    const cell = row[c.id];
    if (!cell) continue;
    const at = w.at([...path, c.id], [...names, c.title]);
    const before = asDecimal(cell.value);
    if (c.rate) {
      const of = num(c.rate.of);
      const over = num(c.rate.over);
      if (of === undefined || over === undefined) continue;
      if (over.isZero()) {
        if (of.isZero()) cell.display ??= before === undefined ? (c.zeroOverZero ?? w.profile.defaults.zeroOverZero) : undefined;
        else w.findings.push(formFinding('W_FORM_RATE_UNDEFINED', { column: c.title, of: col(c.rate.of).title, ofValue: w.print(col(c.rate.of), of), over: col(c.rate.over).title }, at));
        continue;
      }
      const computed = of.div(over).times(HUNDRED);
      fromAmounts[c.id] = computed;
      if (outcomeAt) w.outcomes.push({ kind: 'rate', ...outcomeAt, column: c.id, given: before, computed, parts: [{ column: c.rate.of, value: of }, { column: c.rate.over, value: over }] });
      if (w.settle(cell, computed, c))
        w.findings.push(
          formFinding('E_FORM_RATE', { column: c.title, given: w.print(c, before), computed: w.print(c, computed), of: col(c.rate.of).title, ofValue: w.print(col(c.rate.of), of), over: col(c.rate.over).title, overValue: w.print(col(c.rate.over), over) }, { ...at, expected: w.print(c, computed), actual: w.print(c, before) }),
        );
    } else if (c.executionScore) {
      const typed = num(c.executionScore.rate);
      const weight = num(c.executionScore.weight);
      if (typed === undefined || weight === undefined) continue;
      // Scored from the rate the amounts give: a mistyped rate is its own finding, and the score's 应为 must be
      // the one that still holds once the rate is corrected.
      const rate = fromAmounts[c.executionScore.rate] ?? typed;
      const computed = executionScore(rate, weight);
      if (outcomeAt) {
        const rounded = roundTo(computed, decimalsOf(c.kind, w.rules, c.decimals));
        w.outcomes.push({ kind: 'executionScore', ...outcomeAt, column: c.id, given: before, computed: rounded, parts: [{ column: c.executionScore.rate, value: rate }, { column: c.executionScore.weight, value: weight }] });
      }
      if (w.settle(cell, computed, c))
        w.findings.push(formFinding('E_FORM_EXEC_SCORE', { given: w.print(c, before), computed: w.print(c, computed), rate: w.print(col(c.executionScore.rate), rate), weight: w.print(col(c.executionScore.weight), weight) }, { ...at, expected: w.print(c, computed), actual: w.print(c, before) }));
    } else if (c.product) {
      const p = num(c.product.percent);
      const of = num(c.product.of);
      if (p === undefined || of === undefined) continue;
      const computed = p.div(HUNDRED).times(of);
      if (w.settle(cell, computed, c))
        w.findings.push(
          formFinding('E_FORM_PRODUCT', { column: c.title, given: w.print(c, before), computed: w.print(c, computed), percent: w.print(col(c.product.percent), p), of: w.print(col(c.product.of), of) }, { ...at, expected: w.print(c, computed), actual: w.print(c, before) }),
        );
    } else if (c.indicatorScore) {
      indicatorScore(w, c, row, at, names, outcomeAt);
    }
    const bound = c.atMost ? num(c.atMost) : undefined;
    const value = asDecimal(cell.value);
    if (outcomeAt && bound !== undefined && before !== undefined) w.outcomes.push({ kind: 'cellAtMost', ...outcomeAt, column: c.id, given: before, computed: bound, parts: [{ column: c.atMost, value: bound }] });
    // Compared as printed: a derived score is rounded to its column's decimals, and a weight of 19.995 met in full
    // prints 20.00 beside a 分值 of 20.00.
    const printed = (v: Decimal, on: ColumnDef) => roundTo(v, decimalsOf(on.kind, w.rules, on.decimals));
    if (bound !== undefined && value !== undefined && printed(value, c).greaterThan(printed(bound, col(c.atMost!))))
      w.findings.push(formFinding('E_FORM_SCORE_OVER', { name: names[names.length - 1], score: w.print(c, value), weight: w.print(col(c.atMost!), bound) }, at));
  }
}

/** An indicator row: its target and actual as measures, the 定量 score rule, and why no rule scores a row. */
import { Decimal } from 'decimal.js';
import { D } from '../../derive/decimal.js';
import { quantitativeScore } from '../../derive/scoring.js';
import { parseMeasure, type Comparator, type Measure } from '../../model/measure.js';
import { asDecimal } from '../cells.js';
import type { ColumnDef } from '../definition.js';
import { formFinding, SCORE_MISSING_REASONS } from '../messages.js';
import type { FormWork } from './formWork.js';
import type { CellPlace } from './rowRelations.js';
import type { FormCell, IndicatorRead, NoRule, RelationOutcome } from './outcome.js';

export function indicatorScore(w: FormWork, c: ColumnDef, row: Record<string, FormCell>, at: () => CellPlace, names: string[], outcomeAt?: { section: string; row: string }) {
  scoreByRule(w, c, row, at, names, outcomeAt);
  // A score left blank that no rule can give prints an empty cell, and the 总分 silently leaves it out.
  const rel = c.indicatorScore!;
  const weight = asDecimal(row[rel.weight]?.value);
  if (!weight || weight.isZero() || asDecimal(row[c.id]?.value) !== undefined) return;
  const target = measureOf(w, row, rel.target, rel.comparator, rel.unit);
  const actual = measureOf(w, row, rel.actual, undefined, rel.unit);
  const why = !target || !actual ? 'unfilled' : target.kind === 'quantity' && actual.kind !== 'quantity' ? 'actualNotNumber' : noRuleOf(target, actual);
  w.findings.push(formFinding('E_FORM_SCORE_MISSING', { name: names[names.length - 1], reason: SCORE_MISSING_REASONS[why] }, at()));
}

function scoreByRule(w: FormWork, c: ColumnDef, row: Record<string, FormCell>, at: () => CellPlace, names: string[], outcomeAt?: { section: string; row: string }) {
  const rel = c.indicatorScore!;
  const weight = asDecimal(row[rel.weight]?.value);
  const target = measureOf(w, row, rel.target, rel.comparator, rel.unit);
  const actual = measureOf(w, row, rel.actual, undefined, rel.unit);
  if (outcomeAt && weight && target && actual) w.outcomes.push(indicatorOutcome(w, c, row, outcomeAt, weight, target, actual));
  if (!weight || !target || !actual || target.kind !== 'quantity') return;
  const name = names[names.length - 1];
  if (actual.kind !== 'quantity') {
    // With the score blank too, it is one slip: E_FORM_SCORE_MISSING says why no score follows.
    if (asDecimal(row[c.id]?.value) === undefined && !weight.isZero()) return;
    w.findings.push(formFinding('W_ACTUAL_NOT_NUMBER', { name, actual: actual.text }, at()));
    return;
  }
  // Rounded as printed: a total then adds the scores the rows print (hunan-2022's 合计 adds the rows' values).
  const rule = quantitativeScore(target, actual, weight);
  const computed = rule && w.rounded(c, rule);
  const cell = row[c.id];
  const before = asDecimal(cell.value);
  // A score over its 分值 is one mistake, said by the column's atMost (E_FORM_SCORE_OVER), not also by the rule.
  const over = c.atMost === rel.weight && before !== undefined && before.greaterThan(weight);
  if (w.settle(cell, computed, c) && !over)
    w.findings.push(formFinding('W_FORM_INDICATOR_SCORE', { name, given: w.print(c, before), computed: w.print(c, computed), target: target.text, actual: actual.text }, w.mistake(at(), c, before, computed)));
}

/** What the score rule makes of a row, whether or not it can score it, with the row's reason cell. */
function indicatorOutcome(w: FormWork, c: ColumnDef, row: Record<string, FormCell>, at: { section: string; row: string }, weight: Decimal, target: Measure, actual: Measure): RelationOutcome {
  const rel = c.indicatorScore!;
  const rule = quantitativeScore(target, actual, weight);
  const computed = rule && w.rounded(c, rule);
  const indicator: IndicatorRead = { target, actual, rule, noRule: rule === undefined ? noRuleOf(target, actual) : undefined };
  if (rel.reason) indicator.reason = { column: rel.reason, blank: !String(row[rel.reason]?.value ?? '').trim() };
  if (rel.qualitativeShare !== undefined) indicator.qualitativeShare = new D(rel.qualitativeShare);
  return { kind: 'indicatorScore', ...at, column: c.id, given: asDecimal(row[c.id]?.value), computed, parts: [{ column: rel.weight, value: weight }], indicator };
}

/** An indicator value: one cell ("≥3次"), or a comparator cell (定性 → not quantitative), a number and a unit. */
function measureOf(w: FormWork, row: Record<string, FormCell>, id: string, comparatorId?: string, unitId?: string): Measure | undefined {
  const v = row[id]?.value;
  if (v === undefined) return undefined;
  const unit = unitId ? String(row[unitId]?.value ?? '') : '';
  if (comparatorId) {
    const comparator = row[comparatorId]?.value;
    if (comparator === undefined || !['≥', '≤', '=', '>', '<'].includes(String(comparator))) return undefined;
    const n = asDecimal(v) ?? asDecimal(parseMeasure(String(v)));
    return n === undefined ? undefined : { kind: 'quantity', comparator: comparator as Comparator, value: n, unit, text: `${comparator}${n.toString()}${unit}` };
  }
  const m = typeof v === 'string' ? parseMeasure(v) : v instanceof Decimal ? parseMeasure(v.toString()) : v;
  return m.kind === 'quantity' && unitId ? { ...m, unit, text: `${m.text}${unit}` } : m;
}

function noRuleOf(target: Measure, actual: Measure): NoRule {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity') return 'qualitative';
  return target.unit !== actual.unit ? 'unitsDiffer' : 'actualIsRange';
}

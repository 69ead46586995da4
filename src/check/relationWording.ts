/**
 * The wording of catalog findings whose messages take more than a relation's kind gives (hunan-2022's 自评表s):
 * per finding id, when an outcome fails and what the finding says, from the outcome and its form's places.
 * Ids not here are worded by their kind (src/check/formRelations.ts).
 */
import type { Decimal } from 'decimal.js';
import { D, percentOf, roundTo } from '../derive/index.js';
import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import type { IndicatorRead, RelationOutcome } from '../forms/derive.js';
import { moneyDiffers, partCorrections, partsText, rateDiffers, scoreDiffers, titleOf, type TypedPart } from './compare.js';
import { LABELS, type RuleId } from './messages.js';
import type { ReportValues } from './rule.js';
import type { IndicatorWorded } from './ruleNames.js';
import { mapList } from '../mapList.js';

/**
 * What one outcome of a relation says to the clerk, when it fails: the catalog finding's place, and its wording and
 * values, worked out when they are read (a trial of a correction asks only where each finding is: settle.ts).
 */
export interface Said {
  path: string;
  words(): Words;
}

/** A finding's message arguments, its values as printed and the corrections it proposes. */
export interface Words {
  args: Record<string, string>;
  values?: ReportValues;
}

/** An outcome's places as the clerk knows them, in one printed copy of its form. */
export interface OutcomeView {
  /** The input path of a cell of the outcome's section (its own cell by default). */
  cell(o: RelationOutcome, row?: string, column?: string): string;
  rowTitle(o: RelationOutcome, row: string): string;
  /** The name a list's row gives itself (its first text column: an indicator's 三级指标); none for other rows. */
  rowName(o: RelationOutcome): string | undefined;
  columnTitle(o: RelationOutcome, column: string): string;
  /** Where the outcome's list reads its rows from in the input (`projectEvaluations.0.indicators`). */
  listPlace(o: RelationOutcome): string;
  /** The typed cells the outcome's own figure rests on. */
  rests(o: RelationOutcome): string[];
  /** A sum's typed parts (subtotals left out), with their values. */
  typedParts(o: RelationOutcome): TypedPart[];
  /** The name of the item (a project) the copy is printed for; none for a form on the whole input. */
  readonly itemName?: string;
  readonly scoreDecimals: number;
}

type Wording = (o: RelationOutcome, view: OutcomeView) => Said | undefined;

const both = (o: RelationOutcome): o is RelationOutcome & { given: Decimal; computed: Decimal } => o.given !== undefined && o.computed !== undefined;

/** The corrections a money total offers in its typed parts, when it agrees with everything else (settle.ts). */
const inParts = (o: RelationOutcome & { given: Decimal; computed: Decimal }, v: OutcomeView) => partCorrections(o.given, o.computed, v.typedParts(o), formatMoney);

/** 资金总额 against its parts by income (fields), or a project's 年度资金总额 against its 其中 rows (per column). */
const total =
  (project: boolean): Wording =>
  (o, v) => {
    if (!both(o) || !moneyDiffers(o.given, o.computed)) return undefined;
    const words = () => {
      const parts = partsText(mapList(o.parts, (p) => ({ label: p.row !== undefined ? v.rowTitle(o, p.row) : titleOf(v.cell(o, '', p.column)), value: p.value })));
      const [given, computed] = [formatMoney(o.given), formatMoney(o.computed)];
      const args: Record<string, string> = project ? { project: v.itemName ?? '', column: v.columnTitle(o, o.column), given, computed, parts } : { given, computed, parts };
      return { args, values: { expected: computed, actual: given, fix: o.computed, rests: v.rests(o), inParts: inParts(o, v), total: true } };
    };
    return { path: v.cell(o), words };
  };

/**
 * A sum the narrative states (支出决算数 = 基本支出 + 项目支出 …) against its parts as the narrative prints them. A total
 * that matches its parts' own parts is right: the slipped part is reported on its own.
 */
const narrativeTotal: Wording = (o, v) => {
  if (!both(o) || !moneyDiffers(o.given, o.computed) || o.given.equals(o.fromLeaves ?? o.computed)) return undefined;
  const own = v.cell(o);
  const words = () => {
    const parts = partsText(mapList(o.parts, (p) => ({ label: titleOf(v.cell(o, '', p.column)), value: p.value })));
    const [given, computed] = [formatMoney(o.given), formatMoney(o.computed)];
    return { args: { total: titleOf(own), given, computed, parts }, values: { expected: computed, actual: given, fix: o.computed, rests: v.rests(o), inParts: inParts(o, v), total: true } };
  };
  return { path: own, words };
};

/** The input group cells share ("departmentEvaluation.funds.byExpense" of its basic and project); none for no cells. */
function sharedPlace(cells: readonly string[]): string | undefined {
  if (!cells.length) return undefined;
  const [first, ...others] = mapList(cells, (c) => c.split('.'));
  const n = first.findIndex((seg, i) => others.some((o) => o[i] !== seg));
  return first.slice(0, n < 0 ? first.length : n).join('.') || undefined;
}

/**
 * A field that adds up parts of its own (按支出性质分) against the field it should equal (资金总额), at the input
 * group its parts are typed in: no input holds the sum itself.
 */
const splitDiffers: Wording = (o, v) => {
  if (!both(o) || !moneyDiffers(o.given, o.computed)) return undefined;
  const own = o.parts.slice(1);
  const cells = mapList(own, (p) => v.cell(o, '', p.column));
  const words = () => {
    const parts = partsText(mapList(own, (p, i) => ({ label: titleOf(cells[i]), value: p.value })));
    const [total, computed] = [formatMoney(o.computed), formatMoney(o.given)];
    return { args: { total, computed, parts }, values: { expected: total, actual: computed } };
  };
  return { path: sharedPlace(cells) ?? v.cell(o), words };
};

/** What a rate or score line is, for the clerk: the department's, or a project row's. */
const subject = (o: RelationOutcome, v: OutcomeView, department: string, project: (name: string, row: string) => string) =>
  v.itemName === undefined ? department : project(v.itemName, v.rowTitle(o, o.row));

const executionRate: Wording = (o, v) => {
  if (!both(o) || !rateDiffers(o.given, o.computed)) return undefined;
  const words = () => {
    const [given, computed] = [formatPercent(o.given), formatPercent(o.computed)];
    const [executed, budget] = mapList(o.parts, (p) => formatMoney(p.value));
    const args = { what: subject(o, v, LABELS.departmentRate, LABELS.projectRate), given, computed, executed, budget };
    return { args, values: { expected: computed, actual: given, fix: o.computed, rests: v.rests(o) } };
  };
  return { path: v.cell(o), words };
};

const executionScore: Wording = (o, v) => {
  const d = v.scoreDecimals;
  if (!both(o) || !scoreDiffers(o.given, o.computed, d)) return undefined;
  const words = () => {
    const [rate, weight] = mapList(o.parts, (p) => p.value);
    const [given, computed] = [formatScore(o.given, d), formatScore(o.computed, d)];
    const args = { what: subject(o, v, LABELS.departmentScore, LABELS.projectScore), given, computed, weight: formatScore(weight, d), rate: formatPercent(rate) };
    return { args, values: { expected: computed, actual: given, rests: v.rests(o) } };
  };
  return { path: v.cell(o), words };
};

/** The form, for the clerk: the department's, or a project's. */
const formName = (v: OutcomeView) => (v.itemName === undefined ? LABELS.departmentForm : LABELS.projectForm(v.itemName));

/**
 * Weights said exactly: at the score decimals, or finer where one of `values` has more (rounded, a stated 100.5
 * would read "101", and 99.5 against 100 "100，应为 100").
 */
function exactly(v: OutcomeView, values: readonly (Decimal | undefined)[]): (d: Decimal | undefined) => string {
  const places = Math.max(v.scoreDecimals, ...mapList(values, (d) => d?.decimalPlaces() ?? 0));
  return (d) => formatScore(d ?? new D(0), places);
}

/** A list's stated total (合计 分值) against the sum of its rows, exactly, and said so. */
const statedTotal: Wording = (o, v) => {
  if (!both(o) || o.given.equals(o.computed)) return undefined;
  const words = () => {
    const fmt = exactly(v, [o.given, o.computed]);
    const [given, computed] = [fmt(o.given), fmt(o.computed)];
    return { args: { form: formName(v), given, computed }, values: { expected: computed, actual: given } };
  };
  return { path: v.cell(o), words };
};

/**
 * A list's stated total (合计 得分) against the sum of its rows as printed, each rounded once. It rests on the rows:
 * when one of them is itself in error, its finding is the one to follow.
 */
const printedTotal: Wording = (o, v) => {
  const d = v.scoreDecimals;
  if (!scoreDiffers(o.given, o.printed, d)) return undefined;
  const words = () => {
    const [given, computed] = [formatScore(o.given, d), formatScore(o.printed, d)];
    return { args: { form: formName(v), given, computed }, values: { expected: computed, actual: given, rests: v.rests(o) } };
  };
  return { path: v.cell(o), words };
};

/** A score above its 分值: an indicator's, or an execution-rate line's. Compared as given, not as printed. */
const scoreOver: Wording = (o, v) => {
  if (!both(o) || !o.given.greaterThan(o.computed)) return undefined;
  const words = () => {
    const d = v.scoreDecimals;
    const name = v.rowName(o);
    const what = name !== undefined ? LABELS.indicator(formName(v), name) : subject(o, v, LABELS.departmentRate, LABELS.projectRate);
    const [score, weight] = [formatScore(o.given, d), formatScore(o.computed, d)];
    return { args: { what, score, weight }, values: { expected: `≤ ${weight}`, actual: score } };
  };
  return { path: v.cell(o), words };
};

/** A list's total and the cells added to it (the indicators' 分值 and the execution-rate line's) against the value they must make. */
const madeTotal: Wording = (o, v) => {
  if (!both(o) || o.given.equals(o.computed)) return undefined;
  const words = () => {
    const [own, ...others] = o.parts;
    const added = others.reduce((a, p) => a.plus(p.value ?? 0), new D(0));
    const fmt = exactly(v, [own.value, added, o.given]);
    const total = fmt(o.given);
    return { args: { form: formName(v), indicators: fmt(own.value), execution: fmt(added), total }, values: { expected: o.computed.toString(), actual: total } };
  };
  return { path: v.listPlace(o), words };
};

/** An indicator row's score against the 定量 rule, and its reason cell. */
type Scored = RelationOutcome & { indicator: IndicatorRead };
const scored = (o: RelationOutcome): o is Scored => o.indicator !== undefined;
const weightOf = (o: RelationOutcome) => o.parts[0].value!;
/** Met: the rule gives the full 分值 (before rounding). */
const metTarget = (o: Scored) => o.indicator.rule !== undefined && o.indicator.rule.greaterThanOrEqualTo(weightOf(o));
const reasonBlank = (o: Scored) => o.indicator.reason?.blank ?? true;
/** A met target scored below full marks (as printed): the evaluator's judgement, which needs a reason. */
const metBelowFull = (o: Scored, d: number) => metTarget(o) && o.given !== undefined && o.computed !== undefined && roundTo(o.given, d).lessThan(o.computed);

/**
 * A given score that contradicts the 定量 rule (domain.md §7.1): met → full 分值; not met → in proportion
 * (≥/=: B ÷ A, ≤: A ÷ B). A met target scored below full is W_MET_NOT_FULL's (with a reason, it is left alone).
 */
const quantScore: Wording = (o, v) => {
  const d = v.scoreDecimals;
  if (!scored(o) || o.indicator.rule === undefined || !scoreDiffers(o.given, o.computed, d) || metBelowFull(o, d)) return undefined;
  const words = () => {
    const { target, actual } = o.indicator;
    const reverse = target.kind === 'quantity' && (target.comparator === '≤' || target.comparator === '<');
    const rule = metTarget(o) ? LABELS.met : reverse ? LABELS.shortfallReverse : LABELS.shortfallForward;
    const [given, computed] = [formatScore(o.given, d), formatScore(o.computed, d)];
    const args = { indicator: v.rowName(o) ?? '', target: target.text, actual: actual.text, rule, weight: formatScore(weightOf(o), d), given, computed };
    return { args, values: { expected: computed, actual: given } };
  };
  return { path: v.cell(o), words };
};

/** A met 定量 target scored below full marks without a word of why (a deduction for an over-easy target needs one). */
const metNotFull: Wording = (o, v) => {
  const d = v.scoreDecimals;
  if (!scored(o) || !metBelowFull(o, d) || !reasonBlank(o)) return undefined;
  const words = () => {
    const [given, weight] = [formatScore(o.given, d), formatScore(weightOf(o), d)];
    const args = { indicator: v.rowName(o) ?? '', target: o.indicator.target.text, actual: o.indicator.actual.text, weight, given };
    return { args, values: { expected: weight, actual: given } };
  };
  return { path: v.cell(o), words };
};

/** A row whose score is neither given nor computable by the 定量 rule would print blank; the engine says why. */
const scoreMissing: Wording = (o, v) => {
  if (!scored(o) || o.given !== undefined || o.computed !== undefined || !o.indicator.noRule) return undefined;
  const noRule = o.indicator.noRule;
  return { path: v.cell(o), words: () => ({ args: { what: LABELS.indicator(formName(v), v.rowName(o) ?? ''), reason: LABELS[noRule] } }) };
};

/** A 定量 target not met needs a 偏差原因分析及改进措施 entry (domain.md §8.6), in the declared reason column. */
const shortfallReason: Wording = (o, v) => {
  if (!scored(o) || !o.indicator.reason?.blank || o.indicator.rule === undefined || metTarget(o)) return undefined;
  const { target, actual } = o.indicator;
  return { path: v.cell(o, o.row, o.indicator.reason.column), words: () => ({ args: { indicator: v.rowName(o) ?? '', target: target.text, actual: actual.text } }) };
};

/**
 * A 定性 score (no rule scores the row) under the declared share of its 分值 (0.8: domain.md §7.1's bands) means
 * "not fully achieved" and needs a reason.
 */
const qualitativeReason: Wording = (o, v) => {
  const { indicator } = o;
  const weight = o.parts[0]?.value;
  if (!indicator?.reason?.blank || !indicator.qualitativeShare || indicator.rule !== undefined || o.given === undefined || !weight || weight.isZero()) return undefined;
  if (o.given.greaterThanOrEqualTo(weight.times(indicator.qualitativeShare))) return undefined;
  const [d, given] = [v.scoreDecimals, o.given];
  const words = () => ({ args: { indicator: v.rowName(o) ?? '', score: formatScore(given, d), weight: formatScore(weight, d), share: formatPercent(percentOf(given, weight)) } });
  return { path: v.cell(o, o.row, indicator.reason.column), words };
};

/** A 一级指标's weight against the standard split its form's 一级 call for (domain.md §4, §7.1). */
const groupWeight: Wording = (o, v) => {
  if (!o.group || !both(o) || o.given.equals(o.computed)) return undefined;
  const group = o.group;
  const words = () => {
    const [weight, standard] = [formatScore(o.given, v.scoreDecimals), o.computed.toString()];
    return { args: { form: formName(v), level1: group.name, weight, standard, layout: group.split, usual: group.usual ?? '' }, values: { expected: standard, actual: weight } };
  };
  return { path: v.cell(o), words };
};

/** The ids an indicator row's outcome and a 一级指标's weight are said by: one wording each, as ruleNames.ts lists them. */
const INDICATOR_WORDINGS: Readonly<Record<IndicatorWorded, Wording>> = {
  E_QUANT_SCORE: quantScore,
  W_MET_NOT_FULL: metNotFull,
  E_SCORE_MISSING: scoreMissing,
  W_SHORTFALL_REASON: shortfallReason,
  W_QUALITATIVE_REASON: qualitativeReason,
  W_LEVEL1_WEIGHTS: groupWeight,
};

export const WORDINGS: Partial<Record<RuleId, Wording>> = {
  E_FUNDS_TOTAL: total(false),
  E_NARRATIVE_TOTAL: narrativeTotal,
  W_EXPENSE_SPLIT: splitDiffers,
  E_PROJECT_FUNDS_TOTAL: total(true),
  E_EXECUTION_RATE: executionRate,
  E_EXECUTION_SCORE: executionScore,
  E_WEIGHT_TOTAL: madeTotal,
  E_WEIGHT_SUM: statedTotal,
  E_SCORE_SUM: printedTotal,
  E_SCORE_OVER_WEIGHT: scoreOver,
  ...INDICATOR_WORDINGS,
};

/** The wording of a kind of relation no id words (the engine's other kinds are worded in formRelations.ts). */
export const KIND_WORDINGS: Partial<Record<RelationOutcome['kind'], Wording>> = { executionScore, total: statedTotal, cellAtMost: scoreOver };

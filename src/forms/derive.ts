/**
 * The relation engine: every relation a form declares (sums of rows, at-most, rates, execution-rate scores,
 * products, indicator scores, totals, group weights) derives the cells the input left blank and checks the cells it
 * gave, with decimal.js. A given cell is printed as given; a blank one prints the derived value.
 */
import { Decimal } from 'decimal.js';
import type { Finding } from '../diagnostics/finding.js';
import { D, HUNDRED, roundTo, ZERO } from '../derive/decimal.js';
import { executionScore, quantitativeScore } from '../derive/scoring.js';
import { parseMeasure, type Comparator, type Measure } from '../model/measure.js';
import { standards, type Level1Block } from '../model/standards.js';
import { asDecimal, decimalsOf, isNumberKind, printValue, samePrinted, type PrintRules, type Value } from './cells.js';
import type { ColumnDef, FormDef, ListSection, MatrixSection, Profile } from './definition.js';
import { CODE_CHECKS } from './checks.js';
import { FORM_INPUT_MESSAGES as FM, formFinding } from './messages.js';
import { STATED_TOTALS } from './mapInput.js';
import { PART_OF } from './patterns.js';

/** A cell as the form prints it. */
export interface FormCell {
  value?: Value;
  /** Printed instead of the value (0 ÷ 0 as "—" or "0.00%"). */
  display?: string;
  derived: boolean;
}

export interface FormFigures {
  fields: Record<string, FormCell>;
  matrices: Record<string, Record<string, Record<string, FormCell>>>;
  /** The repeatable rows under a matrix row: section → row → items (name and money cells). */
  items: Record<string, Record<string, { name: string; cells: Record<string, FormCell> }[]>>;
  lists: Record<string, Record<string, FormCell>[]>;
  totals: Record<string, Record<string, FormCell>>;
  /** 等级 of the form's total score, when it has one. */
  grade?: string;
}

/** Where a form instance sits: its input path and its name for people. */
export interface FormPlace {
  path: string;
  title: string;
  /** Fills the places of a label ("{{year}}年预算数") as the form prints it. */
  fill?: (text: string) => string;
}

/**
 * One relation as the engine worked it out for one cell, whatever the outcome: a profile that keeps its own finding
 * catalog (hunan-2022's `findings`) judges these and words its findings; the engine's own findings come from the same work.
 */
export interface RelationOutcome {
  kind: 'sum' | 'atMost' | 'rate' | 'executionScore' | 'total' | 'makes' | 'cellAtMost' | 'indicatorScore' | 'groupWeight' | 'sameAs';
  /** The matrix, or `fields` for a relation between the form's fields (then `row` is empty). */
  section: string;
  row: string;
  column: string;
  /** The cell as the input gave it (undefined when the engine filled it in). */
  given?: Decimal;
  /**
   * What the relation makes of it: the sum of the parts, the rate, (atMost) the bound, the execution-rate score
   * rounded to its column's decimals, or (makes) the fixed value; a makes' `given` is its parts' sum.
   */
  computed?: Decimal;
  /**
   * sum: the rows (or fields) added, or the items, by index; atMost: the bounding row; rate: the two columns;
   * executionScore: the rate (from the amounts where they give one, else as printed) and the weight; total: the
   * list's rows (by index), each as the row holds it; makes: the column's total, then each other cell by its `ref`;
   * cellAtMost: the column the cell may not exceed; indicatorScore: the weight; groupWeight: the group's rows (by index);
   * sameAs (`given` the field, `computed` the field it should equal): that field, then the field's own `sum` parts.
   */
  parts: { row?: string; item?: number; column?: string; ref?: string; value?: Decimal }[];
  /** sum: the sum with each part that is itself a sum taken from its own parts (a slipped subtotal does not count). */
  fromLeaves?: Decimal;
  /** total: the sum of the rows as they print (each rounded to its column's decimals first). */
  printed?: Decimal;
  /** indicatorScore: the row's indicator as the 定量 rule reads it (`given` the typed score, `computed` the rule's, rounded). */
  indicator?: IndicatorRead;
  /** groupWeight (`given` the group's weight, `computed` its standard): the group and the split it is held to. */
  group?: { name: string; split: string };
}

/** One indicator row as the score rule read it. */
export interface IndicatorRead {
  target: Measure;
  actual: Measure;
  /** The rule's score before rounding; none where the rule cannot score the row (see `noRule`). */
  rule?: Decimal;
  /** Why no rule scores the row: a 定性 value, units that differ, or an actual that is not one number. */
  noRule?: NoRule;
  /** The declared reason column, and whether the row left it blank. */
  reason?: { column: string; blank: boolean };
  /** The declared share of the 分值 under which a 定性 score needs a reason. */
  qualitativeShare?: Decimal;
}

export type NoRule = 'qualitative' | 'unitsDiffer' | 'actualIsRange';

function noRuleOf(target: Measure, actual: Measure): NoRule {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity') return 'qualitative';
  return target.unit !== actual.unit ? 'unitsDiffer' : 'actualIsRange';
}

type Raw = Record<string, unknown>;
/** The `section` of an outcome between the form's fields. */
export const FIELDS = 'fields';
const given = (v: unknown): FormCell => ({ value: v as Value | undefined, derived: false });

export class FormEngine {
  readonly findings: Finding[] = [];
  readonly outcomes: RelationOutcome[] = [];
  readonly figures: FormFigures = { fields: {}, matrices: {}, items: {}, lists: {}, totals: {} };

  constructor(
    private readonly profile: Profile,
    private readonly form: FormDef,
    private readonly data: Raw,
    private readonly place: FormPlace,
  ) {}

  private get rules(): PrintRules {
    return this.profile.defaults;
  }

  run(): this {
    this.derive();
    const fill = this.place.fill;
    if (fill) for (const f of this.findings) Object.assign(f, { where: fill(f.where), message: fill(f.message) });
    return this;
  }

  private derive(): void {
    for (const [id, f] of Object.entries(this.form.fields)) this.figures.fields[id] = given(this.data[id] ?? (f.default !== undefined ? this.defaultOf(f.kind, f.default) : undefined));
    for (const s of this.form.sections) if (s.kind === 'matrix') this.matrix(s);
    for (const s of this.form.sections) if (s.kind === 'list') this.list(s);
    this.fieldRelations();
    for (const check of this.form.checks) this.findings.push(...this.codeCheck(check.rule, check.args));
  }

  /** Sums of fields and two fields that should agree (the two splits of one total). */
  private fieldRelations(): void {
    const fields = this.form.fields;
    for (const [id, f] of Object.entries(fields)) {
      const col = { ...f, id, title: f.title, share: 1, group: false } as unknown as ColumnDef;
      if (f.sum) {
        const parts = f.sum.map((x) => asDecimal(this.figures.fields[x]?.value));
        if (parts.every((p) => p === undefined)) continue;
        const computed = parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
        const cell = this.figures.fields[id];
        const before = asDecimal(cell.value);
        this.outcomes.push({ kind: 'sum', section: FIELDS, row: '', column: id, given: before, computed, parts: f.sum.map((column, i) => ({ column, value: parts[i] })), fromLeaves: computed });
        if (this.settle(cell, computed, col)) {
          const text = f.sum.map((x, i) => `${fields[x].title} ${this.print(col, parts[i] ?? ZERO)}`).join(' + ');
          this.findings.push(formFinding('E_FORM_SUM', { row: f.title, column: '', given: this.print(col, before), computed: this.print(col, computed), parts: text }, { ...this.at([id], [f.title]), expected: this.print(col, computed), actual: this.print(col, before) }));
        }
      }
    }
    // Rates and execution-rate scores between fields, worked out after the sums they read (资金执行率 = 执行数 ÷ 资金总额).
    const related = Object.entries(fields).filter(([, f]) => f.rate || f.executionScore);
    if (related.length) {
      const columns = Object.entries(fields).map(([id, f]) => ({ ...f, id, share: 1, group: false }) as unknown as ColumnDef);
      const order = new Set(related.map(([id]) => id));
      this.rowRelations(columns.filter((c) => order.has(c.id)).concat(columns.filter((c) => !order.has(c.id))), this.figures.fields, [], []);
    }
    for (const [id, f] of Object.entries(fields)) {
      if (!f.sameAs) continue;
      const a = asDecimal(this.figures.fields[id]?.value);
      const b = asDecimal(this.figures.fields[f.sameAs]?.value);
      const col = { kind: f.kind } as ColumnDef;
      const parts = (f.sum ?? []).map((column) => ({ column, value: asDecimal(this.figures.fields[column]?.value) }));
      this.outcomes.push({ kind: 'sameAs', section: FIELDS, row: '', column: id, given: a, computed: b, parts: [{ column: f.sameAs, value: b }, ...parts] });
      if (a && b && !samePrinted(a, b, decimalsOf(f.kind, this.rules)))
        this.findings.push(formFinding('W_FORM_SPLITS_DIFFER', { field: f.title, value: this.print(col, a), other: fields[f.sameAs].title, otherValue: this.print(col, b) }, this.at([id], [f.title])));
    }
  }

  private codeCheck(rule: string, args: Record<string, string | number>): Finding[] {
    const text = (field: string) => String(this.figures.fields[field]?.value ?? '').trim();
    const at = (ref: string) => this.at(ref.split('.'), [this.form.fields[ref]?.title ?? ref]);
    return CODE_CHECKS[rule]({ fact: (ref) => this.resolve(ref), text, at, args });
  }

  /** A default as a value; a text default may name the input's common fields ("{{unit}}": the unit itself). */
  private defaultOf(kind: ColumnDef['kind'], v: string | number): Value {
    if (isNumberKind(kind)) return new D(String(v));
    return this.place.fill ? this.place.fill(String(v)) : String(v);
  }

  private at(parts: (string | number)[], names: string[]) {
    return { path: [this.place.path, ...parts].join('.'), where: [this.place.title, ...names.filter(Boolean)].join(' › ') };
  }

  private print(c: ColumnDef, v: Decimal | undefined): string {
    return printValue(c.kind, v, this.rules, c.decimals);
  }

  /** Compares a given cell with its derived value, or fills it in; returns whether they disagree. */
  private settle(cell: FormCell, computed: Decimal | undefined, c: ColumnDef): boolean {
    if (computed === undefined) return false;
    const have = asDecimal(cell.value);
    if (have === undefined) {
      cell.value = computed;
      cell.derived = true;
      return false;
    }
    return !samePrinted(have, computed, decimalsOf(c.kind, this.rules, c.decimals));
  }

  private matrix(s: MatrixSection): void {
    const raw = (this.data[s.id] ?? {}) as Record<string, Raw>;
    const cells: Record<string, Record<string, FormCell>> = {};
    const has = (c: ColumnDef, row: string) => !c.rows || c.rows.includes(row);
    for (const r of s.rows) {
      cells[r.id] = {};
      // A row of text has no value cells: its field spans them.
      if (r.text) continue;
      for (const c of s.columns) if (has(c, r.id)) cells[r.id][c.id] = given(raw[r.id]?.[c.id] ?? (c.default !== undefined ? this.defaultOf(c.kind, c.default) : undefined));
    }
    this.figures.matrices[s.id] = cells;
    const sumColumns = s.columns.filter((c) => c.kind === 'money' && !c.rate);
    this.figures.items[s.id] = {};
    for (const r of s.rows.filter((x) => x.items)) {
      const items = ((raw[r.id]?.items ?? []) as Raw[]).map((it) => ({ name: String(it.name ?? ''), cells: Object.fromEntries(sumColumns.map((c) => [c.id, given(it[c.id])])) }));
      this.figures.items[s.id][r.id] = items;
      if (!items.length) continue;
      for (const c of sumColumns) {
        const parts = items.map((it) => asDecimal(it.cells[c.id].value));
        if (parts.every((p) => p === undefined)) continue;
        const computed = parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
        const cell = cells[r.id][c.id];
        const before = asDecimal(cell.value);
        this.outcomes.push({ kind: 'sum', section: s.id, row: r.id, column: c.id, given: before, computed, parts: parts.map((value, item) => ({ item, value })), fromLeaves: computed });
        if (this.settle(cell, computed, c)) {
          const text = items.map((it, i) => `${it.name} ${this.print(c, parts[i] ?? ZERO)}`).join(' + ');
          this.findings.push(
            formFinding('E_FORM_SUM', { row: r.label, column: c.title, given: this.print(c, before), computed: this.print(c, computed), parts: text }, { ...this.at([s.id, r.id, c.id], [s.block ?? '', r.label, c.title]), expected: this.print(c, computed), actual: this.print(c, before) }),
          );
        }
      }
    }
    const sumOf = (row: string, column: string) => this.outcomes.find((o) => o.kind === 'sum' && o.section === s.id && o.row === row && o.column === column)?.computed;
    const total = (parts: (Decimal | undefined)[], needsAll: boolean) =>
      (needsAll ? parts.some((p) => p === undefined) : parts.every((p) => p === undefined)) ? undefined : parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
    for (const r of sumOrder(s)) {
      if (r.sum) {
        for (const c of sumColumns) {
          const parts = r.sum.map((id) => asDecimal(cells[id][c.id]?.value));
          const computed = total(parts, r.sumNeedsAll);
          if (computed === undefined) continue;
          const cell = cells[r.id][c.id];
          const before = asDecimal(cell.value);
          const fromLeaves = total(r.sum.map((id, i) => sumOf(id, c.id) ?? parts[i]), r.sumNeedsAll);
          this.outcomes.push({ kind: 'sum', section: s.id, row: r.id, column: c.id, given: before, computed, parts: r.sum.map((row, i) => ({ row, value: parts[i] })), fromLeaves });
          if (this.settle(cell, computed, c)) {
            const text = r.sum.map((id, i) => `${s.rows.find((x) => x.id === id)!.label.replace(PART_OF, '')} ${this.print(c, parts[i] ?? ZERO)}`).join(' + ');
            this.findings.push(
              formFinding('E_FORM_SUM', { row: r.label, column: c.title, given: this.print(c, before), computed: this.print(c, computed), parts: text }, {
                ...this.at([s.id, r.id, c.id], [s.block ?? '', r.label, c.title]),
                expected: this.print(c, computed),
                actual: this.print(c, before),
              }),
            );
          }
        }
      }
    }
    for (const r of s.rows) {
      if (r.atMost) {
        const other = s.rows.find((x) => x.id === r.atMost)!;
        for (const c of sumColumns) {
          const a = asDecimal(cells[r.id][c.id]?.value);
          const b = asDecimal(cells[other.id][c.id]?.value);
          if (a && b) this.outcomes.push({ kind: 'atMost', section: s.id, row: r.id, column: c.id, given: a, computed: b, parts: [{ row: other.id, value: b }] });
          if (a && b && a.greaterThan(b))
            this.findings.push(formFinding('E_FORM_AT_MOST', { row: r.label, column: c.title, value: this.print(c, a), other: other.label, otherValue: this.print(c, b) }, this.at([s.id, r.id, c.id], [s.block ?? '', r.label, c.title])));
        }
      }
      if (relationsOff(r, raw[r.id])) for (const c of s.columns.filter(hasRelation)) cells[r.id][c.id] = given(undefined);
      else this.rowRelations(s.columns, cells[r.id], [s.id, r.id], [s.block ?? '', r.label]);
    }
  }

  /** Relations between the cells of one row: rates, execution-rate scores, products, indicator scores, at-most. */
  private rowRelations(columns: ColumnDef[], row: Record<string, FormCell>, path: (string | number)[], names: string[]) {
    const col = (id: string) => columns.find((c) => c.id === id)!;
    const num = (id: string) => asDecimal(row[id]?.value);
    // A rate as the amounts give it, for the score that reads it (a mistyped rate is its own finding).
    const fromAmounts: Record<string, Decimal> = {};
    const outcomeAt = path.length === 2 ? { section: String(path[0]), row: String(path[1]) } : path.length === 0 ? { section: FIELDS, row: '' } : undefined;
    for (const c of columns) {
      const cell = row[c.id];
      if (!cell) continue;
      const at = this.at([...path, c.id], [...names, c.title]);
      const before = asDecimal(cell.value);
      if (c.rate) {
        const of = num(c.rate.of);
        const over = num(c.rate.over);
        if (of === undefined || over === undefined) continue;
        if (over.isZero()) {
          if (of.isZero()) cell.display ??= before === undefined ? (c.zeroOverZero ?? this.profile.defaults.zeroOverZero) : undefined;
          else this.findings.push(formFinding('W_FORM_RATE_UNDEFINED', { column: c.title, of: col(c.rate.of).title, ofValue: this.print(col(c.rate.of), of), over: col(c.rate.over).title }, at));
          continue;
        }
        const computed = of.div(over).times(HUNDRED);
        fromAmounts[c.id] = computed;
        if (outcomeAt) this.outcomes.push({ kind: 'rate', ...outcomeAt, column: c.id, given: before, computed, parts: [{ column: c.rate.of, value: of }, { column: c.rate.over, value: over }] });
        if (this.settle(cell, computed, c))
          this.findings.push(
            formFinding('E_FORM_RATE', { column: c.title, given: this.print(c, before), computed: this.print(c, computed), of: col(c.rate.of).title, ofValue: this.print(col(c.rate.of), of), over: col(c.rate.over).title, overValue: this.print(col(c.rate.over), over) }, { ...at, expected: this.print(c, computed), actual: this.print(c, before) }),
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
          const rounded = roundTo(computed, decimalsOf(c.kind, this.rules, c.decimals));
          this.outcomes.push({ kind: 'executionScore', ...outcomeAt, column: c.id, given: before, computed: rounded, parts: [{ column: c.executionScore.rate, value: rate }, { column: c.executionScore.weight, value: weight }] });
        }
        if (this.settle(cell, computed, c))
          this.findings.push(formFinding('E_FORM_EXEC_SCORE', { given: this.print(c, before), computed: this.print(c, computed), rate: this.print(col(c.executionScore.rate), rate), weight: this.print(col(c.executionScore.weight), weight) }, { ...at, expected: this.print(c, computed), actual: this.print(c, before) }));
      } else if (c.product) {
        const p = num(c.product.percent);
        const of = num(c.product.of);
        if (p === undefined || of === undefined) continue;
        const computed = p.div(HUNDRED).times(of);
        if (this.settle(cell, computed, c))
          this.findings.push(
            formFinding('E_FORM_PRODUCT', { column: c.title, given: this.print(c, before), computed: this.print(c, computed), percent: this.print(col(c.product.percent), p), of: this.print(col(c.product.of), of) }, { ...at, expected: this.print(c, computed), actual: this.print(c, before) }),
          );
      } else if (c.indicatorScore) {
        this.indicatorScore(c, row, at, names, outcomeAt);
      }
      const bound = c.atMost ? num(c.atMost) : undefined;
      const value = asDecimal(cell.value);
      if (outcomeAt && bound !== undefined && before !== undefined) this.outcomes.push({ kind: 'cellAtMost', ...outcomeAt, column: c.id, given: before, computed: bound, parts: [{ column: c.atMost, value: bound }] });
      // Compared as printed: a derived score is rounded to its column's decimals, and a weight of 19.995 met in full
      // prints 20.00 beside a 分值 of 20.00.
      const printed = (v: Decimal, on: ColumnDef) => roundTo(v, decimalsOf(on.kind, this.rules, on.decimals));
      if (bound !== undefined && value !== undefined && printed(value, c).greaterThan(printed(bound, col(c.atMost!))))
        this.findings.push(formFinding('E_FORM_SCORE_OVER', { name: names[names.length - 1], score: this.print(c, value), weight: this.print(col(c.atMost!), bound) }, at));
    }
  }

  private indicatorScore(c: ColumnDef, row: Record<string, FormCell>, at: { path: string; where: string }, names: string[], outcomeAt?: { section: string; row: string }) {
    const rel = c.indicatorScore!;
    const weight = asDecimal(row[rel.weight]?.value);
    const target = this.measureOf(row, rel.target, rel.comparator, rel.unit);
    const actual = this.measureOf(row, rel.actual, undefined, rel.unit);
    if (outcomeAt && weight && target && actual) this.outcomes.push(this.indicatorOutcome(c, row, outcomeAt, weight, target, actual));
    if (!weight || !target || !actual || target.kind !== 'quantity') return;
    const name = names[names.length - 1];
    if (actual.kind !== 'quantity') {
      this.findings.push(formFinding('W_ACTUAL_NOT_NUMBER', { name, actual: actual.text }, at));
      return;
    }
    // Rounded as printed: a total then adds the scores the rows print (hunan-2022's 合计 adds the rows' values).
    const rule = quantitativeScore(target, actual, weight);
    const computed = rule && roundTo(rule, decimalsOf(c.kind, this.rules, c.decimals));
    const cell = row[c.id];
    const before = asDecimal(cell.value);
    if (this.settle(cell, computed, c))
      this.findings.push(formFinding('W_FORM_INDICATOR_SCORE', { name, given: this.print(c, before), computed: this.print(c, computed), target: target.text, actual: actual.text }, { ...at, expected: this.print(c, computed), actual: this.print(c, before) }));
  }

  /** What the score rule makes of a row, whether or not it can score it, with the row's reason cell. */
  private indicatorOutcome(c: ColumnDef, row: Record<string, FormCell>, at: { section: string; row: string }, weight: Decimal, target: Measure, actual: Measure): RelationOutcome {
    const rel = c.indicatorScore!;
    const rule = quantitativeScore(target, actual, weight);
    const computed = rule && roundTo(rule, decimalsOf(c.kind, this.rules, c.decimals));
    const indicator: IndicatorRead = { target, actual, rule, noRule: rule === undefined ? noRuleOf(target, actual) : undefined };
    if (rel.reason) indicator.reason = { column: rel.reason, blank: !String(row[rel.reason]?.value ?? '').trim() };
    if (rel.qualitativeShare !== undefined) indicator.qualitativeShare = new D(rel.qualitativeShare);
    return { kind: 'indicatorScore', ...at, column: c.id, given: asDecimal(row[c.id]?.value), computed, parts: [{ column: rel.weight, value: weight }], indicator };
  }

  /** An indicator value: one cell ("≥3次"), or a comparator cell (定性 → not quantitative), a number and a unit. */
  private measureOf(row: Record<string, FormCell>, id: string, comparatorId?: string, unitId?: string): Measure | undefined {
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

  private list(s: ListSection): void {
    const raw = ((this.data[s.id] ?? []) as Raw[]).map((r) => Object.fromEntries(s.columns.map((c) => [c.id, given(r[c.id])])));
    this.figures.lists[s.id] = raw;
    const nameColumn = s.columns.find((c) => !c.group && c.kind === 'text');
    raw.forEach((row, i) => this.rowRelations(s.columns, row, [s.id, i], [s.block ?? '', String(row[nameColumn?.id ?? '']?.value ?? FM.nthRow(i + 1))]));
    if (s.groupWeights) this.groupWeights(s);
    if (s.groupWeights?.splits) this.groupSplits(s);
    if (s.total) this.total(s);
  }

  private groupWeights(s: ListSection): void {
    const g = s.groupWeights!;
    const rows = this.figures.lists[s.id];
    const weightCol = s.columns.find((c) => c.id === g.weight)!;
    for (const [group, expected] of Object.entries(g.expect)) {
      const members = rows.filter((r) => r[g.column]?.value === group);
      if (!members.length) continue;
      const computed = members.reduce((a, r) => a.plus(asDecimal(r[g.weight]?.value) ?? ZERO), ZERO);
      if (!computed.equals(expected))
        this.findings.push(formFinding('W_FORM_GROUP_WEIGHT', { group, computed: this.print(weightCol, computed), expected: String(expected) }, this.at([s.id], [s.block ?? '', group])));
    }
  }

  /**
   * Each group against the standard split its classes call for (the definition's `splits`): the first split with a
   * weight for every class present. A list with a group no word classes (the 投入/过程 framework) is left alone.
   */
  private groupSplits(s: ListSection): void {
    const g = s.groupWeights!;
    const groups: { name: string; first: number; weight: Decimal; block?: Level1Block; parts: RelationOutcome['parts'] }[] = [];
    this.figures.lists[s.id].forEach((r, item) => {
      const name = String(r[g.column]?.value ?? '');
      let group = groups.find((x) => x.name === name);
      if (!group) groups.push((group = { name, first: item, weight: ZERO, block: standards().level1Words.find((w) => name.includes(w.word))?.block, parts: [] }));
      const value = asDecimal(r[g.weight]?.value);
      group.weight = group.weight.plus(value ?? ZERO);
      group.parts.push({ item, value });
    });
    if (groups.some((x) => x.block === undefined)) return;
    const split = g.splits!.find((x) => groups.every((group) => x.weights[group.block!] !== undefined));
    if (!split) return;
    for (const x of groups)
      this.outcomes.push({ kind: 'groupWeight', section: s.id, row: String(x.first), column: g.column, given: x.weight, computed: new D(split.weights[x.block!]!), parts: x.parts, group: { name: x.name, split: split.name } });
  }

  /**
   * Whether a total's parts (the list's cells of `column`, and `refs`) include a cell with an error of its own. Its
   * 应为 would then be the sum of the cell as typed, not as that error corrects it: one typo, one finding.
   */
  private restsOnError(s: ListSection, column: string, refs: readonly string[]): boolean {
    const rows = (this.figures.lists[s.id] ?? []).map((_, i) => this.at([s.id, i, column], []).path);
    const parts = new Set([...rows, ...refs.map((ref) => this.placeOf(ref).path)]);
    return this.findings.some((f) => f.level === 'error' && parts.has(f.path));
  }

  /**
   * A reference to a fact of this form: "section.row.column" (matrix), "section.column" (a list's sum), or a field.
   * Each value counts as printed (rounded once), so that a printed total is the sum of the printed rows.
   */
  /** A fact of this form by reference ("funds.total.score", "project"), as it prints; for relations across forms. */
  fact(ref: string): Decimal | undefined {
    return this.resolve(ref);
  }

  /** A reference's own name: a matrix cell's column title, or a field's title. */
  private titleOf(ref: string): string {
    const place = this.placeOf(ref).where.split(' › ');
    return place[place.length - 1];
  }

  /** Where a reference sits: its input path and its name for people (this form › row › column). */
  placeOf(ref: string): { path: string; where: string } {
    const [a, b, c] = ref.split('.');
    const section = this.form.sections.find((s) => s.id === a);
    if (section?.kind === 'matrix' && c !== undefined) {
      const row = section.rows.find((r) => r.id === b)?.label ?? b;
      const column = section.columns.find((x) => x.id === c)?.title ?? c;
      return this.at([a, b, c], [section.block ?? '', this.place.fill ? this.place.fill(row) : row, this.place.fill ? this.place.fill(column) : column]);
    }
    return this.at([a], [this.form.fields[a]?.title ?? a]);
  }

  /** Prints a value of a field or column kind as this form does. */
  printAs(kind: ColumnDef['kind'], v: Decimal | undefined): string {
    return printValue(kind, v, this.rules);
  }

  /** `asGiven`: each value as the input gave it, not rounded to its printed decimals first. */
  private resolve(ref: string, asGiven = false): Decimal | undefined {
    const [a, b, c] = ref.split('.');
    const section = this.form.sections.find((s) => s.id === a);
    const column = section && section.kind !== 'grid' ? section.columns.find((x) => x.id === (c ?? b)) : undefined;
    const printed = (v: Value | undefined) => {
      const d = asDecimal(v);
      return d === undefined || !column || asGiven ? d : roundTo(d, decimalsOf(column.kind, this.rules, column.decimals));
    };
    if (c !== undefined) return printed(this.figures.matrices[a]?.[b]?.[c]?.value);
    if (b !== undefined) {
      const values = (this.figures.lists[a] ?? []).map((r) => printed(r[b]?.value)).filter((v): v is Decimal => v !== undefined);
      return values.length ? values.reduce((x, y) => x.plus(y), ZERO) : undefined;
    }
    return asDecimal(this.figures.fields[a]?.value);
  }

  /** A field (`<id>`) or a matrix cell (`<section>.<row>.<column>`) as the input gave it. */
  private givenAt(ref: string): Decimal | undefined {
    const [a, b, c] = ref.split('.');
    return asDecimal(c === undefined ? this.figures.fields[a]?.value : this.figures.matrices[a]?.[b]?.[c]?.value);
  }

  private total(s: ListSection): void {
    const t = s.total!;
    const out: Record<string, FormCell> = {};
    for (const [colId, refs] of Object.entries(t.sums)) {
      const c = s.columns.find((x) => x.id === colId)!;
      const parts = [`${s.id}.${colId}`, ...refs].map((r) => this.resolve(r, t.unrounded));
      const computed = parts.every((p) => p === undefined) ? undefined : parts.reduce<Decimal>((a, p) => a.plus(p ?? ZERO), ZERO);
      out[colId] = { value: computed, derived: true };
      const at = this.at([s.id, 'total', colId], [s.block ?? '', t.label, c.title]);
      // A total the input states (read through `input`, as published) prints as given.
      const stated = asDecimal(((this.data[STATED_TOTALS] as Raw | undefined)?.[s.id] as Raw | undefined)?.[colId] as Value | undefined);
      if (stated !== undefined) {
        const rows = (this.figures.lists[s.id] ?? []).map((r, item) => ({ item, value: asDecimal(r[colId]?.value) }));
        this.outcomes.push({ kind: 'total', section: s.id, row: 'total', column: colId, given: stated, computed, parts: rows, printed: this.resolve(`${s.id}.${colId}`) });
        const cell: FormCell = { value: stated, derived: false };
        if (this.settle(cell, computed, c) && !this.restsOnError(s, colId, refs))
          this.findings.push(formFinding('E_FORM_TOTAL', { label: t.label, column: c.title, given: this.print(c, stated), computed: this.print(c, computed) }, { ...at, expected: this.print(c, computed), actual: this.print(c, stated) }));
        out[colId] = cell;
      }
      const expected = t.expect?.[colId];
      if (expected !== undefined && computed !== undefined && !computed.equals(expected))
        this.findings.push(formFinding('E_FORM_EXPECTED_TOTAL', { label: t.label, column: c.title, computed: this.print(c, computed), expected: String(expected) }, { ...at, expected: String(expected), actual: this.print(c, computed) }));
      const makes = t.makes?.[colId];
      // Recorded for a form's `findings`; the total row prints the column's own total all the same.
      if (makes && computed !== undefined) {
        const others = makes.plus.map((ref) => ({ ref, value: this.givenAt(ref) }));
        const whole = others.reduce((a, p) => a.plus(p.value ?? ZERO), computed);
        this.outcomes.push({ kind: 'makes', section: s.id, row: 'total', column: colId, given: whole, computed: new Decimal(makes.value), parts: [{ column: colId, value: computed }, ...others] });
      }
      const statedField = t.stated?.[colId];
      if (statedField) {
        const cell = this.figures.fields[statedField];
        const before = asDecimal(cell?.value);
        if (cell && this.settle(cell, computed, c) && !this.restsOnError(s, colId, refs)) {
          // A total stated in a field of its own (自评总分) is said with what it adds up: the rows and each cell beside them.
          const named = [FM.eachRow(c.title), ...refs.map((ref) => this.titleOf(ref))].map((name, i) => `${name} ${this.print(c, parts[i] ?? ZERO)}`);
          this.findings.push(
            formFinding('E_FORM_TOTAL', { label: this.form.fields[statedField].title, column: c.title, given: this.print(c, before), computed: this.print(c, computed), parts: named.join(' + ') }, { ...this.at([statedField], [this.form.fields[statedField].title]), expected: this.print(c, computed), actual: this.print(c, before) }),
          );
        }
      }
    }
    this.figures.totals[s.id] = out;
    const score = asDecimal(out.score?.value);
    if (score !== undefined) this.figures.grade = [...this.profile.grades].sort((a, b) => b.min - a.min).find((g) => score.greaterThanOrEqualTo(g.min))?.name;
  }
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
  const byId = new Map(s.rows.map((r) => [r.id, r]));
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

/**
 * The relation engine: every relation a form declares (sums of rows, at-most, rates, execution-rate scores,
 * products, indicator scores, totals, group weights) derives the cells the input left blank and checks the cells it
 * gave, with decimal.js. A given cell is printed as given; a blank one prints the derived value.
 */
import type { Decimal } from 'decimal.js';
import type { Finding } from '../diagnostics/finding.js';
import type { ColumnDef, FormDef, Profile } from './definition.js';
import { CODE_CHECKS } from './checks.js';
import { fieldRelations, fillFromSame } from './engine/fieldRelations.js';
import { FormWork, given, type Raw } from './engine/formWork.js';
import { deriveList } from './engine/listRelations.js';
import { deriveMatrix } from './engine/matrixRelations.js';
import type { FormFigures, FormPlace, RelationOutcome } from './engine/outcome.js';

export type { FormCell, FormFigures, FormPlace, IndicatorRead, NoRule, RelationOutcome } from './engine/outcome.js';
export { FIELDS } from './engine/outcome.js';
export { sumOrder } from './engine/matrixRelations.js';

export class FormEngine {
  readonly findings: Finding[];
  readonly outcomes: RelationOutcome[];
  readonly figures: FormFigures;
  private readonly work: FormWork;

  constructor(profile: Profile, form: FormDef, data: Raw, place: FormPlace) {
    this.work = new FormWork(profile, form, data, place);
    this.findings = this.work.findings;
    this.outcomes = this.work.outcomes;
    this.figures = this.work.figures;
  }

  run(): this {
    this.derive();
    const fill = this.work.place.fill;
    if (fill) for (const f of this.findings) Object.assign(f, { where: fill(f.where), message: fill(f.message) });
    return this;
  }

  private derive(): void {
    const w = this.work;
    for (const [id, f] of Object.entries(w.form.fields)) w.figures.fields[id] = given(w.data[id] ?? (f.default !== undefined ? w.defaultOf(f.kind, f.default) : undefined));
    fillFromSame(w);
    for (const s of w.form.sections) if (s.kind === 'matrix') deriveMatrix(w, s);
    for (const s of w.form.sections) if (s.kind === 'list') deriveList(w, s);
    fieldRelations(w);
    for (const check of w.form.checks) w.findings.push(...this.codeCheck(check.rule, check.args));
  }

  private codeCheck(rule: string, args: Record<string, string | number>): Finding[] {
    const w = this.work;
    const text = (field: string) => String(w.figures.fields[field]?.value ?? '').trim();
    const at = (ref: string) => w.at(ref.split('.'), [w.form.fields[ref]?.title ?? ref]);
    return CODE_CHECKS[rule]({ fact: (ref) => w.resolve(ref), text, at, args });
  }

  /** A fact of this form by reference ("funds.total.score", "project"), as it prints; for relations across forms. */
  fact(ref: string): Decimal | undefined {
    return this.work.resolve(ref);
  }

  /** A field (`<id>`) or a matrix cell (`<section>.<row>.<column>`) as the form holds it: given, else derived; not rounded. */
  cell(ref: string): Decimal | undefined {
    return this.work.givenAt(ref);
  }

  /** Where a reference sits: its input path and its name for people (this form › row › column). */
  placeOf(ref: string): { path: string; where: string } {
    return this.work.placeOf(ref);
  }

  /** Where a cell of an item under a matrix row sits (the row's `items`, by index): its input path and its name for people. */
  itemPlace(section: string, row: string, item: number, column: string): { path: string; where: string } {
    return this.work.itemPlace(section, row, item, column);
  }

  /** Prints a value of a field or column kind as this form does. */
  printAs(kind: ColumnDef['kind'], v: Decimal | undefined): string {
    return this.work.printAs(kind, v);
  }
}

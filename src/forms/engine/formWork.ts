/**
 * The state one form's derivation works on (its definition, input and place; the figures, findings and outcomes it
 * builds) and the ways every relation reads, prints and settles a cell.
 */
import type { Decimal } from 'decimal.js';
import type { Finding } from '../../diagnostics/finding.js';
import { D, roundTo, ZERO } from '../../derive/decimal.js';
import { asDecimal, decimalsOf, isNumberKind, printValue, samePrinted, type PrintRules, type Value } from '../cells.js';
import { rowName, type ColumnDef, type FormDef, type Profile } from '../definition.js';
import type { FormCell, FormFigures, FormPlace, RelationOutcome } from './outcome.js';
import { mapList } from '../../mapList.js';

export type Raw = Record<string, unknown>;
export const given = (v: unknown): FormCell => ({ value: v as Value | undefined, derived: false });

export class FormWork {
  readonly findings: Finding[] = [];
  readonly outcomes: RelationOutcome[] = [];
  readonly figures: FormFigures = { fields: {}, matrices: {}, items: {}, lists: {}, totals: {} };

  constructor(
    readonly profile: Profile,
    readonly form: FormDef,
    readonly data: Raw,
    readonly place: FormPlace,
  ) {}

  get rules(): PrintRules {
    return this.profile.defaults;
  }

  /** A default as a value; a text default may name the input's common fields ("{{unit}}": the unit itself). */
  defaultOf(kind: ColumnDef['kind'], v: string | number): Value {
    if (isNumberKind(kind)) return new D(String(v));
    return this.place.fill ? this.place.fill(String(v)) : String(v);
  }

  at(parts: (string | number)[], names: string[]) {
    return { path: [this.place.path, ...parts].join('.'), where: [this.place.title, ...mapList(names.filter(Boolean), rowName)].join(' › ') };
  }

  print(c: ColumnDef, v: Decimal | undefined): string {
    return printValue(c.kind, v, this.rules, c.decimals);
  }

  /** `v` rounded to the decimals column `c` prints. */
  rounded(c: ColumnDef, v: Decimal): Decimal {
    return roundTo(v, decimalsOf(c.kind, this.rules, c.decimals));
  }

  /** A finding's place for a cell that disagrees with its derived value: what it should read, what was typed. */
  mistake(place: { path: string; where: string }, c: ColumnDef, given: Decimal | undefined, computed: Decimal | undefined) {
    return { ...place, expected: this.print(c, computed), actual: this.print(c, given) };
  }

  /** Compares a given cell with its derived value, or fills it in; returns whether they disagree. */
  settle(cell: FormCell, computed: Decimal | undefined, c: ColumnDef): boolean {
    if (computed === undefined) return false;
    const have = asDecimal(cell.value);
    if (have === undefined) {
      cell.value = computed;
      cell.derived = true;
      return false;
    }
    return !samePrinted(have, computed, decimalsOf(c.kind, this.rules, c.decimals));
  }

  /**
   * A reference to a fact of this form: "section.row.column" (matrix), "section.column" (a list's sum), or a field.
   * Each value counts as printed (rounded once), so that a printed total is the sum of the printed rows;
   * `asGiven`: each value as the input gave it, not rounded to its printed decimals first.
   */
  resolve(ref: string, asGiven = false): Decimal | undefined {
    const [a, b, c] = ref.split('.');
    const section = this.form.sections.find((s) => s.id === a);
    const column = section && section.kind !== 'grid' ? section.columns.find((x) => x.id === (c ?? b)) : undefined;
    const printed = (v: Value | undefined) => {
      const d = asDecimal(v);
      return d === undefined || !column || asGiven ? d : this.rounded(column, d);
    };
    if (c !== undefined) return printed(this.figures.matrices[a]?.[b]?.[c]?.value);
    if (b !== undefined) {
      const values = mapList(this.figures.lists[a] ?? [], (r) => printed(r[b]?.value)).filter((v): v is Decimal => v !== undefined);
      return values.length ? values.reduce((x, y) => x.plus(y), ZERO) : undefined;
    }
    return asDecimal(this.figures.fields[a]?.value);
  }

  /** A field (`<id>`) or a matrix cell (`<section>.<row>.<column>`): as the input gave it, else as derived (a blank sum filled in). */
  givenAt(ref: string): Decimal | undefined {
    const [a, b, c] = ref.split('.');
    return asDecimal(c === undefined ? this.figures.fields[a]?.value : this.figures.matrices[a]?.[b]?.[c]?.value);
  }

  /** A reference's own name: a matrix cell's column title, or a field's title. */
  titleOf(ref: string): string {
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

  /** An item's cell: under its row's `items` in the input, named by the row, the item's name and the column. */
  itemPlace(section: string, row: string, item: number, column: string): { path: string; where: string } {
    const s = this.form.sections.find((x) => x.id === section);
    const fill = this.place.fill ?? ((t: string) => t);
    if (s?.kind !== 'matrix') return this.at([section, row, 'items', item, column], []);
    const label = s.rows.find((r) => r.id === row)?.label ?? row;
    const title = s.columns.find((c) => c.id === column)?.title ?? column;
    const name = this.figures.items[section]?.[row]?.[item]?.name ?? '';
    return this.at([section, row, 'items', item, column], [s.block ?? '', fill(label), name, fill(title)]);
  }

  /** Prints a value of a field or column kind as this form does. */
  printAs(kind: ColumnDef['kind'], v: Decimal | undefined): string {
    return printValue(kind, v, this.rules);
  }
}

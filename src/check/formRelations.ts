/**
 * The checks of a form whose input keeps its own shape (hunan-2022's 附件2) from the relations its definition
 * declares: the form engine works each relation out on the input read through the form's `input` mapping, and the
 * form's `findings` names the catalog finding each kind of relation reports under, at the input cell the clerk typed.
 */
import type { Decimal } from 'decimal.js';
import { loadProfile } from '../core/profiles.js';
import { UserError } from '../diagnostics/finding.js';
import { PROFILE_FILE_MESSAGES as PM } from '../forms/definitionMessages.js';
import { profileProblem } from '../forms/loadProfile.js';
import type { FormDef, MatrixSection } from '../forms/definition.js';
import { sumOrder, type FormEngine, type RelationOutcome } from '../forms/derive.js';
import { runOnInput } from '../forms/inputRun.js';
import { inputPathOf } from '../forms/mapInput.js';
import type { ReportInput } from '../model/schema.js';
import { moneyDiffers, partsText, rateDiffers, titleOf } from './compare.js';
import { MESSAGES, type RuleId } from './messages.js';
import { defineRule, nameOf, type Report, type Rule } from './rule.js';
import { fillPlaces } from '../forms/places.js';

type Kind = RelationOutcome['kind'];
const KINDS: readonly Kind[] = ['rate', 'sum', 'atMost'];

/** What one outcome of a relation says to the clerk, when it fails: the catalog finding's place, wording and values. */
interface Said {
  path: string;
  args: Record<string, string>;
  values: Parameters<Report<RuleId>>[2];
}

class FormSpeaker {
  private readonly fill: (text: string) => string;

  constructor(
    private readonly form: FormDef,
    private readonly engine: FormEngine,
    private readonly input: ReportInput,
  ) {
    const places: Record<string, string> = { year: String(input.year), previousYear: String(input.year - 1) };
    this.fill = (text) => fillPlaces(text, places);
  }

  private section(o: RelationOutcome): MatrixSection {
    return this.form.sections.find((s) => s.id === o.section) as MatrixSection;
  }

  private cell(o: RelationOutcome, row = o.row, column = o.column): string {
    return inputPathOf(this.form, this.input, `${o.section}.${row}.${column}`) ?? `${o.section}.${row}.${column}`;
  }

  private rowTitle(o: RelationOutcome, row: string): string {
    return titleOf(inputPathOf(this.form, this.input, `${o.section}.${row}`) ?? row);
  }

  private columnOf(o: RelationOutcome, id: string) {
    return this.section(o).columns.find((c) => c.id === id)!;
  }

  private print(o: RelationOutcome, column: string, v: Decimal | undefined): string {
    return this.engine.printAs(this.columnOf(o, column).kind, v);
  }

  say(o: RelationOutcome): Said | undefined {
    const { given, computed } = o;
    if (given === undefined || computed === undefined) return undefined;
    const column = this.fill(this.columnOf(o, o.column).title);
    const [g, c] = [this.print(o, o.column, given), this.print(o, o.column, computed)];
    if (o.kind === 'sum') {
      // A total that matches its subtotals' own parts is right: the slipped subtotal is reported on its own.
      if (!moneyDiffers(given, computed) || given.equals(o.fromLeaves ?? computed)) return undefined;
      const args = { row: this.rowTitle(o, o.row), column, given: g, computed: c, parts: partsText(this.partsOf(o)) };
      return { path: this.cell(o), args, values: { expected: c, actual: g, fix: computed, rests: this.typedParts(o), total: true } };
    }
    if (o.kind === 'rate') {
      if (!rateDiffers(given, computed)) return undefined;
      const [of, over] = o.parts;
      const args = { column, given: g, computed: c, of: this.fill(this.columnOf(o, of.column!).title), ofValue: this.print(o, of.column!, of.value), over: this.fill(this.columnOf(o, over.column!).title), overValue: this.print(o, over.column!, over.value) };
      return { path: this.cell(o), args, values: { expected: c, actual: g, fix: computed } };
    }
    if (!given.greaterThan(computed)) return undefined;
    const other = o.parts[0].row!;
    const args = { row: this.rowTitle(o, o.row), column, value: g, other: this.rowTitle(o, other), otherPath: nameOf(this.cell(o, other)), otherValue: c };
    return { path: this.cell(o), args, values: { expected: `≤ ${c}`, actual: g } };
  }

  /**
   * The parts as the message lists them: items by name, rows by their input titles; a row of items by the group that
   * holds both its total and its items (业务工作专项, not its 小计).
   */
  private partsOf(o: RelationOutcome) {
    const items = this.engine.figures.items[o.section]?.[o.row] ?? [];
    return o.parts.map((p) => ({ label: p.item !== undefined ? items[p.item].name : this.partTitle(o, p.row!), value: p.value }));
  }

  private partTitle(o: RelationOutcome, row: string): string {
    const own = inputPathOf(this.form, this.input, `${o.section}.${row}`);
    const items = this.form.input?.[`${o.section}.${row}.items`];
    if (!own || !items || typeof items !== 'object' || Array.isArray(items)) return this.rowTitle(o, row);
    const [a, b] = [own.split('.'), items.from.split('.')];
    const shared = a.slice(0, a.findIndex((seg, i) => seg !== b[i]));
    return titleOf(shared.join('.'));
  }

  /**
   * The typed cells a total adds up: subtotals are left out (a total over a slipped subtotal is judged by the
   * subtotal's own parts), as is a row of items that has items (its items are the typed cells).
   */
  private typedParts(o: RelationOutcome): string[] {
    const rows = this.section(o).rows;
    const items = this.engine.figures.items[o.section] ?? {};
    return o.parts.flatMap((p) => {
      if (p.item !== undefined) return [inputPathOf(this.form, this.input, `${o.section}.${o.row}.${o.column}`, p.item)!];
      const def = rows.find((r) => r.id === p.row)!;
      if (def.sum || (def.items && items[def.id]?.length)) return [];
      return [this.cell(o, p.row)];
    });
  }
}

/**
 * Outcomes in the order their findings are read. A sum by the row where the last of its parts begins (in the form's
 * order), so a subtotal comes before the total that includes it; an at-most by the row it must fit in.
 */
function ordered(form: FormDef, engine: FormEngine): RelationOutcome[] {
  let done = sorted.get(engine);
  if (done) return done;
  const key = sortKeys(form);
  const at = (o: RelationOutcome) => key.get(`${o.section}.${o.kind === 'atMost' ? o.parts[0].row : o.row}`) ?? [0, 0];
  const before = (a: RelationOutcome, b: RelationOutcome) => {
    const [x, y] = [at(a), at(b)];
    return x[0] - y[0] || x[1] - y[1];
  };
  done = engine.outcomes.map((o, i) => ({ o, i })).sort((a, b) => before(a.o, b.o) || a.i - b.i).map(({ o }) => o);
  sorted.set(engine, done);
  return done;
}

const sorted = new WeakMap<FormEngine, RelationOutcome[]>();
const keys = new WeakMap<FormDef, Map<string, [number, number]>>();

/** Per row of each matrix: where its finding is read (by the rows it adds up), and its place in the order sums are worked out. */
function sortKeys(form: FormDef): Map<string, [number, number]> {
  let key = keys.get(form);
  if (key) return key;
  key = new Map();
  for (const s of form.sections) {
    if (s.kind !== 'matrix') continue;
    const index = new Map(s.rows.map((r, i) => [r.id, i]));
    const first = (id: string): number => {
      const r = s.rows[index.get(id)!];
      return r.sum ? Math.min(...r.sum.map(first)) : index.get(id)!;
    };
    // A total is read after the last of its parts begins, so each subtotal it includes comes first.
    sumOrder(s).forEach((r, i) => key!.set(`${s.id}.${r.id}`, [r.sum ? Math.max(...r.sum.map(first)) : first(r.id), i]));
  }
  keys.set(form, key);
  return key;
}

/**
 * One rule per finding the form names in `findings`, in the order rate, sum, atMost (控制率 first, as the form
 * reads). An id that is not in the catalog is a mistake in the profile.
 */
export function formRelationRules(profileId: string, formId: string): Rule[] {
  const profile = loadProfile(profileId);
  const form = profile.forms[formId];
  const named = form.findings ?? {};
  return KINDS.filter((k) => named[k]).map((kind) => {
    const id = named[kind]!;
    if (!(id in MESSAGES)) {
      const folder = `profiles/${profileId}`;
      throw new UserError(PM.errors(folder, 1), [profileProblem(`${folder}/forms/${formId}.yaml`, `findings.${kind}`, PM.unknownFinding(id))]);
    }
    return defineRule(id as RuleId, (input, _figures, report) => {
      // The build's layout reads the same run (src/forms/inputRun.ts).
      const engine = runOnInput(profile, form, input);
      const speaker = new FormSpeaker(form, engine, input);
      for (const o of ordered(form, engine)) {
        if (o.kind !== kind) continue;
        const said = speaker.say(o);
        if (said) (report as Report<RuleId>)(said.path, said.args as never, said.values);
      }
    });
  });
}

/**
 * The checks of forms whose input keeps its own shape (hunan-2022's 附件2, 附件3 and each 附件4) from the relations
 * their definitions declare: the form engine works each relation out on the input read through the form's `input`
 * mapping, and the form's `findings` names the catalog finding each kind of relation reports under, at the input cell
 * the clerk typed. A finding id several forms name is one rule, over the forms in the order the set prints them.
 */
import type { Decimal } from 'decimal.js';
import type { FormDef, ListSection, MatrixSection, Profile } from '../forms/definition.js';
import { FIELDS, sumOrder, type FormEngine, type RelationOutcome } from '../forms/derive.js';
import { runOnInput } from '../forms/inputRun.js';
import { inputPathOf, withInputDefaults } from '../forms/mapInput.js';
import type { ReportInput } from '../model/schema.js';
import { exactly, moneyDiffers, partCorrections, partsText, rateDiffers, titleOf, type TypedPart } from './compare.js';
import type { RuleId } from './messages.js';
import { defineRule, nameOf, type Report, type Rule } from './rule.js';
import { fillPlaces } from '../forms/places.js';
import { KIND_WORDINGS, WORDINGS, type OutcomeView, type Said } from './relationWording.js';
import { sameRowSays } from './sameRowRelations.js';
import { sameFactSays } from './sameFactRelations.js';
import { FactTrace } from './factTrace.js';
import { mapList } from '../mapList.js';

/**
 * The kinds of the engine's outcomes, those of a form's `sameRow` (src/check/sameRowRelations.ts), and a field's
 * `same` as another document's fact (src/check/sameFactRelations.ts).
 */
type Kind = RelationOutcome['kind'] | RowKind | 'same';
type RowKind = 'rowMissing' | 'sameRow';
const KINDS: readonly Kind[] = ['rate', 'sum', 'atMost', 'executionScore', 'total', 'makes', 'cellAtMost', 'indicatorScore', 'groupWeight', 'sameAs', 'rowMissing', 'sameRow', 'same'];
const isRowKind = (k: Kind): k is RowKind => k === 'rowMissing' || k === 'sameRow';

/** A form as the checks read it: once on the whole input, or once per item of the input list `each` (附件4, per project). */
export interface FormUse {
  formId: string;
  each?: string;
}

/** One printed copy of a form: what its `input` places are read from, and where that sits in the input. */
interface Instance {
  source: unknown;
  /** The item's path ("projectEvaluations.1"), before each input place; none for a form on the whole input. */
  prefix?: string;
  /** The item's name (a project's). */
  name?: string;
}

function instancesOf(use: FormUse, input: ReportInput): Instance[] {
  if (!use.each) return [{ source: input }];
  const items = (input as unknown as Record<string, unknown>)[use.each];
  return mapList(Array.isArray(items) ? items : [], (data, i) => ({ source: data, prefix: `${use.each}.${i}`, name: String((data as { name?: unknown })?.name ?? '') }));
}

/** The form worked out on the input, or on one item of it; the build's layout reads the same run (src/forms/inputRun.ts). */
function engineFor(profile: Profile, form: FormDef, input: ReportInput, instance: Instance): FormEngine {
  return runOnInput(profile, form, input, instance.prefix ? { path: instance.prefix, data: instance.source, name: instance.name ?? '' } : undefined);
}

class FormSpeaker implements OutcomeView {
  private readonly fill: (text: string) => string;
  readonly scoreDecimals: number;

  constructor(
    private readonly profile: Profile,
    private readonly form: FormDef,
    private readonly engine: FormEngine,
    input: ReportInput,
    private readonly instance: Instance,
  ) {
    const places: Record<string, string> = { year: String(input.year), previousYear: String(input.year - 1) };
    this.fill = (text) => fillPlaces(text, places);
    this.scoreDecimals = withInputDefaults(profile, form, input).defaults.scoreDecimals;
  }

  get itemName(): string | undefined {
    return this.instance.name;
  }

  private section(o: RelationOutcome): MatrixSection {
    return this.form.sections.find((s) => s.id === o.section) as MatrixSection;
  }

  /** An input path of the instance's source as a path of the whole input. */
  private whole(path: string): string {
    return this.instance.prefix ? `${this.instance.prefix}.${path}` : path;
  }

  private placeOf(o: RelationOutcome, row: string, column: string): string {
    return o.section === FIELDS ? `${FIELDS}.${column}` : `${o.section}.${row}.${column}`;
  }

  private list(o: RelationOutcome): ListSection | undefined {
    const s = this.form.sections.find((x) => x.id === o.section);
    return s?.kind === 'list' ? s : undefined;
  }

  rowName(o: RelationOutcome): string | undefined {
    const list = this.list(o);
    const column = list?.columns.find((c) => !c.group && c.kind === 'text');
    if (!list || !column) return undefined;
    return String(this.engine.figures.lists[list.id]?.[Number(o.row)]?.[column.id]?.value ?? '');
  }

  cell(o: RelationOutcome, row = o.row, column = o.column): string {
    // A list's row by its index; its total row by the list's `<list>.total` place.
    if (this.list(o) && /^\d+$/.test(row)) return this.listCell(o.section, Number(row), column);
    const place = this.placeOf(o, row, column);
    return this.whole(inputPathOf(this.form, this.instance.source, place) ?? place);
  }

  listPlace(o: RelationOutcome): string {
    const from = this.form.input?.[o.section];
    return this.whole(from && typeof from === 'object' && !Array.isArray(from) ? from.from : o.section);
  }

  /** A cell of a list's row: where the list's `input` place reads its rows from. */
  private listCell(list: string, item: number, column: string): string {
    const from = this.form.input?.[list];
    if (!from || typeof from !== 'object' || Array.isArray(from)) return `${list}.${item}.${column}`;
    return this.whole([from.from, item, from.values, column].filter((p) => p !== undefined).join('.'));
  }

  rowTitle(o: RelationOutcome, row: string): string {
    const own = inputPathOf(this.form, this.instance.source, `${o.section}.${row}`);
    return titleOf(own ? this.whole(own) : row);
  }

  private columnOf(o: RelationOutcome, id: string) {
    return o.section === FIELDS ? { ...this.form.fields[id], id } : (this.list(o) ?? this.section(o)).columns.find((c) => c.id === id)!;
  }

  columnTitle(o: RelationOutcome, id: string): string {
    return this.fill(this.columnOf(o, id).title);
  }

  /**
   * The typed cells a relation's own figure rests on: each cell it reads and, for a cell that is itself a sum, the
   * cells added (a rate over a 资金总额 rests on the amounts by income too).
   */
  rests(o: RelationOutcome): string[] {
    if (o.kind === 'total') return mapList(o.parts, (p) => this.listCell(o.section, p.item!, o.column));
    if (o.kind === 'sum') return mapList(o.parts, (p) => (o.section === FIELDS ? this.cell(o, '', p.column!) : this.cell(o, p.row!, o.column)));
    // A score from the rate the amounts give rests on the amounts, not on the rate as typed.
    const columns = o.rateFrom ? [...o.rateFrom, ...mapList(o.parts.slice(1), (p) => p.column!)] : mapList(o.parts, (p) => p.column!);
    return columns.flatMap((column) => [this.cell(o, o.row, column), ...this.addedUp(o, o.row, column)]);
  }

  private addedUp(o: RelationOutcome, row: string, column: string): string[] {
    if (o.section === FIELDS) return mapList(this.form.fields[column]?.sum ?? [], (f) => this.cell(o, '', f));
    const def = this.list(o) ? undefined : this.section(o).rows.find((r) => r.id === row);
    return mapList(def?.sum ?? [], (r) => this.cell(o, r, column));
  }

  private print(o: RelationOutcome, column: string, v: Decimal | undefined): string {
    return this.engine.printAs(this.columnOf(o, column).kind, v);
  }

  say(o: RelationOutcome, id: RuleId): Said | undefined {
    const own = WORDINGS[id] ?? KIND_WORDINGS[o.kind];
    if (own) return own(o, this);
    // An indicator row, a group or two fields that should agree are judged only by the findings worded for them (relationWording.ts).
    if (o.kind === 'indicatorScore' || o.kind === 'groupWeight' || o.kind === 'sameAs') return undefined;
    const { given, computed } = o;
    if (given === undefined || computed === undefined) return undefined;
    const printed = () => ({ column: this.fill(this.columnOf(o, o.column).title), g: this.print(o, o.column, given), c: this.print(o, o.column, computed) });
    if (o.kind === 'sum') {
      // A total that matches its subtotals' own parts is right: the slipped subtotal is reported on its own.
      if (!moneyDiffers(given, computed) || given.equals(o.fromLeaves ?? computed)) return undefined;
      const words = () => {
        const { column, g, c: rounded } = printed();
        const c = exactly(rounded, computed);
        const args = { row: this.rowTitle(o, o.row), column, given: g, computed: c, parts: partsText(this.partsOf(o)) };
        const parts = this.typedParts(o);
        const inParts = partCorrections(given, computed, parts, (d) => this.print(o, o.column, d));
        return { args, values: { expected: c, actual: g, fix: computed, rests: mapList(parts, (p) => p.path), inParts, total: true } };
      };
      return { path: this.cell(o), words };
    }
    if (o.kind === 'rate') {
      if (!rateDiffers(given, computed)) return undefined;
      const words = () => {
        const { column, g, c } = printed();
        const [of, over] = o.parts;
        const args = { column, given: g, computed: c, of: this.fill(this.columnOf(o, of.column!).title), ofValue: this.print(o, of.column!, of.value), over: this.fill(this.columnOf(o, over.column!).title), overValue: this.print(o, over.column!, over.value) };
        return { args, values: { expected: c, actual: g, fix: computed } };
      };
      return { path: this.cell(o), words };
    }
    if (!given.greaterThan(computed)) return undefined;
    const words = () => {
      const { column, g, c } = printed();
      const other = o.parts[0].row!;
      const args = { row: this.rowTitle(o, o.row), column, value: g, other: this.rowTitle(o, other), otherPath: nameOf(this.cell(o, other)), otherValue: c };
      return { args, values: { expected: `≤ ${c}`, actual: g } };
    };
    return { path: this.cell(o), words };
  }

  /**
   * The parts as the message lists them: items by name, rows by their input titles; a row of items by the group that
   * holds both its total and its items (业务工作专项, not its 小计).
   */
  private partsOf(o: RelationOutcome) {
    const items = this.engine.figures.items[o.section]?.[o.row] ?? [];
    return mapList(o.parts, (p) => ({ label: p.item !== undefined ? items[p.item].name : this.partTitle(o, p.row!), value: p.value }));
  }

  private partTitle(o: RelationOutcome, row: string): string {
    const own = inputPathOf(this.form, this.instance.source, `${o.section}.${row}`);
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
  typedParts(o: RelationOutcome): TypedPart[] {
    if (o.section === FIELDS) return o.parts.flatMap((p) => (this.form.fields[p.column!]?.sum ? [] : [{ path: this.cell(o, '', p.column), value: p.value }]));
    const rows = this.section(o).rows;
    const items = this.engine.figures.items[o.section] ?? {};
    return o.parts.flatMap((p) => {
      if (p.item !== undefined) return [{ path: this.whole(inputPathOf(this.form, this.instance.source, `${o.section}.${o.row}.${o.column}`, p.item)!), value: p.value }];
      const def = rows.find((r) => r.id === p.row)!;
      if (def.sum || (def.items && items[def.id]?.length)) return [];
      return [{ path: this.cell(o, p.row), value: p.value }];
    });
  }
}

/**
 * Outcomes in the order their findings are read. A sum by the row where the last of its parts begins (in the form's
 * order), so a subtotal comes before the total that includes it; an at-most by the row it must fit in; any other
 * kind as the engine works it out.
 */
function ordered(form: FormDef, engine: FormEngine): RelationOutcome[] {
  let done = sorted.get(engine);
  if (done) return done;
  const key = sortKeys(form);
  const keyed: Keyed[] = [];
  for (let i = 0; i < engine.outcomes.length; i++) keyed.push({ o: engine.outcomes[i], i, at: readAt(key, engine.outcomes[i]) });
  done = mapList(keyed.sort(byReadingOrder), (k) => k.o);
  sorted.set(engine, done);
  return done;
}

/** Where an outcome is read; other kinds are read row by row, as the engine works them out (a project's 年度资金总额 before its 其中 rows). */
function readAt(key: Map<string, [number, number]>, o: RelationOutcome): [number, number] {
  return o.kind === 'sum' || o.kind === 'atMost' ? (key.get(`${o.section}.${o.kind === 'atMost' ? o.parts[0].row : o.row}`) ?? [0, 0]) : [0, 0];
}

/** An outcome with its place in the engine's list and where it is read. */
interface Keyed {
  o: RelationOutcome;
  i: number;
  at: [number, number];
}

function byReadingOrder(a: Keyed, b: Keyed): number {
  return a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i;
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
    const index = new Map(mapList(s.rows, (r, i) => [r.id, i]));
    const first = (id: string): number => {
      const r = s.rows[index.get(id)!];
      return r.sum ? Math.min(...mapList(r.sum, first)) : index.get(id)!;
    };
    // A total is read after the last of its parts begins, so each subtotal it includes comes first.
    sumOrder(s).forEach((r, i) => key!.set(`${s.id}.${r.id}`, [r.sum ? Math.max(...mapList(r.sum, first)) : first(r.id), i]));
  }
  keys.set(form, key);
  return key;
}

/** A relation's finding, reported with its wording worked out only when it is read (see Said). */
function tell(report: Report<RuleId>, said: Said): void {
  report.lazily(said.path, said.words as () => { args: never });
}

/**
 * One rule per finding id the forms name in `findings` (the loader has refused an id the catalog lacks);
 * a rule reports the forms in the order given, each copy of a form in its list's order, and within a form in the
 * order its findings are read.
 */
export function relationRules(profile: Profile, uses: readonly FormUse[]): Map<RuleId, Rule> {
  const named = new Map<RuleId, { use: FormUse; kind: Kind; column?: string; section?: string; nth: number }[]>();
  for (const use of uses) {
    const findings = profile.forms[use.formId].findings ?? {};
    const seen = new Map<string, number>();
    for (const kind of KINDS.filter((k) => findings[k])) {
      const byKey = findings[kind]!;
      // A list names several findings that read the same outcome (an indicator row's score: E_QUANT_SCORE, W_MET_NOT_FULL …).
      const entries = typeof byKey === 'string' ? [[undefined, byKey] as const] : Array.isArray(byKey) ? mapList(byKey, (id) => [undefined, id] as const) : Object.entries(byKey);
      // Each id is in the catalog: the profile loader has refused any other.
      for (const [key, id] of entries) {
        const nth = seen.get(id) ?? 0;
        seen.set(id, nth + 1);
        // A cell's atMost is named per section, a total per column.
        const place = kind === 'cellAtMost' ? { section: key } : { column: key };
        named.set(id as RuleId, [...(named.get(id as RuleId) ?? []), { use, kind, ...place, nth }]);
      }
    }
  }
  return new Map(
    mapList([...named], ([id, by]) => [
      id,
      defineRule(id, (input, _figures, report) => {
        const trace = new FactTrace(profile, input);
        for (const { use, kind, column, section } of [...by].sort((a, b) => a.nth - b.nth)) {
          const form = profile.forms[use.formId];
          for (const instance of instancesOf(use, input)) {
            const engine = engineFor(profile, form, input, instance);
            if (kind === 'same') {
              const fields = column !== undefined ? [column] : Object.keys(form.fields).filter((f) => form.fields[f].same);
              for (const field of fields) for (const said of sameFactSays(form, engine, trace, field, instance.source, instance.prefix)) tell(report, said);
              continue;
            }
            if (isRowKind(kind)) {
              for (const said of sameRowSays(profile, form, engine, input, instance, kind, column, id)) tell(report, said);
              continue;
            }
            const speaker = new FormSpeaker(profile, form, engine, input, instance);
            for (const o of ordered(form, engine)) {
              if (o.kind !== kind || (column !== undefined && o.column !== column) || (section !== undefined && o.section !== section)) continue;
              const said = speaker.say(o, id);
              if (said) tell(report, said);
            }
          }
        }
      }),
    ]),
  );
}

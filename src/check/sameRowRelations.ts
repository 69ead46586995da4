/**
 * hunan-2022's findings of a form's `sameRow` (a project's 附件4 against its row of the 基础数据表): the form
 * engine matches the row and compares (src/forms/sameRow.ts); here each catalog id words what failed, at the input
 * cell the clerk typed, with the correction it proposes.
 */
import { formatMoney } from '../compose/format.js';
import type { FormDef, Profile } from '../forms/definition.js';
import type { FormEngine } from '../forms/derive.js';
import { runOnInput } from '../forms/inputRun.js';
import { inputPathOf } from '../forms/mapInput.js';
import { valueAt } from '../model/valueAt.js';
import { matchRow, type ItemRow, type NameSource, type RowMatch, type SameColumn } from '../forms/sameRow.js';
import type { ReportInput } from '../model/schema.js';
import { LABELS, type RuleId } from './messages.js';
import type { Said } from './relationWording.js';
import { nameOf } from './rule.js';
import type { SameRowWorded } from './ruleNames.js';
import { mapList } from '../mapList.js';

/** One printed copy of a form on one item of the input (a project), as formRelations.ts reads it. */
export interface ItemCopy {
  source: unknown;
  /** The item's path in the input ("projectEvaluations.1"). */
  prefix?: string;
  name?: string;
}

/** Where the clerk typed what a match compares: the item's cells and name, and the other form's item rows. */
class RowPlaces {
  constructor(
    private readonly form: FormDef,
    private readonly other: FormDef,
    private readonly input: ReportInput,
    private readonly copy: ItemCopy,
  ) {}

  get project(): string {
    return this.copy.name ?? '';
  }

  private whole(path: string): string {
    return this.copy.prefix ? `${this.copy.prefix}.${path}` : path;
  }

  /** An item's cell (`funds.total.executed`) or row (`funds.total`), or a field, at its input path. */
  mine(ref: string): string {
    const place = ref.includes('.') ? ref : `fields.${ref}`;
    return this.whole(inputPathOf(this.form, this.copy.source, place) ?? place);
  }

  /** The name's place: its field's, or the input place it was read from. */
  nameAt(source: NameSource): string {
    return typeof source === 'string' ? this.mine(source) : this.whole(source.input);
  }

  /** A cell of the other form's row of items, at its input path. */
  theirs(row: ItemRow, column: string): string {
    return inputPathOf(this.other, this.input, `${row.section}.${row.row}.${column}`, row.item) ?? `${row.section}.${row.row}.${row.item}.${column}`;
  }
}

type Wording = (m: RowMatch, p: RowPlaces, column?: SameColumn) => Said | undefined;

/** The item names no row: at the entry that named it, listing the rows there are. */
const rowMissing: Wording = (m, p) => {
  if (m.row) return undefined;
  const words = () => {
    const rows = mapList(m.rows, (r) => `“${r.name}”`);
    return { args: { project: p.project, row: m.name, rows: rows.length ? rows.join('、') : LABELS.none } };
  };
  return { path: p.nameAt(m.source), words };
};

/**
 * The item's amount against its row's, at the item's cell; the row's value is the fix, and where typing it would
 * break what agreed before, the row's cell is to be changed instead.
 */
const projectRow: Wording = (m, p, c) => {
  const mine = c?.mine.find((x) => x.value !== undefined);
  if (!m.row || !c?.differs || !mine || c.theirs === undefined) return undefined;
  const [row, theirs] = [m.row, c.theirs];
  const words = () => {
    const [value, rowValue] = [formatMoney(mine.value), formatMoney(theirs)];
    const rowCell = p.theirs(row, c.column);
    const args = { project: p.project, row: row.name, rowPath: nameOf(rowCell), executed: value, rowValue };
    return { args, values: { expected: rowValue, actual: value, fix: theirs, instead: { path: rowCell, value: mine.value!, expected: value, actual: rowValue } } };
  };
  return { path: p.mine(mine.ref), words };
};

/**
 * The row's 本年预算数 against the item's 年初 and 全年预算数 (either may be right), at the row's cell: the table's
 * budget column is not defined more precisely than that.
 */
const projectRowBudget: Wording = (m, p, c) => {
  if (!m.row || !c?.differs || c.theirs === undefined) return undefined;
  const [row, theirs] = [m.row, c.theirs];
  const words = () => {
    const [first, last] = [c.mine[0], c.mine[c.mine.length - 1]];
    const args = {
      project: p.project,
      row: row.name,
      rowBudget: formatMoney(theirs),
      fundsPath: nameOf(p.mine(first.ref.split('.').slice(0, -1).join('.'))),
      initial: formatMoney(first.value) || '—',
      budget: formatMoney(last.value) || '—',
    };
    return { args, values: { expected: formatMoney(last.value ?? first.value), actual: formatMoney(theirs) } };
  };
  return { path: p.theirs(row, c.column), words };
};

const WORDINGS: Readonly<Record<SameRowWorded, Wording>> = {
  E_PROJECT_ROW_MISSING: rowMissing,
  E_PROJECT_ROW: projectRow,
  W_PROJECT_ROW_BUDGET: projectRowBudget,
};

/**
 * What `id` says of one copy of `form` (its engine already run): the row it names is missing (`rowMissing`), or
 * `column` of that row (every declared column without one) disagrees (`sameRow`). The loader has refused an id not worded here.
 */
export function sameRowSays(profile: Profile, form: FormDef, engine: FormEngine, input: ReportInput, copy: ItemCopy, kind: 'rowMissing' | 'sameRow', column: string | undefined, id: RuleId): Said[] {
  const def = form.sameRow;
  const say = WORDINGS[id as SameRowWorded];
  if (!def || !say) return [];
  // The loader has refused a document other than one printed once from a form.
  const other = profile.forms[profile.documents.find((d) => d.id === def.document)!.form];
  const match = matchRow(def, engine, runOnInput(profile, other, input), (path) => valueAt(copy.source, path));
  if (!match) return [];
  const places = new RowPlaces(form, other, input, copy);
  if (kind === 'rowMissing') return [say(match, places)].filter((s): s is Said => s !== undefined);
  return match.columns.filter((c) => column === undefined || c.column === column).flatMap((c) => [say(match, places, c)].filter((s): s is Said => s !== undefined));
}

/** A list section: each row's relations, group weights and standard splits, and the total row. */
import { Decimal } from 'decimal.js';
import { D, ZERO } from '../../derive/decimal.js';
import { standards, type Level1Block } from '../../model/standards.js';
import { asDecimal, type Value } from '../cells.js';
import { rowName, type ListSection } from '../definition.js';
import { STATED_TOTALS } from '../mapInput.js';
import { FORM_INPUT_MESSAGES as FM, formFinding } from '../messages.js';
import { given, type FormWork, type Raw } from './formWork.js';
import type { FormCell, RelationOutcome } from './outcome.js';
import { rowRelations } from './rowRelations.js';
import { mapList } from '../../mapList.js';

export function deriveList(w: FormWork, s: ListSection): void {
  const raw = mapList((w.data[s.id] ?? []) as Raw[], (r) => Object.fromEntries(mapList(s.columns, (c) => [c.id, given(r[c.id])])));
  w.figures.lists[s.id] = raw;
  const nameColumn = s.columns.find((c) => !c.group && c.kind === 'text');
  raw.forEach((row, i) => rowRelations(w, s.columns, row, [s.id, i], [s.block ?? '', String(row[nameColumn?.id ?? '']?.value ?? FM.nthRow(i + 1))]));
  if (s.groupWeights) groupWeights(w, s);
  if (s.groupWeights?.splits) groupSplits(w, s);
  if (s.total) listTotal(w, s);
}

function groupWeights(w: FormWork, s: ListSection): void {
  const g = s.groupWeights!;
  const rows = w.figures.lists[s.id];
  const weightCol = s.columns.find((c) => c.id === g.weight)!;
  for (const [group, expected] of Object.entries(g.expect)) {
    const members = rows.filter((r) => r[g.column]?.value === group);
    if (!members.length) continue;
    const computed = members.reduce((a, r) => a.plus(asDecimal(r[g.weight]?.value) ?? ZERO), ZERO);
    // Said at the group's first 分值 cell, one the clerk can change (in a workbook, not the list's heading).
    const at = w.at([s.id, rows.indexOf(members[0]), g.weight], [s.block ?? '', group, weightCol.title]);
    if (!computed.equals(expected)) w.findings.push(formFinding('W_FORM_GROUP_WEIGHT', { group, computed: w.print(weightCol, computed), expected: String(expected) }, at));
  }
}

/**
 * Each group against the standard split its classes call for (the definition's `splits`): the first split with a
 * weight for every class present. A list with a group no word classes (the 投入/过程 framework) is left alone.
 */
function groupSplits(w: FormWork, s: ListSection): void {
  const g = s.groupWeights!;
  const groups: { name: string; first: number; weight: Decimal; block?: Level1Block; parts: RelationOutcome['parts'] }[] = [];
  w.figures.lists[s.id].forEach((r, item) => {
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
  for (const x of groups) {
    // One 一级指标 written two ways is weighed as two groups: the one most rows spell it is said beside the other.
    const usual = groups.filter((y) => y.block === x.block).sort((a, b) => b.parts.length - a.parts.length || a.first - b.first)[0];
    const group = { name: x.name, split: split.name, ...(usual !== x && { usual: usual.name }) };
    w.outcomes.push({ kind: 'groupWeight', section: s.id, row: String(x.first), column: g.column, given: x.weight, computed: new D(split.weights[x.block!]!), parts: x.parts, group });
  }
}

/**
 * Whether a total's parts (the list's cells of `column`, and `refs`) include a cell with an error of its own. Its
 * 应为 would then be the sum of the cell as typed, not as that error corrects it: one typo, one finding.
 */
function restsOnError(w: FormWork, s: ListSection, column: string, refs: readonly string[]): boolean {
  const rows = mapList(w.figures.lists[s.id] ?? [], (_, i) => w.at([s.id, i, column], []).path);
  const parts = new Set([...rows, ...mapList(refs, (ref) => w.placeOf(ref).path)]);
  return w.findings.some((f) => f.level === 'error' && parts.has(f.path));
}

function listTotal(w: FormWork, s: ListSection): void {
  const t = s.total!;
  const out: Record<string, FormCell> = {};
  for (const [colId, refs] of Object.entries(t.sums)) {
    const c = s.columns.find((x) => x.id === colId)!;
    const parts = mapList([`${s.id}.${colId}`, ...refs], (r) => w.resolve(r, t.unrounded));
    const computed = parts.every((p) => p === undefined) ? undefined : parts.reduce<Decimal>((a, p) => a.plus(p ?? ZERO), ZERO);
    out[colId] = { value: computed, derived: true };
    const at = w.at([s.id, 'total', colId], [s.block ?? '', t.label, c.title]);
    // A total the input states (read through `input`, as published) prints as given.
    const stated = asDecimal(((w.data[STATED_TOTALS] as Raw | undefined)?.[s.id] as Raw | undefined)?.[colId] as Value | undefined);
    if (stated !== undefined) {
      const rows = mapList(w.figures.lists[s.id] ?? [], (r, item) => ({ item, value: asDecimal(r[colId]?.value) }));
      w.outcomes.push({ kind: 'total', section: s.id, row: 'total', column: colId, given: stated, computed, parts: rows, printed: w.resolve(`${s.id}.${colId}`) });
      const cell: FormCell = { value: stated, derived: false };
      if (w.settle(cell, computed, c) && !restsOnError(w, s, colId, refs))
        w.findings.push(formFinding('E_FORM_TOTAL', { label: rowName(t.label), column: c.title, given: w.print(c, stated), computed: w.print(c, computed) }, w.mistake(at, c, stated, computed)));
      out[colId] = cell;
    }
    const expected = t.expect?.[colId];
    if (expected !== undefined && computed !== undefined && !computed.equals(expected))
      w.findings.push(formFinding('E_FORM_EXPECTED_TOTAL', { label: rowName(t.label), column: c.title, computed: w.print(c, computed), expected: String(expected) }, { ...at, expected: String(expected), actual: w.print(c, computed) }));
    const makes = t.makes?.[colId];
    // Recorded for a form's `findings`; the total row prints the column's own total all the same.
    if (makes && computed !== undefined) {
      const others = mapList(makes.plus, (ref) => ({ ref, value: w.givenAt(ref) }));
      const whole = others.reduce((a, p) => a.plus(p.value ?? ZERO), computed);
      w.outcomes.push({ kind: 'makes', section: s.id, row: 'total', column: colId, given: whole, computed: new Decimal(makes.value), parts: [{ column: colId, value: computed }, ...others] });
    }
    const statedField = t.stated?.[colId];
    if (statedField) {
      const cell = w.figures.fields[statedField];
      const before = asDecimal(cell?.value);
      if (cell && w.settle(cell, computed, c) && !restsOnError(w, s, colId, refs)) {
        // A total stated in a field of its own (自评总分) is said with what it adds up: the rows and each cell beside them.
        const named = mapList([FM.eachRow(c.title), ...mapList(refs, (ref) => w.titleOf(ref))], (name, i) => `${name} ${w.print(c, parts[i] ?? ZERO)}`);
        w.findings.push(
          formFinding('E_FORM_TOTAL', { label: w.form.fields[statedField].title, column: c.title, given: w.print(c, before), computed: w.print(c, computed), parts: named.join(' + ') }, w.mistake(w.at([statedField], [w.form.fields[statedField].title]), c, before, computed)),
        );
      }
    }
  }
  w.figures.totals[s.id] = out;
  const score = asDecimal(out.score?.value);
  if (score !== undefined) w.figures.grade = [...w.profile.grades].sort((a, b) => b.min - a.min).find((g) => score.greaterThanOrEqualTo(g.min))?.name;
}

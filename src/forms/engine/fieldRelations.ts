/** Relations between a form's fields: sums of fields, rates and scores between them, and two splits of one total. */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../../derive/decimal.js';
import { asDecimal, decimalsOf, samePrinted } from '../cells.js';
import type { ColumnDef } from '../definition.js';
import { formFinding } from '../messages.js';
import type { FormWork } from './formWork.js';
import { FIELDS, type RelationOutcome } from './outcome.js';
import { factRef } from '../sameFact.js';
import { rowRelations } from './rowRelations.js';
import { mapList } from '../../mapList.js';

/** A field as the column its value prints in. */
const col = (id: string, f: FormWork['form']['fields'][string]) => ({ ...f, id, title: f.title, share: 1, group: false }) as unknown as ColumnDef;

/** A blank field that takes the fact it is the same as (`fill: same`), before any relation reads it. */
export function fillFromSame(w: FormWork): void {
  for (const [id, f] of Object.entries(w.form.fields)) {
    const cell = w.figures.fields[id];
    if (f.fill !== 'same' || typeof f.same !== 'string' || asDecimal(cell.value) !== undefined || !w.place.fact) continue;
    const { document, ref } = factRef(f.same);
    const value = w.place.fact(document, ref);
    if (value !== undefined) w.figures.fields[id] = { value, derived: true };
  }
}

/** Fields with a `sum`, each after the sum fields it adds (支出决算数 after 基本支出); the loader has refused a cycle. */
function sumOrder(fields: FormWork['form']['fields']): string[] {
  const out: string[] = [];
  const visit = (id: string) => {
    if (out.includes(id) || !fields[id]?.sum) return;
    fields[id].sum!.forEach(visit);
    out.push(id);
  };
  Object.keys(fields).forEach(visit);
  return out;
}

/** Sums of fields and two fields that should agree (the two splits of one total). */
export function fieldRelations(w: FormWork): void {
  const fields = w.form.fields;
  const sums = new Map<string, RelationOutcome>();
  for (const id of sumOrder(fields)) {
    const f = fields[id];
    const parts = mapList(f.sum!, (x) => asDecimal(w.figures.fields[x]?.value));
    if (f.sumNeedsAll ? parts.some((p) => p === undefined) : parts.every((p) => p === undefined)) continue;
    const computed = parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
    const cell = w.figures.fields[id];
    // A value taken from another document (`fill`) is not the input's: the sum is compared only with what was typed.
    const before = cell.derived ? undefined : asDecimal(cell.value);
    // A part that is itself a sum counts by its own parts: a total over a slipped subtotal is judged by the subtotal's parts.
    const fromLeaves = parts.reduce<Decimal>((a, p, i) => a.plus(sums.get(f.sum![i])?.computed ?? p ?? ZERO), ZERO);
    sums.set(id, { kind: 'sum', section: FIELDS, row: '', column: id, given: before, computed, parts: mapList(f.sum!, (column, i) => ({ column, value: parts[i] })), fromLeaves });
    if (cell.derived && cell.value !== undefined) continue;
    if (w.settle(cell, computed, col(id, f))) {
      const text = mapList(f.sum!, (x, i) => `${fields[x].title} ${w.print(col(id, f), parts[i] ?? ZERO)}`).join(' + ');
      w.findings.push(formFinding('E_FORM_SUM', { row: f.title, column: '', given: w.print(col(id, f), before), computed: w.print(col(id, f), computed), parts: text }, w.mistake(w.at([id], [f.title]), col(id, f), before, computed)));
    }
  }
  // Read in the order the fields are written, whatever order they were worked out in.
  for (const id of Object.keys(fields)) if (sums.has(id)) w.outcomes.push(sums.get(id)!);
  // Rates and execution-rate scores between fields, worked out after the sums they read (资金执行率 = 执行数 ÷ 资金总额).
  const related = Object.entries(fields).filter(([, f]) => f.rate || f.executionScore);
  if (related.length) {
    const columns = mapList(Object.entries(fields), ([id, f]) => ({ ...f, id, share: 1, group: false }) as unknown as ColumnDef);
    const order = new Set(mapList(related, ([id]) => id));
    rowRelations(w, columns.filter((c) => order.has(c.id)).concat(columns.filter((c) => !order.has(c.id))), w.figures.fields, [], []);
  }
  for (const [id, f] of Object.entries(fields)) {
    if (!f.sameAs) continue;
    const a = asDecimal(w.figures.fields[id]?.value);
    const b = asDecimal(w.figures.fields[f.sameAs]?.value);
    const printed = { kind: f.kind } as ColumnDef;
    const parts = mapList(f.sum ?? [], (column) => ({ column, value: asDecimal(w.figures.fields[column]?.value) }));
    w.outcomes.push({ kind: 'sameAs', section: FIELDS, row: '', column: id, given: a, computed: b, parts: [{ column: f.sameAs, value: b }, ...parts] });
    if (a && b && !samePrinted(a, b, decimalsOf(f.kind, w.rules)))
      w.findings.push(formFinding('W_FORM_SPLITS_DIFFER', { field: f.title, value: w.print(printed, a), other: fields[f.sameAs].title, otherValue: w.print(printed, b) }, w.at([id], [f.title])));
  }
}

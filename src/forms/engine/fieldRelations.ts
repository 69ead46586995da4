/** Relations between a form's fields: sums of fields, rates and scores between them, and two splits of one total. */
import type { Decimal } from 'decimal.js';
import { ZERO } from '../../derive/decimal.js';
import { asDecimal, decimalsOf, samePrinted } from '../cells.js';
import type { ColumnDef } from '../definition.js';
import { formFinding } from '../messages.js';
import type { FormWork } from './formWork.js';
import { FIELDS } from './outcome.js';
import { rowRelations } from './rowRelations.js';

/** Sums of fields and two fields that should agree (the two splits of one total). */
export function fieldRelations(w: FormWork): void {
  const fields = w.form.fields;
  for (const [id, f] of Object.entries(fields)) {
    const col = { ...f, id, title: f.title, share: 1, group: false } as unknown as ColumnDef;
    if (f.sum) {
      const parts = f.sum.map((x) => asDecimal(w.figures.fields[x]?.value));
      if (parts.every((p) => p === undefined)) continue;
      const computed = parts.reduce<Decimal>((a, b) => a.plus(b ?? ZERO), ZERO);
      const cell = w.figures.fields[id];
      const before = asDecimal(cell.value);
      w.outcomes.push({ kind: 'sum', section: FIELDS, row: '', column: id, given: before, computed, parts: f.sum.map((column, i) => ({ column, value: parts[i] })), fromLeaves: computed });
      if (w.settle(cell, computed, col)) {
        const text = f.sum.map((x, i) => `${fields[x].title} ${w.print(col, parts[i] ?? ZERO)}`).join(' + ');
        w.findings.push(formFinding('E_FORM_SUM', { row: f.title, column: '', given: w.print(col, before), computed: w.print(col, computed), parts: text }, { ...w.at([id], [f.title]), expected: w.print(col, computed), actual: w.print(col, before) }));
      }
    }
  }
  // Rates and execution-rate scores between fields, worked out after the sums they read (资金执行率 = 执行数 ÷ 资金总额).
  const related = Object.entries(fields).filter(([, f]) => f.rate || f.executionScore);
  if (related.length) {
    const columns = Object.entries(fields).map(([id, f]) => ({ ...f, id, share: 1, group: false }) as unknown as ColumnDef);
    const order = new Set(related.map(([id]) => id));
    rowRelations(w, columns.filter((c) => order.has(c.id)).concat(columns.filter((c) => !order.has(c.id))), w.figures.fields, [], []);
  }
  for (const [id, f] of Object.entries(fields)) {
    if (!f.sameAs) continue;
    const a = asDecimal(w.figures.fields[id]?.value);
    const b = asDecimal(w.figures.fields[f.sameAs]?.value);
    const col = { kind: f.kind } as ColumnDef;
    const parts = (f.sum ?? []).map((column) => ({ column, value: asDecimal(w.figures.fields[column]?.value) }));
    w.outcomes.push({ kind: 'sameAs', section: FIELDS, row: '', column: id, given: a, computed: b, parts: [{ column: f.sameAs, value: b }, ...parts] });
    if (a && b && !samePrinted(a, b, decimalsOf(f.kind, w.rules)))
      w.findings.push(formFinding('W_FORM_SPLITS_DIFFER', { field: f.title, value: w.print(col, a), other: fields[f.sameAs].title, otherValue: w.print(col, b) }, w.at([id], [f.title])));
  }
}

import { findRow, rowNameOf, tableProjectRows } from '../projectRows.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

/** Project names: each 项目支出绩效自评表 names a project row of the 基础数据表. */
export const projectRowMissing = defineRule('E_PROJECT_ROW_MISSING', (input, _figures, report) => {
  const names = tableProjectRows(input).map((r) => `“${r.name}”`);
  input.projectEvaluations.forEach((pr, i) => {
    const row = rowNameOf(pr);
    if (findRow(input, row)) return;
    const path = `projectEvaluations.${i}.${pr.basicDataRow === undefined ? 'name' : 'basicDataRow'}`;
    report(path, { project: pr.name, row, rows: names.length ? names.join('、') : LABELS.none });
  });
});

import { formatMoney } from '../../compose/format.js';
import { narrativeFacts } from '../../forms/narrativeFacts.js';
import { LABELS } from '../messages.js';
import { tableProjectRows, type TableRow } from '../projectRows.js';
import { defineRule } from '../rule.js';
import { mapList } from '../../mapList.js';

const listed = (rows: TableRow[]) => mapList(rows, (r) => LABELS.projectAmount(r.name, formatMoney(r.amounts.actual))).join(LABELS.listJoin);

/**
 * The narrative says what the year's 项目支出 was used for. Where it names some of the 基础数据表's projects
 * but not the others that spent money, it attributes the whole amount to part of it (the seed: 22.5 万元
 * “用于招商引资工作”, a 4.5 万元 row, leaving out 联络湖南异地商会工作's 18 万元).
 */
export const projectUse = defineRule('W_PROJECT_USE', (input, _figures, report) => {
  const use = input.narrative.projectUse.trim();
  const spent = tableProjectRows(input).filter((r) => r.amounts.actual !== undefined && !r.amounts.actual.isZero());
  const mentioned = spent.filter((r) => use.includes(r.name.trim()));
  const missing = spent.filter((r) => !mentioned.includes(r));
  if (mentioned.length === 0 || missing.length === 0) return;
  report('narrative.projectUse', { use, total: formatMoney(narrativeFacts(input).get('narrative.figures.projectExpenditure')?.value), mentioned: listed(mentioned), missing: listed(missing) });
});

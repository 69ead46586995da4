import { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatScore } from '../../compose/format.js';
import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { leaves } from './walk.js';

type Kind = 'money' | 'percent' | 'score';

function kindOf(key: string): Kind {
  if (key === 'weight' || key === 'score') return 'score';
  if (/Rate$/.test(key)) return 'percent';
  return 'money';
}

const NOUN: Record<Kind, string> = { money: '金额', percent: '比率', score: '分值或得分' };

/** Figures with more decimals than the form prints: a warning that says how they will be rounded. */
export function precisionFindings(input: ReportInput): Finding[] {
  const scoreDecimals = input.display.scoreDecimals;
  const findings: Finding[] = [];
  for (const leaf of leaves(input)) {
    if (!(leaf.value instanceof Decimal)) continue;
    const key = String(leaf.path[leaf.path.length - 1]);
    const kind = kindOf(key);
    const allowed = kind === 'score' ? scoreDecimals : 2;
    if (leaf.value.decimalPlaces() <= allowed) continue;
    const printed = kind === 'money' ? formatMoney(leaf.value) : kind === 'percent' ? formatPercent(leaf.value) : formatScore(leaf.value, scoreDecimals);
    findings.push({
      id: 'W_PRECISION',
      level: 'warning',
      path: joinPath(leaf.path),
      where: describePath(leaf.path),
      message: `${NOUN[kind]} ${leaf.value.toString()} 有 ${leaf.value.decimalPlaces()} 位小数，表上只印 ${allowed} 位，将四舍五入印为 ${printed}`,
      expected: `最多 ${allowed} 位小数`,
      actual: leaf.value.toString(),
      hint: '如需按原数印出，请先在数据中自行取舍到表格的位数',
    });
  }
  return findings;
}

import { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatScore } from '../../compose/format.js';
import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { leaves } from './walk.js';
import { INPUT_MESSAGES as M } from './messages.js';

type Kind = 'money' | 'percent' | 'score';

function kindOf(key: string): Kind {
  if (key === 'weight' || key === 'score') return 'score';
  if (/Rate$/.test(key)) return 'percent';
  return 'money';
}

const NOUN: Record<Kind, string> = M.nouns;

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
      message: M.precision(NOUN[kind], leaf.value.toString(), leaf.value.decimalPlaces(), allowed, printed),
      expected: M.atMostPlaces(allowed),
      actual: leaf.value.toString(),
      hint: M.precisionHint,
    });
  }
  return findings;
}

import { formatChineseDate, formatMoney, formatPercent, formatScore } from '../../src/compose/format.js';
import { D } from '../../src/derive/index.js';

const MONEY_PARENTS = ['previousActual', 'budget', 'actual', 'initialBudget', 'executed', 'total', 'generalPublic', 'governmentFund', 'specialAccount', 'other', 'basic', 'project'];
const SKIP = new Set(['$schema', 'display', 'basicDataRow', 'selfReference']);

/**
 * Every value of a raw input file, in the form the PDFs print it: money with 2 decimals, rates with %,
 * scores as scores, dates in Chinese, indicator values as comparator+value+unit, texts as given.
 */
export function printedValues(raw: unknown): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const visit = (v: unknown, path: string[]) => {
    const key = path[path.length - 1] ?? '';
    if (SKIP.has(key) || v === null || v === undefined || v === '') return;
    if (Array.isArray(v)) return v.forEach((item, i) => visit(item, [...path, String(i)]));
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('value' in o && ('unit' in o || 'comparator' in o)) return out.push({ path: path.join('.'), text: `${o.comparator ?? ''}${o.value}${o.unit ?? ''}` });
      return Object.entries(o).forEach(([k, child]) => visit(child, [...path, k]));
    }
    const p = path.join('.');
    if (/Date$/.test(key)) return out.push({ path: p, text: formatChineseDate(String(v)) });
    if (/Rate$/.test(key)) return out.push({ path: p, text: formatPercent(new D(String(v).replace('%', ''))) });
    if (key === 'weight' || key === 'score') return out.push({ path: p, text: formatScore(new D(String(v)), 0) });
    if (typeof v === 'number' && !path.includes('staffing') && (MONEY_PARENTS.includes(key) || path.includes('figures') || path.includes('amounts'))) {
      return out.push({ path: p, text: formatMoney(new D(String(v))) });
    }
    out.push({ path: p, text: String(v) });
  };
  visit(raw, []);
  return out;
}

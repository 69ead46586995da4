import type { Indicator } from '../../model/schema.js';
import { defineRule, nameOf } from '../rule.js';

/** Indicators that count something (人次, 次, 个 …) add up from projects to the department; rates do not. */
function countOf(ind: Indicator) {
  const a = ind.actual;
  if (a.kind !== 'quantity' || a.unit === '%' || (a.comparator && a.comparator !== '=')) return undefined;
  return a;
}

/** "对接客商" and "对接客商人数" name the same thing; two characters are too few to tell. */
function sameThing(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x));
}

/**
 * The department's whole includes each project: a count the department reports below what one of its projects
 * reports for the same thing is a contradiction (the seed: 对接客商 100人次 against the project's 200人次).
 */
export const indicatorAcrossForms = defineRule('W_INDICATOR_ACROSS_FORMS', (input, _figures, report) => {
  input.departmentEvaluation.indicators.forEach((ind, i) => {
    const dept = countOf(ind);
    if (!dept) return;
    for (const [p, pr] of input.projectEvaluations.entries()) {
      const k = pr.indicators.findIndex((other) => {
        const count = countOf(other);
        return count !== undefined && count.unit === dept.unit && count.value.greaterThan(dept.value) && sameThing(other.name, ind.name);
      });
      if (k < 0) continue;
      const other = pr.indicators[k];
      report(
        `departmentEvaluation.indicators.${i}.actual`,
        { indicator: ind.name, actual: dept.text, project: pr.name, projectIndicator: other.name, projectPath: nameOf(`projectEvaluations.${p}.indicators.${k}.actual`), projectActual: other.actual.text },
        { expected: `≥ ${other.actual.text}`, actual: dept.text },
      );
      return;
    }
  });
});

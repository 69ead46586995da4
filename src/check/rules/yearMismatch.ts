import { titleOf } from '../compare.js';
import { formsOf } from '../forms.js';
import { LABELS } from '../messages.js';
import { YEAR_IN_TEXT as YEAR, yearText } from '../patterns.js';
import { defineRule, type Report } from '../rule.js';

/** `what` is worded only for a text that names another year: most texts name none, and wording every one costs. */
function check(report: Report<'W_YEAR_MISMATCH'>, path: string, what: () => string, text: string, year: number): void {
  for (const m of text.matchAll(YEAR)) {
    if (Number(m[1]) === year) continue;
    report(path, { what: what(), text, year: m[1], expected: String(year) }, { expected: yearText(year), actual: yearText(m[1]) });
    return;
  }
}

/**
 * Annual targets and their results speak of the report's year ("2022年全年", "成本控制在2022年预算内").
 * Another year there is usually last year's form copied over.
 */
export const yearMismatch = defineRule('W_YEAR_MISMATCH', (input, figures, report) => {
  for (const form of formsOf(input, figures)) {
    form.indicators.forEach((ind, i) => {
      for (const field of ['target', 'actual'] as const) {
        const path = `${form.path}.indicators.${i}.${field}`;
        check(report, path, () => LABELS.indicatorField(form.label, ind.name, titleOf(path)), ind[field].text, input.year);
      }
    });
  }
  input.projectEvaluations.forEach((pr, i) => {
    for (const field of ['planned', 'achieved'] as const) {
      const path = `projectEvaluations.${i}.goals.${field}`;
      check(report, path, () => LABELS.goalField(LABELS.projectForm(pr.name), titleOf(path)), pr.goals[field], input.year);
    }
  });
  check(report, 'departmentEvaluation.overallTarget', () => titleOf('departmentEvaluation.overallTarget'), input.departmentEvaluation.overallTarget, input.year);
});

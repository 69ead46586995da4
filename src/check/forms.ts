import type { DerivedFigures, IndicatorFigures } from '../derive/index.js';
import type { Indicator, ReportInput } from '../model/schema.js';
import { LABELS } from './messages.js';
import { mapList } from '../mapList.js';

/** One self-evaluation form (部门整体 or a project), as the indicator rules see it. */
export interface Form {
  /** JSON path of the form: "departmentEvaluation" or "projectEvaluations.1". */
  path: string;
  label: string;
  indicators: Indicator[];
  figures: IndicatorFigures;
}

export function formsOf(input: ReportInput, figures: DerivedFigures): Form[] {
  const d = input.departmentEvaluation;
  return [
    {
      path: 'departmentEvaluation',
      label: LABELS.departmentForm,
      indicators: d.indicators,
      figures: figures.department.indicators,
    },
    ...mapList(input.projectEvaluations, (pr, i) => ({
      path: `projectEvaluations.${i}`,
      label: LABELS.projectForm(pr.name),
      indicators: pr.indicators,
      figures: figures.projects[i].indicators,
    })),
  ];
}

import { composeNarrative } from '../compose/narrative.js';
import { layoutDefinedForm } from '../forms/hunan2022.js';
import { layoutNarrative } from './narrative.js';
import type { DocumentLayout, LayoutContext } from './types.js';

/** Every document of the report set, in the order they are filed. */
export function layoutReport(ctx: LayoutContext): DocumentLayout[] {
  return [
    layoutNarrative(ctx, composeNarrative(ctx.input, ctx.figures)),
    // 附件2, 附件3 and each project's 附件4 are built from their form definitions (templates/profiles/hunan-2022/forms/).
    layoutDefinedForm(ctx, 'basicData', 'basicData'),
    layoutDefinedForm(ctx, 'departmentEvaluation', 'departmentEvaluation'),
    ...ctx.input.projectEvaluations.map((p, i) =>
      layoutDefinedForm(ctx, 'projectEvaluation', 'projectEvaluation', { path: `projectEvaluations.${i}`, data: p, name: p.name }),
    ),
  ];
}

export type { DocumentLayout, LayoutContext, Node } from './types.js';
export { loadStyles, templateStyles, pageMargins, contentWidth, type Styles, type DocumentKind } from './styles.js';

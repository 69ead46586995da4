import { composeNarrative } from '../compose/narrative.js';
import { hunanProfile, layoutDefinedForm, setEntries } from '../forms/hunan2022.js';
import { layoutNarrative } from './narrative.js';
import type { DocumentLayout, LayoutContext } from './types.js';
import { mapList } from '../mapList.js';

/**
 * Every document of the report set, in the order hunan-2022's profile.yaml lists them (templates/profiles/hunan-2022/):
 * the narrative, and each form built from its definition (one per project for 附件4).
 */
export function layoutReport(ctx: LayoutContext): DocumentLayout[] {
  const profile = hunanProfile();
  return mapList(setEntries(ctx.input, profile), (entry) =>
    entry.form ? layoutDefinedForm(ctx, entry, entry.form, profile) : layoutNarrative(ctx, composeNarrative(ctx.input), { ...entry, continued: profile.continued }));
}

export type { DocumentLayout, LayoutContext, Node } from './types.js';
export { loadStyles, templateStyles, pageMargins, contentWidth, type Styles, type DocumentKind } from './styles.js';

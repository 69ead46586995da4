/**
 * hunan-2022's forms that the form engine builds: today's input (ReportInput) read through the form's `input`
 * mapping, derived by the relation engine, laid out by the generic table-form layout, with the set's document
 * names, 续表 mark and signature lines from templates/labels.yaml as for its other documents.
 */
import { DEFAULT_PROFILE, loadProfile } from '../core/profiles.js';
import type { DocumentKind } from '../layout/styles.js';
import type { DocumentLayout, LayoutContext } from '../layout/types.js';
import { printValue } from './cells.js';
import { plainTitle } from './definition.js';
import { FormEngine } from './derive.js';
import { layoutForm } from './layout.js';
import { mapInput, withInputDefaults } from './mapInput.js';
import { fillPlaces } from './places.js';

/** One item of a list the set prints a document for (a project of `projectEvaluations`): its place and name. */
export interface EachItem {
  /** The item's path in the input ("projectEvaluations.1"); the form's `input` places start at the item. */
  path: string;
  data: unknown;
  /** Its name in the document's title and file name (`{{projectName}}`). */
  name: string;
}

/**
 * The document `docKey` of templates/labels.yaml (附件2 …), built from the form `formId` of hunan-2022, in the
 * orientation templates/styles.yaml gives the document, as for the set's other documents; for a document printed
 * once per item (附件4, one per project), that item's, titled by `documents.<docKey>.eachTitle`.
 */
export function layoutDefinedForm(ctx: LayoutContext, formId: string, docKey: DocumentKind, item?: EachItem): DocumentLayout {
  const { input, labels } = ctx;
  const set = loadProfile(DEFAULT_PROFILE);
  const form = { ...set.forms[formId], orientation: ctx.styles.orientation[docKey] };
  // Print settings (`defaults.*` places) are the whole input's, also for one item's document.
  const profile = withInputDefaults(set, form, input);
  const common: Record<string, unknown> = { unit: input.unit.name, year: String(input.year), previousYear: String(input.year - 1) };
  const fill = (text: string) => fillPlaces(text, common);
  // The figures only: the findings of these relations are reported by the check stage (src/check/formRelations.ts).
  const data = mapInput(form, item ? item.data : input);
  const { figures } = new FormEngine(profile, form, data, { path: item?.path ?? formId, title: plainTitle(form), fill }).run();
  const own = Object.fromEntries(Object.entries(form.fields).map(([id, def]) => [id, printValue(def.kind, figures.fields[id]?.value, profile.defaults)]));
  const names = { unitName: input.unit.name, year: input.year, ...(item ? { projectName: item.name } : {}) };
  return layoutForm({
    profile,
    form,
    figures,
    context: { ...common, ...own },
    styles: ctx.styles,
    title: labels.text(`documents.${docKey}.${item ? 'eachTitle' : 'title'}`, names),
    fileName: labels.text(`documents.${docKey}.fileName`, names),
    attachment: labels.text(`documents.${docKey}.attachment`),
    continued: labels.text('common.continued'),
    signing: ctx,
  });
}

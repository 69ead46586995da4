/**
 * A profile's `summary` (the cells a batch summary shows for a unit) must name a document of the set and cells its
 * form has: a field, a matrix cell (部分.行.列) or a column of a list's total row (部分.total.列).
 */
import { namesCell } from './cellRefs.js';
import type { FormDef, ProfileDef } from './definition.js';
import { PROFILE_FILE_MESSAGES as PM } from './definitionMessages.js';
import { mapList } from '../mapList.js';

export const SUMMARY_CELLS = ['budget', 'executed', 'score'] as const;

export function summaryProblems(profile: ProfileDef, forms: Record<string, FormDef>, report: (key: string, what: string) => void): void {
  const summary = profile.summary;
  if (!summary) return;
  const doc = profile.documents.find((d) => d.id === summary.document && d.form);
  if (!doc) {
    const known = mapList(profile.documents.filter((d) => d.form), (d) => d.id).join('、');
    return report('summary.document', PM.summaryNoDocument(summary.document, known));
  }
  const form = forms[doc.form!];
  if (!form) return; // the missing form is said at its document
  for (const key of SUMMARY_CELLS) {
    const ref = summary[key];
    if (ref !== undefined && !namesCell(form, ref, true)) report(`summary.${key}`, PM.summaryNoCell(ref, form.id));
  }
}

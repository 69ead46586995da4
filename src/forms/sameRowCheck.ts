/**
 * A form's `sameRow` must name what exists: a document printed once, rows of items of its form and their money
 * columns, and this form's fields and cells. Found when the profile loads, at the key, in Chinese.
 */
import { namesCell } from './cellRefs.js';
import type { FormDef, FormDocument } from './definition.js';
import { PROFILE_FILE_MESSAGES as PM } from './definitionMessages.js';
import { mapList } from '../mapList.js';

/** A problem at a key of a form's file. */
type Report = (form: string, key: string, what: string) => void;

export function sameRowProblems(documents: readonly FormDocument[], forms: Record<string, FormDef>, report: Report): void {
  for (const [formId, form] of Object.entries(forms)) {
    const def = form.sameRow;
    if (!def) continue;
    const say = (key: string, what: string) => report(formId, `sameRow.${key}`, what);
    def.name.forEach((n, i) => {
      if (typeof n === 'string' && !form.fields[n]) say(`name.${i}`, PM.noField(n));
      else if (typeof n !== 'string' && !form.input) say(`name.${i}.input`, PM.nameInputWithoutInput(n.input));
    });
    for (const [column, refs] of Object.entries(def.columns)) refs.forEach((ref, i) => !namesCell(form, ref) && say(`columns.${column}.${i}`, PM.noCell(ref)));
    const doc = documents.find((d) => d.id === def.document);
    const other = doc && forms[doc.form];
    if (!doc) say('document', PM.noDocument(def.document, mapList(documents, (d) => d.id).join('、')));
    else if (doc.each) say('document', PM.eachRowsDocument(doc.id, doc.each));
    if (!doc || doc.each || !other) continue;
    const sections = mapList(def.rows, (ref, i) => {
      const [section, row, ...rest] = ref.split('.');
      const s = other.sections.find((x) => x.id === section);
      const ok = s?.kind === 'matrix' && !rest.length && s.rows.some((r) => r.id === row && r.items);
      if (!ok) say(`rows.${i}`, PM.noItemRow(doc.id, ref));
      return ok ? s : undefined;
    });
    for (const column of Object.keys(def.columns)) {
      // Only money columns hold an item's amounts (src/forms/engine/matrixRelations.ts).
      const held = sections.every((s) => !s || s.columns.some((c) => c.id === column && c.kind === 'money' && !c.rate));
      if (!held) say(`columns.${column}`, PM.noItemColumn(doc.id, column));
    }
  }
}

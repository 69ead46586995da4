/**
 * Two copies of a form printed once per item (one per project) that a reader cannot tell apart: the fields the
 * document's file name is made of read the same (a project entered twice, or a copied sheet whose name was not
 * changed). The set would publish the same project twice, under file names that differ only by （2）.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { FormDef, Profile } from './definition.js';
import type { DerivedForm } from './same.js';
import { formFinding } from './messages.js';
import { placeNames } from './places.js';
import { mapList } from '../mapList.js';

/** The fields of a form printed per item that its document's file name is made of ({{name}}): what tells copies apart. */
export function itemKeyFields(fileName: string, form: FormDef): string[] {
  return placeNames(fileName).filter((id) => form.fields[id]);
}

export function sameItems(profile: Profile, forms: readonly DerivedForm[]): Finding[] {
  const findings: Finding[] = [];
  profile.documents.forEach((doc, docIndex) => {
    if (!doc.each) return;
    const form = profile.forms[doc.form];
    const keys = itemKeyFields(doc.fileName, form);
    if (!keys.length) return;
    const seen = new Map<string, number>();
    forms
      .filter((f) => f.docIndex === docIndex)
      .forEach(({ engine }, n) => {
        const values = mapList(keys, (id) => String(engine.figures.fields[id]?.value ?? '').trim());
        if (values.every((v) => !v)) return;
        const key = JSON.stringify(values);
        const first = seen.get(key);
        if (first === undefined) return void seen.set(key, n + 1);
        const here = engine.placeOf(keys[0]);
        findings.push(formFinding('E_FORM_SAME_ITEM', { field: form.fields[keys[0]].title, name: values.filter(Boolean).join('、'), first, n: n + 1 }, here));
      });
  });
  return findings;
}

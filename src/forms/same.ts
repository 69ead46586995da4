/**
 * "The same fact" across the documents of a set: a field declared `same: <document>.<ref>` must print as that
 * document's fact does. Each form is derived on its own first (its sums and rates filled in), so the comparison
 * sees the values the two PDFs print.
 */
import type { Finding } from '../diagnostics/finding.js';
import { samePrinted, decimalsOf } from './cells.js';
import type { Profile } from './definition.js';
import type { FormEngine } from './derive.js';
import { formFinding } from './messages.js';

export interface DerivedForm {
  docIndex: number;
  engine: FormEngine;
}

export function sameFacts(profile: Profile, forms: readonly DerivedForm[]): Finding[] {
  const findings: Finding[] = [];
  for (const { docIndex, engine } of forms) {
    const form = profile.forms[profile.documents[docIndex].form];
    for (const [id, field] of Object.entries(form.fields)) {
      if (!field.same) continue;
      const [docId, ...rest] = field.same.split('.');
      const targets = forms.filter((f) => profile.documents[f.docIndex].id === docId);
      // A document printed once per item (one per project) has no one value to compare with.
      if (targets.length !== 1) continue;
      const ref = rest.join('.');
      const mine = engine.fact(id);
      const theirs = targets[0].engine.fact(ref);
      if (mine === undefined || theirs === undefined || samePrinted(mine, theirs, decimalsOf(field.kind, profile.defaults))) continue;
      const here = engine.placeOf(id);
      const there = targets[0].engine.placeOf(ref);
      findings.push(
        formFinding(
          'E_FORM_SAME_FACT',
          { field: here.where, value: engine.printAs(field.kind, mine), other: there.where, otherValue: engine.printAs(field.kind, theirs) },
          { ...here, expected: engine.printAs(field.kind, theirs), actual: engine.printAs(field.kind, mine) },
        ),
      );
    }
  }
  return findings;
}

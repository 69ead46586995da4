/**
 * "The same fact" across the documents of a set: a field declared `same: <document>.<ref>` must print as that
 * document's fact does. Each form is derived on its own first (its sums and rates filled in), so the comparison
 * sees the values the two PDFs print.
 */
import type { Finding } from '../diagnostics/finding.js';
import { samePrinted, decimalsOf } from './cells.js';
import { plainTitle, type Profile } from './definition.js';
import type { FormEngine } from './derive.js';
import { formFinding } from './messages.js';
import { matchRow, type SameRowDef } from './sameRow.js';
import { chosenFact } from './sameFact.js';
import { mapList } from '../mapList.js';

/** Whether a field and the field its `sameAs` names hold the same amount, to the cent (both given or worked out). */
export function splitsAgree(engine: FormEngine, field: string): boolean {
  const o = engine.outcomes.find((x) => x.kind === 'sameAs' && x.column === field);
  return Boolean(o?.given && o.computed && o.given.equals(o.computed));
}

export interface DerivedForm {
  docIndex: number;
  engine: FormEngine;
}

export function sameFacts(profile: Profile, forms: readonly DerivedForm[]): Finding[] {
  const findings: Finding[] = [];
  for (const { docIndex, engine } of forms) {
    const form = profile.forms[profile.documents[docIndex].form];
    if (form.sameRow) findings.push(...sameRowFacts(profile, form.sameRow, engine, forms));
    for (const [id, field] of Object.entries(form.fields)) {
      const fact = chosenFact(field, (when) => splitsAgree(engine, when));
      if (!fact) continue;
      const { document: docId, ref } = fact;
      const targets = forms.filter((f) => profile.documents[f.docIndex].id === docId);
      // A document printed once per item (one per project) has no one value to compare with.
      if (targets.length !== 1) continue;
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

/**
 * A copy of a form (one per item) against its row of the other document's rows of items (`sameRow`): the row its
 * name names is missing, or a declared column of it is unlike each of the copy's cells (said at the first with a value).
 */
function sameRowFacts(profile: Profile, def: SameRowDef, engine: FormEngine, forms: readonly DerivedForm[]): Finding[] {
  // The loader has refused a document printed other than once; an engine form's name is one of its fields.
  const other = forms.find((f) => profile.documents[f.docIndex].id === def.document)?.engine;
  const match = other && matchRow(def, engine, other, () => undefined);
  if (!other || !match) return [];
  const title = plainTitle(profile.forms[profile.documents.find((d) => d.id === def.document)!.form]);
  if (!match.row) {
    const here = engine.placeOf(typeof match.source === 'string' ? match.source : match.source.input);
    const rows = mapList(match.rows, (r) => `“${r.name}”`).join('、');
    return [formFinding('E_FORM_ROW_MISSING', { field: here.where, name: match.name, other: title, rows }, here)];
  }
  const row = match.row;
  return match.columns.flatMap((c) => {
    const mine = c.mine.find((m) => m.value !== undefined);
    if (!c.differs || !mine) return [];
    const [here, there] = [engine.placeOf(mine.ref), other.itemPlace(row.section, row.row, row.item, c.column)];
    const [value, otherValue] = [engine.printAs('money', mine.value), engine.printAs('money', c.theirs)];
    return [formFinding('E_FORM_SAME_FACT', { field: here.where, value, other: there.where, otherValue }, { ...here, expected: otherValue, actual: value })];
  });
}

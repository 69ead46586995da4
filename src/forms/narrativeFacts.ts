/**
 * The narrative's figures as its definition works them out (the narrative's `facts` in profile.yaml, hunan-2022's
 * forms/narrative.yaml): as the narrative states them, else the table's fact (`fill: same`), else the sum of their
 * parts. The narrative template and the checks written as code read them here, so the rule is written once.
 */
import type { Decimal } from 'decimal.js';
import type { ReportInput } from '../model/schema.js';
import { asDecimal } from './cells.js';
import type { Profile } from './definition.js';
import { hunanProfile } from './hunan2022.js';
import { runOnInput } from './inputRun.js';
import { inputPathOf } from './mapInput.js';

/** One figure of the narrative: where the data file holds it, its value, and whether the data file gave it. */
export interface NarrativeFact {
  path: string;
  value?: Decimal;
  typed: boolean;
}

/** The narrative's declared figures by their place in the data file ("narrative.figures.threePublic.actual"); none without `facts`. */
export function narrativeFacts(input: ReportInput, profile: Profile = hunanProfile()): ReadonlyMap<string, NarrativeFact> {
  const doc = profile.set.find((d) => d.kind === 'narrative' && d.facts !== undefined);
  const form = doc?.facts === undefined ? undefined : profile.forms[doc.facts];
  const facts = new Map<string, NarrativeFact>();
  if (!form) return facts;
  const engine = runOnInput(profile, form, input);
  for (const id of Object.keys(form.fields)) {
    const path = inputPathOf(form, input, `fields.${id}`);
    if (path === undefined) continue;
    const cell = engine.figures.fields[id];
    const value = asDecimal(cell?.value);
    facts.set(path, { path, value, typed: value !== undefined && !cell.derived });
  }
  return facts;
}

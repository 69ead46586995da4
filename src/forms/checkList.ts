/**
 * What a set built by today's code may name of the check stage: its forms' `findings` (catalog ids) and its
 * profile.yaml `checks` list (coded rules by name, or those ids), in the order findings are reported.
 */
import type { FactDocument, FormDef, ProfileDef } from './definition.js';
import { PROFILE_FILE_MESSAGES as PM } from './definitionMessages.js';
import { FINDING_ID } from './patterns.js';
import { mapList } from '../mapList.js';

/**
 * What the check stage has for a profile to name (src/check/codedRules.ts hands it over, so that reading a profile
 * needs nothing from that stage): coded rules by name, and the catalog's finding ids.
 */
export interface KnownChecks {
  rules: readonly string[];
  findings: readonly string[];
  /** The ids the check stage words for the kinds of findings that only some ids can report (a form's `sameRow`'s). */
  worded?: Readonly<Partial<Record<string, readonly string[]>>>;
}

/** A problem at a key of the file being read. */
type Report = (key: string, what: string) => void;

/** The ids a form's `findings` declares, by the key that names each. */
function findingKeys(form: FormDef): [string, string][] {
  return Object.entries(form.findings ?? {}).flatMap(([kind, byKey]) =>
    typeof byKey === 'string' ? [[`findings.${kind}`, byKey] as [string, string]] : mapList(Object.entries(byKey ?? {}), ([key, id]) => [`findings.${kind}.${key}`, id] as [string, string]),
  );
}

/**
 * Whether the form has what a `findings` kind judges, for the kinds a form may well lack (a 附件2 has no indicators);
 * `sameRow`'s kinds are judged against its declaration below.
 */
function judges(form: FormDef, kind: string): boolean {
  if (kind === 'indicatorScore') return form.sections.some((s) => s.kind !== 'grid' && s.columns.some((c) => c.indicatorScore));
  if (kind === 'groupWeight') return form.sections.some((s) => s.kind === 'list' && s.groupWeights?.splits?.length);
  return true;
}

/**
 * A form's `findings` may name only the catalog's ids, each reporting in that id's wording, and only for what the
 * form has: an indicator score or group id on a form without such a column or list would be listed and never report.
 */
export function findingProblems(form: FormDef, known: KnownChecks, report: Report): void {
  for (const [key, id] of findingKeys(form)) {
    const kind = key.split('.')[1];
    const worded = known.worded?.[kind];
    // What the form lacks is said before which ids could word it: adding an id would not help.
    if (!known.findings.includes(id)) report(key, PM.unknownFinding(id));
    else if ((kind === 'indicatorScore' || kind === 'groupWeight') && !judges(form, kind)) report(key, PM.nothingToJudge(id, kind));
    else if ((kind === 'rowMissing' || kind === 'sameRow') && !form.sameRow) report(key, PM.noSameRow(id));
    else if (worded && !worded.includes(id)) report(key, PM.notWorded(id, worded.join('、')));
    else if (kind === 'sameRow' && key !== 'findings.sameRow' && !(key.split('.')[2] in form.sameRow!.columns)) report(key, PM.noSameRowColumn(key.split('.')[2], Object.keys(form.sameRow!.columns).join('、')));
    else if (kind === 'same' && key !== 'findings.same' && !form.fields[key.split('.')[2]]?.same) report(key, PM.noSameField(key.split('.')[2]));
  }
}

/**
 * A legacy set's `checks` list: each entry a coded rule or an id a printed form's (or the narrative's facts') `findings` declares, each once, and
 * every declared id listed (one left out would go unchecked without a word). `documents` are the set's documents with a definition (the narrative's facts too).
 */
export function checkListProblems(profile: ProfileDef, documents: readonly FactDocument[], forms: Record<string, FormDef>, known: KnownChecks, report: Report): void {
  if (profile.engine !== 'legacy') {
    if (profile.checks.length) report('checks', PM.checksNotLegacy);
    return;
  }
  const declared = new Map<string, string>();
  // An id the catalog lacks is refused at its form's key already.
  for (const d of documents) for (const [, id] of forms[d.form] ? findingKeys(forms[d.form]) : []) if (known.findings.includes(id) && !declared.has(id)) declared.set(id, d.form);
  // A form definition refused (or missing) is said at its own key: what its findings declare is not known here.
  const unread = documents.some((d) => !forms[d.form]);
  const first = new Map<string, number>();
  profile.checks.forEach((name, i) => {
    if (first.has(name)) report(`checks.${i}`, PM.repeatedCheck(name, first.get(name)!));
    else if (!known.rules.includes(name) && !declared.has(name) && !(unread && FINDING_ID.test(name)))
      report(`checks.${i}`, FINDING_ID.test(name) ? PM.undeclaredFinding(name, [...declared.keys()].join('、') || PM.none) : PM.unknownCodedRule(name, known.rules.join('、')));
    if (!first.has(name)) first.set(name, i);
  });
  for (const [id, form] of declared) if (!first.has(id)) report('checks', PM.uncheckedFinding(id, form));
}

import type { Finding } from '../diagnostics/finding.js';
import { deriveFigures, type DerivedFigures } from '../derive/index.js';
import type { ReportInput } from '../model/schema.js';
import type { Placed, Proposal, Rule } from './rule.js';
import { settle } from './settle.js';
import { relationRules, type FormUse } from './formRelations.js';
import { RULES_BY_NAME } from './codedRules.js';
import type { CodedRuleName } from './ruleNames.js';
import type { RuleId } from './messages.js';
import { DEFAULT_PROFILE, loadProfile } from '../core/profiles.js';
import { factDocuments, type Profile } from '../forms/definition.js';
import { mapList } from '../mapList.js';

/** The forms whose relations are checks: each document whose form (or the narrative's facts) names its `findings`, once or per item (附件4). */
function checkedForms(profile: Profile): FormUse[] {
  return mapList(factDocuments(profile.set)
    .filter((d) => profile.forms[d.form]?.findings), (d) => ({ formId: d.form, ...(d.each ? { each: d.each } : {}) }));
}

const built = new WeakMap<Profile, readonly Rule[]>();

/**
 * The rules of a profile's `checks` list, in its order (hunan-2022: 基础数据表, narrative, 自评表s, then facts across
 * documents): a name is a coded rule, a finding id the relations its forms' definitions declare under that id. The
 * loader has refused any other name, a repeat, and a declared id the list leaves out.
 */
export function checkRules(profile: Profile = loadProfile(DEFAULT_PROFILE)): readonly Rule[] {
  let rules = built.get(profile);
  if (rules) return rules;
  const declared = relationRules(profile, checkedForms(profile));
  rules = mapList(profile.checks, (name) => RULES_BY_NAME[name as CodedRuleName] ?? declared.get(name as RuleId)!);
  built.set(profile, rules);
  return rules;
}

/** Every rule's findings with the corrections they propose, in rule order, then in document order within a rule. */
export function proposeAll(input: ReportInput, figures: DerivedFigures, rules: readonly Rule[] = checkRules()): Proposal[] {
  return rules.flatMap((rule) => rule.run(input, figures));
}

/**
 * Runs every rule; findings come in rule order, then in document order within a rule. Each error's 应为 is one
 * that, typed in, breaks nothing that agreed before (see settle.ts).
 */
export function runChecks(input: ReportInput, figures: DerivedFigures, profile: Profile = loadProfile(DEFAULT_PROFILE)): Finding[] {
  const rules = checkRules(profile);
  // A correction is judged only by the errors it would bring (settle.ts): the copies it is tried on skip the warnings,
  // and the figures only warnings read (every coded rule is a warning) are worked out only if a rule reads them.
  const errorRules = rules.filter((r) => r.level === 'error');
  return settle(input, proposeAll(input, figures, rules), (changed) => placeAll(changed, figuresOnRead(changed), errorRules));
}

/** Where each rule finds something, unworded (Rule.places). */
function placeAll(input: ReportInput, figures: DerivedFigures, rules: readonly Rule[]): Placed[] {
  return rules.flatMap((rule) => rule.places(input, figures));
}

/** The input's figures, worked out when a rule first reads them. */
function figuresOnRead(input: ReportInput): DerivedFigures {
  let figures: DerivedFigures | undefined;
  return new Proxy({} as DerivedFigures, { get: (_, key) => (figures ??= deriveFigures(input))[key as keyof DerivedFigures] });
}

export type { Rule } from './rule.js';
export { MESSAGES, type RuleId } from './messages.js';

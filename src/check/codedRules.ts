/**
 * The checks no declaration can express, by the name a profile's `checks` list gives them (hunan-2022's
 * profile.yaml): the list says which run and in what order, this says what each one is. The names are those of
 * ./ruleNames.ts, each once: the type refuses a name missing here or not there.
 */
import type { Rule } from './rule.js';
import type { CodedRuleName } from './ruleNames.js';
import { indicatorAcrossForms } from './rules/indicatorAcrossForms.js';
import { projectUse } from './rules/projectUse.js';
import { textDrift } from './rules/textDrift.js';
import { threePublicBudget } from './rules/threePublicBudget.js';
import { unitName } from './rules/unitName.js';
import { yearMismatch } from './rules/yearMismatch.js';

export const RULES_BY_NAME: Readonly<Record<CodedRuleName, Rule>> = {
  threePublicBudget,
  unitName,
  projectUse,
  yearMismatch,
  indicatorAcrossForms,
  textDrift,
};


/**
 * What a profile may name of the check stage, without loading the checks themselves (reading a profile, as
 * `jixiao profiles` does, should not pay for them): the coded rules' names, which src/check/codedRules.ts must map
 * one to one (its type says so), and the catalog's finding ids.
 */
import type { KnownChecks } from '../forms/checkList.js';
import { MESSAGES } from './messages.js';

export const CODED_RULE_NAMES = [
  'threePublicBudget',
  'narrativeTotals',
  'unitName',
  'projectUse',
  'yearMismatch',
  'crossProjectExpenditure',
  'crossBasicExpenditure',
  'crossPublicFunds',
  'crossThreePublic',
  'crossExecuted',
  'indicatorAcrossForms',
  'textDrift',
] as const;

export type CodedRuleName = (typeof CODED_RULE_NAMES)[number];

/** What a profile may name: coded rules in its `checks`, and catalog ids in its forms' `findings`. */
export const KNOWN_CHECKS: KnownChecks = { rules: CODED_RULE_NAMES, findings: Object.keys(MESSAGES) };

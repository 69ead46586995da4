/**
 * What a profile may name of the check stage, without loading the checks themselves (reading a profile, as
 * `jixiao profiles` does, should not pay for them): the coded rules' names, which src/check/codedRules.ts must map
 * one to one (its type says so), and the catalog's finding ids.
 */
import type { KnownChecks } from '../forms/checkList.js';
import { MESSAGES } from './messages.js';

export const CODED_RULE_NAMES = [
  'threePublicBudget',
  'unitName',
  'projectUse',
  'yearMismatch',
  'indicatorAcrossForms',
  'textDrift',
] as const;

export type CodedRuleName = (typeof CODED_RULE_NAMES)[number];

/**
 * The catalog ids worded for a form's `sameRow` (src/check/sameRowRelations.ts, whose type holds it to these), by
 * the `findings` kind that may name them: any other id there would report nothing.
 */
export const SAME_ROW_WORDED = { rowMissing: ['E_PROJECT_ROW_MISSING'], sameRow: ['E_PROJECT_ROW', 'W_PROJECT_ROW_BUDGET'] } as const;
export type SameRowWorded = (typeof SAME_ROW_WORDED)[keyof typeof SAME_ROW_WORDED][number];

/**
 * The catalog ids worded for an indicator row's score and for a 一级指标's weight (src/check/relationWording.ts, whose
 * types hold it to these): named under `findings.indicatorScore` or `findings.groupWeight`, any other id would report
 * nothing.
 */
export const INDICATOR_WORDED = {
  indicatorScore: ['E_QUANT_SCORE', 'W_MET_NOT_FULL', 'E_SCORE_MISSING', 'W_SHORTFALL_REASON', 'W_QUALITATIVE_REASON'],
  groupWeight: ['W_LEVEL1_WEIGHTS'],
} as const;
export type IndicatorWorded = (typeof INDICATOR_WORDED)[keyof typeof INDICATOR_WORDED][number];

/**
 * The catalog ids worded for a field's `same` as another document's fact (src/check/sameFactRelations.ts: "…在两处不一致"),
 * named under `findings.same`: any other id's message takes other words.
 */
export const SAME_FACT_WORDED = {
  same: ['E_CROSS_PROJECT_EXPENDITURE', 'E_CROSS_BASIC_EXPENDITURE', 'E_CROSS_PUBLIC_FUNDS', 'E_CROSS_THREE_PUBLIC', 'E_CROSS_EXECUTED'],
} as const;

/** What a profile may name: coded rules in its `checks`, and catalog ids in its forms' `findings`. */
export const KNOWN_CHECKS: KnownChecks = { rules: CODED_RULE_NAMES, findings: Object.keys(MESSAGES), worded: { ...SAME_ROW_WORDED, ...INDICATOR_WORDED, ...SAME_FACT_WORDED } };

import type { Finding } from '../diagnostics/finding.js';
import { deriveFigures, type DerivedFigures } from '../derive/index.js';
import type { ReportInput } from '../model/schema.js';
import type { Proposal, Rule } from './rule.js';
import { settle } from './settle.js';
import { formRelationRules, relationRules, type FormUse } from './formRelations.js';
import type { RuleId } from './messages.js';
import { DEFAULT_PROFILE } from '../core/defaultProfile.js';
import { crossBasicExpenditure } from './rules/crossBasicExpenditure.js';
import { crossExecuted } from './rules/crossExecuted.js';
import { crossProjectExpenditure } from './rules/crossProjectExpenditure.js';
import { crossPublicFunds } from './rules/crossPublicFunds.js';
import { crossThreePublic } from './rules/crossThreePublic.js';
import { expenseSplit } from './rules/expenseSplit.js';
import { narrativeTotals } from './rules/narrativeTotals.js';
import { projectRowAmount } from './rules/projectRowAmount.js';
import { projectRowBudget } from './rules/projectRowBudget.js';
import { projectRowMissing } from './rules/projectRowMissing.js';
import { textDrift } from './rules/textDrift.js';
import { threePublicBudget } from './rules/threePublicBudget.js';
import { unitName } from './rules/unitName.js';
import { projectUse } from './rules/projectUse.js';
import { indicatorAcrossForms } from './rules/indicatorAcrossForms.js';
import { yearMismatch } from './rules/yearMismatch.js';

/** The 自评表s whose relations are checks: 附件3 once, 附件4 once per project. */
const EVALUATION_FORMS: readonly FormUse[] = [{ formId: 'departmentEvaluation' }, { formId: 'projectEvaluation', each: 'projectEvaluations' }];

/**
 * Every rule, in the order a reader meets the documents: 基础数据表, narrative, 自评表s, then facts across documents.
 * The 基础数据表's own arithmetic (控制率, 合计, 三公 within 公用经费) is the relations its form definition declares;
 * so is the 自评表s' where a finding id stands in the list (the forms' `findings` name it).
 */
export function checkRules(): readonly Rule[] {
  const declared = relationRules(DEFAULT_PROFILE, EVALUATION_FORMS);
  const rules = CODED_RULES.flatMap((r) => (typeof r === 'string' ? (declared.has(r) ? [declared.get(r)!] : []) : [r]));
  // A finding a form names that has no place in the list comes after the 自评表s' own.
  const placed = new Set(CODED_RULES.filter((r) => typeof r === 'string'));
  const rest = [...declared].filter(([id]) => !placed.has(id)).map(([, r]) => r);
  const at = rules.findIndex((r) => r.id.startsWith('E_CROSS'));
  return [...formRelationRules(DEFAULT_PROFILE, 'basicData'), ...rules.slice(0, at), ...rest, ...rules.slice(at)];
}

/** Coded rules, and (by id) the places of the rules the 自评表s' definitions declare. */
const CODED_RULES: readonly (Rule | RuleId)[] = [
  // 基础数据表
  threePublicBudget,
  // 自评报告
  narrativeTotals,
  unitName,
  projectUse,
  // 自评表: money and execution rate
  'E_FUNDS_TOTAL',
  expenseSplit,
  'E_PROJECT_FUNDS_TOTAL',
  'E_EXECUTION_RATE',
  'E_EXECUTION_SCORE',
  // 自评表: indicators
  'W_LEVEL1_WEIGHTS',
  'E_WEIGHT_TOTAL',
  'E_WEIGHT_SUM',
  'E_SCORE_SUM',
  'E_SCORE_OVER_WEIGHT',
  'E_SCORE_MISSING',
  'E_QUANT_SCORE',
  'W_MET_NOT_FULL',
  'W_SHORTFALL_REASON',
  'W_QUALITATIVE_REASON',
  yearMismatch,
  // One fact in two documents
  crossProjectExpenditure,
  crossBasicExpenditure,
  crossPublicFunds,
  crossThreePublic,
  crossExecuted,
  projectRowMissing,
  projectRowAmount,
  projectRowBudget,
  indicatorAcrossForms,
  textDrift,
];

/** Every rule's findings with the corrections they propose, in rule order, then in document order within a rule. */
export function proposeAll(input: ReportInput, figures: DerivedFigures, rules: readonly Rule[] = checkRules()): Proposal[] {
  return rules.flatMap((rule) => rule.run(input, figures));
}

/**
 * Runs every rule; findings come in rule order, then in document order within a rule. Each error's 应为 is one
 * that, typed in, breaks nothing that agreed before (see settle.ts).
 */
export function runChecks(input: ReportInput, figures: DerivedFigures): Finding[] {
  const rules = checkRules();
  return settle(input, proposeAll(input, figures, rules), (changed) => proposeAll(changed, deriveFigures(changed), rules));
}

export type { Rule } from './rule.js';
export { MESSAGES, type RuleId } from './messages.js';

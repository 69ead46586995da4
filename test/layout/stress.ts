import { makeStressInput } from '../helpers/stressInput.js';

/**
 * The stress input (32 projects, a 60-row indicator table, 2,000-character texts) made harder for layout:
 * 100-character names, a 2,000-character 偏差原因 in its narrow column, a project with 20 indicators.
 * Plain data, valid for the schema; the checks may find it inconsistent (layout tests do not run them).
 */
export function stressData(): Record<string, any> {
  const d = makeStressInput();
  d.unit.name = `某某市${'某'.repeat(88)}事务服务中心（试点）`.slice(0, 100);
  d.narrative.closingUnitName = d.unit.name;
  const project = d.projectEvaluations[0];
  project.name = `第1号${'专项工作经费'.repeat(17)}`.slice(0, 100);
  project.supervisor = `某某市${'某某局'.repeat(40)}`.slice(0, 100);
  const dept = d.departmentEvaluation.indicators;
  dept[5].deviation = `偏差原因：${'因不可抗力因素影响，部分活动未能如期开展，已于次年一季度补办完成；'.repeat(80)}`.slice(0, 2000);
  dept[6].name = `三级指标${'很长的三级指标名称'.repeat(12)}`.slice(0, 100);
  dept[7].level2 = `二级${'很长的二级指标名称'.repeat(12)}`.slice(0, 100);
  return d;
}

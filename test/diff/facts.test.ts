import { describe, expect, it } from 'vitest';
import { diffFacts } from '../../src/diff/facts.js';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData, exampleInput } from '../helpers/example.js';

function changed(edit: (d: any) => void) {
  const data = exampleData();
  edit(data);
  return diffFacts(exampleInput(), parseReportInput(data));
}

describe('diffFacts', () => {
  it('finds nothing between an input and itself, nor between 983.74 and "983.74"', () => {
    expect(diffFacts(exampleInput(), exampleInput())).toEqual([]);
    expect(changed((d) => (d.narrative.figures.incomeTotal = String(d.narrative.figures.incomeTotal)))).toEqual([]);
  });

  it('prints money as the forms do, with the path in the user’s terms', () => {
    const [c, ...rest] = changed((d) => (d.basicData.projectExpenditure.total.budget = 22.5));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      path: ['basicData', 'projectExpenditure', 'total', 'budget'],
      where: '部门整体支出绩效评价基础数据表 › 项目支出 › 项目支出合计 › 本年预算数',
      kind: 'changed',
      old: '25.50',
      new: '22.50',
    });
  });

  it('prints rates with %, scores as scores, indicator values and dates as printed', () => {
    const changes = changed((d) => {
      d.departmentEvaluation.funds.executionRate = '70.1%';
      d.projectEvaluations[1].indicators[0].score = 9;
      d.projectEvaluations[0].indicators[0].actual = { comparator: '≥', value: 300, unit: '人次' };
      d.reportDate = '2023-04-01';
    });
    const by = (p: string) => changes.find((c) => c.path.join('.') === p);
    expect(by('departmentEvaluation.funds.executionRate')).toMatchObject({ old: '68.54%', new: '70.10%' });
    expect(by('projectEvaluations.1.indicators.0.score')?.new).toBe('9');
    expect(by('projectEvaluations.0.indicators.0.actual')?.new).toBe('≥300人次');
    expect(by('reportDate')).toMatchObject({ where: '报告日期', old: '2023年3月22日', new: '2023年4月1日' });
  });

  it('names an added or removed list item by its name, and a value given where there was none', () => {
    const changes = changed((d) => {
      d.projectEvaluations[0].indicators.push({ ...d.projectEvaluations[0].indicators[0], name: '新增指标' });
      d.narrative.improvements.pop();
      d.narrative.figures.expenditureTotal = null;
    });
    const n = exampleData().projectEvaluations[0].indicators.length;
    expect(changes.find((c) => c.kind === 'added')).toMatchObject({ where: `项目支出绩效自评表“招商引资工作经费” › 绩效指标[${n + 1}]`, new: '新增指标' });
    expect(changes.find((c) => c.kind === 'removed' && c.path[1] === 'improvements')?.old).toContain('持续抓好“三公”经费控制管理');
    expect(changes.find((c) => c.path.join('.') === 'narrative.figures.expenditureTotal')).toMatchObject({ kind: 'removed', old: '346.17', new: undefined });
  });

  it('calls a list item that has a name by its name, as the forms show it, not by its number', () => {
    const changes = changed((d) => (d.departmentEvaluation.indicators[4].actual = { value: 200, unit: '人次' }));
    expect(changes.map((c) => c.where)).toEqual(['部门整体支出绩效目标自评表 › 绩效指标“对接客商” › 实际完成值']);
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseReportInput } from '../../src/model/parse.js';
import { describePath } from '../../src/model/paths.js';
import { exampleData, exampleInput } from '../helpers/example.js';

describe('ReportInputSchema', () => {
  it('parses the bundled example with every figure as published', () => {
    const input = exampleInput();
    expect(input.unit.name).toBe('衡阳市投资促进事务中心');
    expect(input.basicData.staffing.controlRate?.toString()).toBe('100');
    expect(input.basicData.projectExpenditure.total.budget?.toString()).toBe('25.5');
    expect(input.departmentEvaluation.indicators).toHaveLength(12);
    expect(input.projectEvaluations.map((p) => p.indicators.length)).toEqual([7, 9]);
    const target = input.departmentEvaluation.indicators[0].target;
    expect(target).toMatchObject({ kind: 'quantity', comparator: '≥', unit: '次', text: '≥3次' });
  });

  it('keeps amounts exact as decimals, not floats', () => {
    const data = exampleData();
    data.basicData.publicFunds.office.actual = '0.1';
    const input = parseReportInput(data);
    expect(input.basicData.publicFunds.office.actual!.plus('0.2').toString()).toBe('0.3');
  });

  it('reports every problem at once, with the field in the user terms', () => {
    const data = exampleData();
    data.year = '二〇二二';
    delete data.contacts.preparer;
    data.projectEvaluations[1].indicators[4].weight = 'abc';
    data.basicData.staffing.autorized = 15;
    try {
      parseReportInput(data);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const findings = (e as UserError).findings;
      const where = findings.map((f) => f.where);
      expect(where).toContain('年度');
      expect(where).toContain('签字与联系 › 填表人');
      expect(where).toContain('项目支出绩效自评表[2] › 绩效指标[5] › 分值');
      const unknown = findings.find((f) => f.id === 'E_UNKNOWN_FIELD')!;
      expect(unknown.message).toContain('authorized');
    }
  });

  it('names paths in Chinese', () => {
    expect(describePath(['basicData', 'threePublic', 'total', 'actual'])).toBe('部门整体支出绩效评价基础数据表 › 三公经费 › 三公经费合计 › 本年决算数');
  });
});

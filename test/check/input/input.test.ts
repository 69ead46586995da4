import { describe, expect, it } from 'vitest';
import { inputChecks, missingGlyphs, precisionFindings } from '../../../src/check/input/index.js';
import { parseReportInput } from '../../../src/model/parse.js';
import { exampleData, exampleInput } from '../../helpers/example.js';

describe('missingGlyphs', () => {
  it('finds nothing in the example', () => {
    expect(missingGlyphs(exampleInput())).toEqual([]);
  });

  it('names the field and the code point of a character the font lacks', () => {
    const data = exampleData();
    data.contacts.preparer = '王䶮';
    data.projectEvaluations[0].indicators[2].deviation = '已完成😀';
    const findings = missingGlyphs(parseReportInput(data));
    expect(findings.map((f) => [f.where, f.actual])).toEqual([
      ['签字与联系 › 填表人', '“䶮”（U+4DAE）'],
      ['项目支出绩效自评表[1] › 绩效指标[3] › 偏差原因分析及改进措施', '“😀”（U+1F600）'],
    ]);
    expect(findings[0].level).toBe('error');
  });

  it('counts the characters it names', () => {
    const data = exampleData();
    data.contacts.preparer = '王䶮';
    data.projectEvaluations[0].indicators[2].deviation = '已完成😀🙂䶮';
    const [one, three] = missingGlyphs(parseReportInput(data)).map((f) => f.message);
    expect(one).toMatch(/^字体里没有 “䶮”（U\+4DAE） 这个字/);
    expect(three).toMatch(/ 这 3 个字，印出来会是空白方框$/);
  });

  it('turns them into warnings with --allow-missing-glyphs', () => {
    const data = exampleData();
    data.unit.name = '衡阳市䶮事务中心';
    const findings = inputChecks(parseReportInput(data), { allowMissingGlyphs: true }).filter((f) => f.id === 'E_MISSING_GLYPH');
    expect(findings).toHaveLength(1);
    expect(findings[0].level).toBe('warning');
  });
});

describe('precisionFindings', () => {
  it('finds nothing in the example', () => {
    expect(precisionFindings(exampleInput())).toEqual([]);
  });

  it('warns about money with more decimals than the form prints, and says how it rounds', () => {
    const data = exampleData();
    data.basicData.publicFunds.office.actual = 89.974;
    data.departmentEvaluation.funds.score = 6.854;
    const findings = precisionFindings(parseReportInput(data));
    expect(findings.map((f) => f.path)).toEqual(['basicData.publicFunds.office.actual', 'departmentEvaluation.funds.score']);
    expect(findings[0].message).toContain('89.97');
    expect(findings[1].message).toContain('印为 7');
    expect(findings.every((f) => f.level === 'warning')).toBe(true);
  });
});

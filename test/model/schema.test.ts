import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseReportInput } from '../../src/model/parse.js';
import { describePath } from '../../src/model/paths.js';
import type { ReportInput } from '../../src/model/schema.js';
import { exampleData, exampleInput, modelFindings } from '../helpers/example.js';

/** The example with `edit` made: `pick` of what the model reads of it, or the messages of what it refuses, joined. */
function readOrRefused<T>(edit: (d: any) => void, pick: (input: ReportInput) => T): T | string {
  const data = exampleData();
  edit(data);
  const refused = modelFindings(data);
  return refused.length ? refused.map((f) => f.message).join() : pick(parseReportInput(data));
}

/** The first finding the model has of the example with `edit` made; undefined when it reads. */
function firstRefusal(edit: (d: any) => void) {
  const data = exampleData();
  edit(data);
  return modelFindings(data)[0];
}

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

  it('reads thousands separators only where they belong', () => {
    const office = (v: string) => readOrRefused((d) => (d.basicData.publicFunds.office.actual = v), (i) => i.basicData.publicFunds.office.actual!.toString());
    expect(office('1,234.5')).toBe('1234.5');
    expect(office(' 12,345,678 ')).toBe('12345678');
    for (const misplaced of ['17,5', '5,05.05', '1,23', '1234,567', ',123', '1,234,5', '1,,234']) expect(office(misplaced)).toContain('逗号只能作千分位分隔符');
  });

  it('reads an amount typed in an input method’s full-width mode, or with the 。 it types for a point, as the same number', () => {
    const office = (v: string) => readOrRefused((d) => (d.basicData.publicFunds.office.actual = v), (i) => i.basicData.publicFunds.office.actual!.toString());
    expect(office('１２．５')).toBe('12.5');
    expect(office('12。5')).toBe('12.5');
    expect(office('１，２３４．５')).toBe('1234.5');
    expect(office('－３')).toContain('不能为负数');
    expect(office('１７，５')).toContain('逗号只能作千分位分隔符');
    expect(office('12.5万元')).toContain('金额应为数字');
  });

  it('reads a date written 2023/3/22, 2023-3-22, 2023.3.22 or 2023年3月22日 as 2023-03-22, and still refuses a day that is none', () => {
    const reportDate = (v: string) => readOrRefused((d) => (d.reportDate = v), (i) => i.reportDate);
    for (const written of ['2023-03-22', '2023/3/22', '2023-3-22', '2023.3.22', '2023年3月22日', '２０２３年３月２２日', ' 2023 年 3 月 22 日 ', '2023／03／22']) expect(reportDate(written)).toBe('2023-03-22');
    expect(reportDate('2023年2月30日')).toContain('不是一个存在的日期');
    for (const wrong of ['2023年3月', '3/22/2023', '23-3-22', '2023-3-22-1']) expect(reportDate(wrong)).toContain('格式应为 YYYY-MM-DD');
  });

  it('reads a year written as text, as a workbook’s text cell holds it', () => {
    const year = (v: unknown) => readOrRefused((d) => (d.year = v), (i) => i.year);
    for (const written of ['2022', ' 2022 ', '２０２２', '2022年', '2022年度']) expect(year(written)).toBe(2022);
    for (const wrong of ['22', '2022年年', '二〇二二', 2022.5]) expect(year(wrong)).toContain('年度应为四位数字');
    expect(year('1999')).toContain('2000 年以后');
  });

  it('refuses control and bidirectional characters in text, and a line break in a name', () => {
    const actualOf = (edit: (d: any) => void) => firstRefusal(edit)?.actual;
    const problems = (edit: (d: any) => void) => readOrRefused(edit, () => '');
    expect(problems((d) => (d.narrative.problems = '甲\u0000乙'))).toContain('U+0000');
    expect(problems((d) => (d.narrative.problems = '\u001b[31m红'))).toContain('U+001B');
    expect(problems((d) => (d.narrative.problems = '\u009b'))).toContain('U+009B');
    expect(problems((d) => (d.contacts.preparer = '何\u2067蓉'))).toContain('U+2067');
    expect(problems((d) => (d.unit.name = '甲\t乙'))).toContain('应写在一行内');
    // Unicode's own line and paragraph separators break a line in print as \n does.
    expect(problems((d) => (d.unit.name = '衡阳市\u2028投资促进事务中心'))).toContain('应写在一行内');
    expect(problems((d) => (d.projectEvaluations[0].name = '招商\u2029引资'))).toContain('应写在一行内');
    expect(problems((d) => (d.unit.name = '..'))).toContain('无法用作文件名');
    // Shown as JSON writes a control character: printed as is, the separator would look like nothing, or break the line.
    expect(actualOf((d) => (d.unit.name = '衡阳市\u2028投资促进事务中心'))).toBe('"衡阳市\\u2028投资促进事务中心"');
    expect(problems((d) => (d.projectEvaluations[1].name = '／'))).toContain('无法用作文件名');
    // Paragraphs keep their line breaks and tabs.
    expect(problems((d) => (d.narrative.problems = '第一段\n第二段\t（续）\r\n第三段'))).toBe('');
  });

  it('says what is wrong with a number too large, too small or not finite, and shows it as written', () => {
    const refusal = (value: unknown) => {
      const f = firstRefusal((d) => (d.basicData.publicFunds.office.budget = value));
      return f && [f.message, f.actual];
    };
    // JSON's 1e400 and YAML's .inf are Infinity, YAML's .nan NaN: not "null", which nobody wrote.
    expect(refusal(Infinity)).toEqual([expect.stringContaining('不是有限的数字'), 'Infinity']);
    expect(refusal(-Infinity)).toEqual([expect.stringContaining('不是有限的数字'), '-Infinity']);
    expect(refusal(NaN)).toEqual([expect.stringContaining('不是有限的数字'), 'NaN']);
    // A number is a number however JavaScript writes it: 1e21 and up, and 1e-7 and down, are written with an exponent.
    expect(refusal(1.2345678901234568e29)?.[0]).toContain('大得不合常理');
    expect(refusal(1e21)?.[0]).toContain('大得不合常理');
    expect(refusal(1e-7)).toBeUndefined();
    // A text with an exponent is still no amount as a clerk writes one.
    expect(refusal('1e3')?.[0]).toContain('应为数字');
  });

  it('reads a head count written as text, as a workbook’s text cell is read, and refuses one that is no whole number', () => {
    const read = (value: unknown) => readOrRefused((d) => (d.basicData.staffing.authorized = value), (i) => i.basicData.staffing.authorized);
    expect(read('15')).toBe(15);
    expect(read(' 15 ')).toBe(15);
    expect(read('1,015')).toBe(1015);
    expect(read('１５')).toBe(15);
    expect(read('１，０１５')).toBe(1015);
    expect(read('－３')).toContain('编制数不能为负数');
    expect(read('15.5')).toContain('编制数应为整数');
    expect(read('十五')).toContain('编制数应为整数');
    expect(read('-3')).toContain('编制数不能为负数');
    expect(read(15.5)).toContain('编制数应为整数');
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

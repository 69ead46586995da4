// A refused value is said in Chinese, with what is wrong, whatever part of the validation refused it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/diagnostics/finding.js';
import { exampleData, modelFindings } from '../helpers/example.js';

function refusal(edit: (data: any) => void): Finding {
  const data = exampleData();
  edit(data);
  const [first] = modelFindings(data);
  if (!first) throw new Error('the input was accepted');
  return first;
}

const ZOD_WORDING = /Too (big|small)|expected|Invalid|received/;

describe('a refused value in the input', () => {
  it('a number above its bound says the bound', () => {
    const f = refusal((d) => (d.display.scoreDecimals = 3));
    expect(f).toMatchObject({ id: 'E_INVALID_VALUE', path: 'display.scoreDecimals' });
    expect(f.message).toContain('不能大于 2');
    expect(f.message).not.toMatch(ZOD_WORDING);
  });

  it('a required text left "" is missing, as a required number left null is: the same rule, the same wording', () => {
    const text = refusal((d) => (d.unit.name = ''));
    const number = refusal((d) => (d.basicData.staffing.authorized = null));
    expect(text).toMatchObject({ id: 'E_MISSING_FIELD', path: 'unit.name', actual: '（未填写）' });
    expect(number).toMatchObject({ id: 'E_MISSING_FIELD', path: 'basicData.staffing.authorized', actual: '（未填写）' });
    expect(text.message).toMatch(/^缺少必填项“单位名称”/);
    expect(number.message).toMatch(/^缺少必填项“编制数”/);
  });

  it('a text that must not be empty says so', () => {
    // Spaces only: a blank 自称 ("" or null) takes its default (test/model/blankText.test.ts).
    const f = refusal((d) => (d.narrative.selfReference = '   '));
    expect(f.message).toContain('不能为空');
    expect(f.message).not.toMatch(ZOD_WORDING);
  });

  it('a word off a list names the list, not the blank the field may also be', () => {
    const f = refusal((d) => (d.display.proseMoney = '三位小数'));
    expect(f.message).toContain('应为 twoDecimals、short 之一');
    expect(f.message).not.toContain('应为空');
  });

  it('a value of the wrong kind names the kind wanted and the value given', () => {
    const f = refusal((d) => (d.display.scoreDecimals = '2'));
    expect(f.message).toContain('类型不对：应为数字，实际是 "2"');
  });

  it('a union with words of its own says them where no branch got past the type', () => {
    const f = refusal((d) => delete d.departmentEvaluation.indicators[0].target.value);
    expect(f.message).toContain('年度指标值应为文字（如“积极吸引”）或比较符、数值和计量单位');
  });

  it('a required value left null (a blank of the YAML file init writes) is missing, as a blank cell of the workbook is', () => {
    const f = refusal((d) => (d.narrative.figures.personnel = null));
    expect(f).toMatchObject({ id: 'E_MISSING_FIELD', path: 'narrative.figures.personnel', actual: '（未填写）' });
    expect(f.message).toContain('缺少必填项“人员经费”');
    expect(f.message).not.toContain('null');
  });

  it('a date in the wrong form is one mistake, not also a day that does not exist', () => {
    const data = exampleData();
    data.reportDate = '22/03/2023';
    const findings = modelFindings(data);
    expect(findings.map((f) => f.path)).toEqual(['reportDate']);
    expect(findings[0].message).toContain('YYYY-MM-DD');
  });
});

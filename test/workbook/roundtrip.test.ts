import { describe, expect, it } from 'vitest';
import { blankInput } from '../../src/convert/skeleton.js';
import { located } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { writeWorkbook } from '../../src/workbook/write.js';
import { exampleData } from '../helpers/example.js';
import { makeStressInput } from '../helpers/stressInput.js';
import { asWorkbookGivesBack, model, throughWorkbook } from './helpers.js';

describe('json → xlsx → json', () => {
  it('gives back the example exactly, but for blanks, $schema and one numeric text', async () => {
    const data = exampleData();
    const back = await throughWorkbook(data);
    const expected = asWorkbookGivesBack(data);
    expect(data.departmentEvaluation.indicators[2].actual.value).toBe('983.74');
    expect(expected.departmentEvaluation.indicators[2].actual.value).toBe(983.74);
    expect(back).toEqual(expected);
    expect(model(back)).toEqual(model(data));
  });

  it('is a fixed point after one trip', async () => {
    const once = await throughWorkbook(exampleData());
    expect(await throughWorkbook(once)).toEqual(once);
  });

  it('keeps the stress input (32 projects, 60 indicators, 2000-character texts)', async () => {
    const data = makeStressInput();
    expect(data.projectEvaluations).toHaveLength(32);
    expect(data.departmentEvaluation.indicators).toHaveLength(60);
    expect(data.departmentEvaluation.overallTarget).toHaveLength(2000);
    const back = await throughWorkbook(data);
    expect(back).toEqual(asWorkbookGivesBack(data));
    expect(model(back)).toEqual(model(data));
  }, 60_000);

  it('keeps amounts exact: the shortest form of each number, long decimal text as text', async () => {
    const data = exampleData();
    const office = data.basicData.publicFunds.office;
    Object.assign(office, { previousActual: 15.4, budget: 0.1, actual: 983.74 });
    data.basicData.procurement = { previousActual: 1234567.89, budget: 0.1 + 0.2, actual: '12345.678901234567891' };
    data.departmentEvaluation.funds.executionRate = 33.333;
    data.basicData.staffing.controlRate = '80.5%';
    const back = await throughWorkbook(data);
    expect(back.basicData.publicFunds.office).toEqual({ previousActual: 15.4, budget: 0.1, actual: 983.74 });
    // 0.30000000000000004 has more digits than a cell keeps: it goes in as text and comes back as that text.
    expect(back.basicData.procurement).toEqual({ previousActual: 1234567.89, budget: '0.30000000000000004', actual: '12345.678901234567891' });
    expect(back.departmentEvaluation.funds.executionRate).toBe('33.333%');
    expect(back.basicData.staffing.controlRate).toBe('80.5%');
    expect(model(back)).toEqual(model(data));
  });

  it('keeps texts exactly: spaces, line breaks, quotes, formula-like text, numbers in text fields', async () => {
    const data = exampleData();
    data.narrative.problems = '  第一段：“三公”经费 <控制> & 说明\n第二段 =SUM(A1)  ';
    data.narrative.improvements = ['=1+1', '100%', '0734-8859878', '  缩进的措施'];
    data.contacts.phone = '08859878';
    data.projectEvaluations[0].indicators[0].deviation = '第一行\n第二行';
    const back = await throughWorkbook(data);
    expect(back.narrative.problems).toBe(data.narrative.problems);
    expect(back.narrative.improvements).toEqual(data.narrative.improvements);
    expect(back.contacts.phone).toBe('08859878');
    expect(back.projectEvaluations[0].indicators[0].deviation).toBe('第一行\n第二行');
  });

  it('keeps the signature images, and leaves them out when none is given', async () => {
    const data = exampleData();
    data.contacts.images = { principal: '签名/主要负责人.png', seal: 'seal.PNG', unitHead: '/abs/unit head.png' };
    expect((await throughWorkbook(data)).contacts.images).toEqual(data.contacts.images);
    expect((await throughWorkbook(exampleData())).contacts).not.toHaveProperty('images');
  });

  it('keeps the prose money settings, shown in the clerk’s words and read back as the model’s', async () => {
    const data = exampleData();
    data.display = { ...data.display, proseMoney: 'short', proseZero: '0.00' };
    const back = await throughWorkbook(data);
    expect(back.display).toMatchObject({ proseMoney: '去掉末尾的0', proseZero: '0.00' });
    expect((model(back) as any).display).toMatchObject({ proseMoney: 'short', proseZero: '0.00' });
    expect(parseReportInput({ ...exampleData(), display: { proseMoney: '去掉末尾的0' } }).display.proseMoney).toBe('short');
  });

  it('keeps indicator values as given: text, text that reads as a quantity, structured', async () => {
    const data = exampleData();
    const [first, second, third] = data.departmentEvaluation.indicators;
    first.target = '≥3次';
    second.target = { value: 2.5 };
    third.actual = { comparator: '≤', value: '0.75', unit: '万元' };
    const back = await throughWorkbook(data);
    const [a, b, c] = back.departmentEvaluation.indicators;
    expect(a.target).toBe('≥3次');
    expect(b.target).toEqual({ value: 2.5 });
    expect(c.actual).toEqual({ comparator: '≤', value: 0.75, unit: '万元' });
  });

  it('reads a blank workbook as the empty structure, every missing field located in its cell', async () => {
    const back = await throughWorkbook(blankInput());
    expect(back.projectEvaluations).toEqual([]);
    expect(back.departmentEvaluation.indicators).toEqual([]);
    expect(back.basicData.publicFunds.printing).toEqual({});
    const error = (() => {
      try {
        located(back, () => parseReportInput(back));
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    const unitName = error!.findings.find((f) => f.path === 'unit.name');
    expect(unitName?.where).toMatch(/^正文!B3 · /);
    expect(error!.findings.find((f) => f.path === 'departmentEvaluation.indicators')?.where).toMatch(/^部门整体支出绩效目标自评表!A\d+ · /);
  });

  it('refuses data the workbook has no cell for, naming it, instead of dropping it', async () => {
    const data = exampleData();
    data.basicData.publicFunds.office.estimate = 3;
    data.narrative.functions.items[1] = { text: '对象不是文字' };
    const error = await writeWorkbook(data).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.findings.map((f: { path: string }) => f.path).sort()).toEqual(['basicData.publicFunds.office.estimate', 'narrative.functions.items.1']);
    expect(error.findings[0].id).toBe('E_NOT_IN_WORKBOOK');
  });
});

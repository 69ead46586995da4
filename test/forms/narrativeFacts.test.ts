// The narrative's figures come from its definition (forms/narrative.yaml): what the narrative states, else the
// table's figure (fill: same), else the sum of their parts; the narrative's text prints them.
import { describe, expect, it } from 'vitest';
import { composeNarrative } from '../../src/compose/narrative.js';
import { narrativeFacts } from '../../src/forms/narrativeFacts.js';
import { parseReportInput } from '../../src/model/parse.js';
import { findingsOf } from '../check/helpers.js';
import { exampleData } from '../helpers/example.js';

const F = 'narrative.figures.';
const prose = (raw: unknown) =>
  composeNarrative(parseReportInput(raw))
    .map((b) => b.text)
    .join('\n');
const fact = (raw: unknown, path: string) => {
  const f = narrativeFacts(parseReportInput(raw)).get(F + path);
  return f && { value: f.value?.toFixed(2), typed: f.typed, path: f.path };
};

/** The example whose 三公 “年终决算” is left out of the narrative, and the table's 三公 决算数 (total and rows) too. */
function threePublicActualNowhere(): any {
  const raw = exampleData();
  delete raw.narrative.figures.threePublic.actual;
  for (const row of Object.values(raw.basicData.threePublic) as { actual?: number }[]) delete row.actual;
  return raw;
}

describe('the narrative’s figures', () => {
  it('prints what the narrative states, as published', () => {
    const raw = exampleData();
    raw.narrative.figures.publicFunds = 69.7;
    expect(fact(raw, 'publicFunds')).toEqual({ value: '69.70', typed: true, path: `${F}publicFunds` });
    expect(prose(raw)).toContain('日常公用经费 69.70 万元');
  });

  it('takes the 基础数据表’s figure where the narrative leaves one out, and sums the totals from them', () => {
    const raw = exampleData();
    for (const k of ['expenditureTotal', 'basicExpenditure', 'publicFunds', 'projectExpenditure']) delete raw.narrative.figures[k];
    raw.narrative.figures.threePublic = {};
    expect(fact(raw, 'publicFunds')).toEqual({ value: '69.72', typed: false, path: `${F}publicFunds` });
    expect(fact(raw, 'expenditureTotal')).toMatchObject({ value: '346.17', typed: false });
    const text = prose(raw);
    expect(text).toContain('当年支出决算数 346.17 万元，其中：项目支出 22.50 万元，基本支出 323.67 万元');
    expect(text).toContain('“三公”经费年初预算数 17.50 万元，年终决算支出为 10.16 万元（其中：因公出国（境）费 0 万元，公务用车购置费 0 万元，公务用车运行维护费 1.24 万元，公务接待费 8.92 万元）');
  });

  // Left out of both, the total is what its four parts add to, as the narrative's other totals are: a clerk who typed
  // the parts means their sum, and a published sentence must not read "年终决算支出为  万元".
  it('sums the narrative’s 三公 parts when the 年终决算 is left out of both the narrative and the table', () => {
    const raw = threePublicActualNowhere();
    expect(fact(raw, 'threePublic.actual')).toMatchObject({ value: '10.16', typed: false });
    expect(prose(raw)).toContain('年终决算支出为 10.16 万元（其中：因公出国（境）费 0 万元');
  });

  it('says a 三公 决算 over budget at the table’s cell when the narrative did not type it', () => {
    const over = (raw: any) => {
      raw.basicData.threePublic.total.budget = 10;
      raw.narrative.figures.threePublic.openingBudget = 10;
      return findingsOf(raw, 'W_THREE_PUBLIC_OVER_BUDGET').map((f) => [f.path, f.actual]);
    };
    const fromTable = exampleData();
    delete fromTable.narrative.figures.threePublic.actual;
    expect(over(fromTable)).toEqual([['basicData.threePublic.total.actual', '10.16']]);
    expect(over(threePublicActualNowhere())).toEqual([['basicData.threePublic.total.actual', '10.16']]);
    expect(over(exampleData())).toEqual([['narrative.figures.threePublic.actual', '10.16']]);
  });

  it('has no figures for a set whose narrative declares none', () => {
    const input = parseReportInput(exampleData());
    const profile = { set: [{ id: 'narrative', kind: 'narrative' }], forms: {} } as never;
    expect(narrativeFacts(input, profile).size).toBe(0);
  });
});

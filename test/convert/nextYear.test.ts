// Last year's file as this year's start: what moves on, what carries over, what is cleared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextYearInput } from '../../src/convert/nextYear.js';
import { loadInput } from '../../src/load/index.js';
import { exampleData } from '../helpers/example.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('nextYearInput', () => {
  const last = exampleData();
  const { data, cleared, oldYearTexts } = nextYearInput(last);
  const paths = cleared.map((p) => p.join('.'));

  it('moves the year and the dates on by one year', () => {
    expect([data.year, data.reportDate, data.formDate]).toEqual([2023, '2024-03-22', '2024-03-20']);
  });

  it('makes 本年决算数 the 上年决算数 and leaves this year’s budget and accounts blank, row by row', () => {
    const d = data as any;
    expect(d.basicData.publicFunds.office).toEqual({ previousActual: 2.46, budget: null, actual: null });
    expect(d.basicData.projectExpenditure.business.projects[0]).toEqual({ name: '联络湖南异地商会工作', amounts: { previousActual: 18, budget: null, actual: null } });
    expect(d.basicData.staffing).toEqual({ authorized: 15, actual: null, controlRate: null });
    expect(paths).toContain('basicData.publicFunds.office.budget');
  });

  it('carries texts, duties, targets and 分值 over; clears 实际完成值, 得分, 偏差原因, 执行数 and the narrative’s figures', () => {
    const d = data as any;
    const ind = d.departmentEvaluation.indicators[0];
    expect(ind).toMatchObject({ name: '招商考察', target: { comparator: '≥', value: 3, unit: '次' }, weight: last.departmentEvaluation.indicators[0].weight, actual: null, score: null });
    expect(d.departmentEvaluation.duties).toEqual(last.departmentEvaluation.duties);
    expect(d.narrative.functions).toEqual(last.narrative.functions);
    expect(d.departmentEvaluation.funds).toMatchObject({ executed: null, executionRate: null, score: null, weight: 10 });
    expect(d.projectEvaluations[0].funds.currentYear).toMatchObject({ executed: null, weight: 10, score: null });
    expect(d.projectEvaluations[0].goals).toEqual({ planned: last.projectEvaluations[0].goals.planned, achieved: null });
    expect(Object.values(d.narrative.figures.threePublic).every((v) => v === null)).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['departmentEvaluation.indicators.0.actual', 'projectEvaluations.1.funds.total.executed', 'narrative.figures.incomeTotal']));
  });

  it('names the texts that still say last year', () => {
    expect(oldYearTexts.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['narrative.performance', 'departmentEvaluation.indicators.6.target']));
  });

  it('leaves last year’s data as it was', () => {
    expect(last).toEqual(exampleData());
  });
});

describe('jixiao init --next-year', () => {
  it('writes next year’s file and lists what is still to be filled', async () => {
    const dir = tempDir('jixiao-next-year-');
    const out = join(dir, '2023.yaml');
    const { code, stdout } = await runCli(['init', '--next-year', join('fixtures', 'hengyang-investment-2022.json'), '-o', out]);
    expect(code).toBe(0);
    const written = parse(readFileSync(out, 'utf8'));
    expect(written.year).toBe(2023);
    expect(written.basicData.publicFunds.total.previousActual).toBe(69.72);
    expect(stdout).toContain('生成 2023 年度的 YAML 文件：');
    expect(stdout).toContain('部门整体支出绩效目标自评表 › 绩效指标[1–12]：实际完成值、得分');
    expect(stdout).toContain('部门整体支出绩效评价基础数据表 › 公用经费 › 办公经费：本年预算数、本年决算数');
    expect(stdout).toMatch(/检查新文件：共 \d+ 个错误/);
  }, 30_000); // loads the checks and the workbook code cold: seconds on a busy machine

  it('writes a workbook that reads back as the same data', async () => {
    const dir = tempDir('jixiao-next-year-');
    const out = join(dir, '2023.xlsx');
    const { code } = await runCli(['init', '--next-year', join('fixtures', 'hengyang-investment-2022.json'), '-o', out]);
    expect(code).toBe(0);
    const back = (await loadInput(out)) as any;
    expect(back.year).toBe(2023);
    expect(back.basicData.publicFunds.office.previousActual).toBe(2.46);
    expect(back.departmentEvaluation.indicators[0].name).toBe('招商考察');
  }, 30_000);

  it('refuses --next-year with --from (exit 2)', async () => {
    const { code, stderr } = await runCli(['init', '--next-year', 'a.json', '--from', 'b.json', '-o', join(tempDir('jixiao-next-year-'), 'x.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--next-year 不能与 --from');
  });
});

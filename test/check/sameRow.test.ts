// hunan-2022's project rows: each 附件4 is paired by name with its row of the 基础数据表 by the `sameRow` of
// templates/profiles/hunan-2022/forms/projectEvaluation.yaml, and its findings are the ones that file names.
import { describe, expect, it } from 'vitest';
import { clean, findingsOf, restoreTemplatesAfterEach, templateRefusals, useEditedTemplates } from './helpers.js';

restoreTemplatesAfterEach();

const PROJECT = 'profiles/hunan-2022/forms/projectEvaluation.yaml';
const PROFILE = 'profiles/hunan-2022/profile.yaml';

const project = (raw: any, i = 0) => raw.projectEvaluations[i];
const rows = (raw: any, group = 'business') => raw.basicData.projectExpenditure[group].projects;
const brief = (id: string) => (raw: unknown) => findingsOf(raw, id).map((f) => ({ path: f.path, expected: f.expected, actual: f.actual, message: f.message }));

describe('E_PROJECT_ROW_MISSING: a project whose name names no row of the 基础数据表', () => {
  const missing = brief('E_PROJECT_ROW_MISSING');

  it('is reported at the name that was looked for: the project’s name, or its basicDataRow', () => {
    const raw = clean();
    delete project(raw, 0).basicDataRow;
    project(raw, 1).basicDataRow = '联络湖南异地商会';
    expect(missing(raw)).toEqual([
      { path: 'projectEvaluations.0.name', expected: undefined, actual: undefined, message: '项目“招商引资工作经费”在基础数据表中找不到名为“招商引资工作经费”的项目行（现有：“联络湖南异地商会工作”、“招商引资工作”）。' },
      { path: 'projectEvaluations.1.basicDataRow', expected: undefined, actual: undefined, message: '项目“联络湖南异地商会工作经费”在基础数据表中找不到名为“联络湖南异地商会”的项目行（现有：“联络湖南异地商会工作”、“招商引资工作”）。' },
    ]);
  });

  it('a row name with blanks around it is found; rows of every group are looked in; with no rows, 无', () => {
    const raw = clean();
    project(raw, 0).basicDataRow = '  招商引资工作 ';
    rows(raw, 'citySpecial').push(rows(raw).pop());
    raw.basicData.projectExpenditure.citySpecial.total = { ...rows(raw, 'citySpecial')[0].amounts };
    expect(missing(raw)).toEqual([]);
    project(raw, 0).basicDataRow = '   ';
    for (const g of ['business', 'operation', 'citySpecial']) raw.basicData.projectExpenditure[g].projects = [];
    expect(missing(raw).map((f) => f.message)).toEqual([
      '项目“招商引资工作经费”在基础数据表中找不到名为“”的项目行（现有：无）。',
      '项目“联络湖南异地商会工作经费”在基础数据表中找不到名为“联络湖南异地商会工作”的项目行（现有：无）。',
    ]);
  });

  it('stops when its declaration is taken out of the templates, the other project-row checks still made', async () => {
    const raw = clean();
    delete project(raw, 0).basicDataRow;
    rows(raw)[0].amounts.actual = 17;
    expect(findingsOf(raw, 'E_PROJECT_ROW_MISSING')).toHaveLength(1);
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('  rowMissing: E_PROJECT_ROW_MISSING\n', ''), [PROFILE]: (y) => y.replace('  - E_PROJECT_ROW_MISSING\n', '') });
    expect(findingsOf(raw, 'E_PROJECT_ROW_MISSING')).toEqual([]);
    expect(findingsOf(raw, 'E_PROJECT_ROW')).toHaveLength(1);
  });
});

describe('E_PROJECT_ROW: a project’s 全年执行数 against its row’s 本年决算数', () => {
  const amount = brief('E_PROJECT_ROW');

  it('the 自评表’s 全年执行数 alone is wrong: reported there, the row’s amount expected', () => {
    const raw = clean();
    // Its 其中 row still says 18: typing the row's amount mends both.
    project(raw, 1).funds.total.executed = 17;
    expect(amount(raw)).toEqual([
      {
        path: 'projectEvaluations.1.funds.total.executed',
        expected: '18.00',
        actual: '17.00',
        message: '项目“联络湖南异地商会工作经费”自评表全年执行数为 17.00 万元，基础数据表项目行“联络湖南异地商会工作”本年决算数（部门整体支出绩效评价基础数据表 › 项目支出 › 业务工作专项 › 项目[1] › 金额 › 本年决算数）为 18.00 万元。',
      },
    ]);
  });

  it('the row alone is wrong (the 自评表 and the 基础数据表’s 小计 agree): reported at the row instead', () => {
    const raw = clean();
    rows(raw)[0].amounts.actual = 17;
    expect(amount(raw).map((f) => [f.path, f.expected, f.actual])).toEqual([['basicData.projectExpenditure.business.projects.0.amounts.actual', '18.00', '17.00']]);
  });

  it('a 全年执行数 left blank is its 其中 rows’ sum; two projects on one row are each held to it', () => {
    const raw = clean();
    delete project(raw, 0).funds.total.executed;
    project(raw, 0).funds.currentYear.executed = 4;
    project(raw, 1).basicDataRow = '招商引资工作';
    const rowNamed = (message: string) => /基础数据表项目行“([^”]*)”本年决算数.*为 ([\d.]+) 万元。/.exec(message)?.slice(1);
    expect(amount(raw).map((f) => [f.path, f.actual, rowNamed(f.message)])).toEqual([
      ['projectEvaluations.0.funds.total.executed', '4.00', ['招商引资工作', '4.50']],
      ['projectEvaluations.1.funds.total.executed', '18.00', ['招商引资工作', '4.50']],
    ]);
  });

  it('stops when its column is taken out of the declaration, the budget still compared', async () => {
    const raw = clean();
    project(raw, 1).funds.total.executed = 17;
    project(raw, 1).funds.currentYear.executed = 17;
    rows(raw)[1].amounts.budget = 5;
    expect(findingsOf(raw, 'E_PROJECT_ROW')).toHaveLength(1);
    await useEditedTemplates({
      [PROJECT]: (y) => y.replace('    actual: [funds.total.executed]\n', '').replace('{ actual: E_PROJECT_ROW, budget: W_PROJECT_ROW_BUDGET }', '{ budget: W_PROJECT_ROW_BUDGET }'),
      [PROFILE]: (y) => y.replace('  - E_PROJECT_ROW\n', ''),
    });
    expect(findingsOf(raw, 'E_PROJECT_ROW')).toEqual([]);
    expect(findingsOf(raw, 'W_PROJECT_ROW_BUDGET')).toHaveLength(1);
  });
});

describe('W_PROJECT_ROW_BUDGET: the row’s 本年预算数 against a project’s 年初 and 全年预算数', () => {
  const budget = brief('W_PROJECT_ROW_BUDGET');

  it('either budget may be the row’s; unlike both, the row is reported, the 全年预算数 expected', () => {
    const raw = clean();
    project(raw, 0).funds.total.budget = 5;
    project(raw, 0).funds.currentYear.budget = 5;
    expect(budget(raw)).toEqual([]);
    rows(raw)[1].amounts.budget = 4;
    expect(budget(raw)).toEqual([
      {
        path: 'basicData.projectExpenditure.business.projects.1.amounts.budget',
        expected: '5.00',
        actual: '4.00',
        message: '项目“招商引资工作经费”基础数据表项目行“招商引资工作”本年预算数为 4.00 万元，自评表（项目支出绩效自评表[1] › 项目资金 › 年度资金总额）年初预算数为 4.50 万元、全年预算数为 5.00 万元，都不相同。',
      },
    ]);
  });

  it('a project with neither budget is not compared; one with only its 年初 is held to that', () => {
    const raw = clean();
    rows(raw)[1].amounts.budget = 4;
    const funds = project(raw, 0).funds;
    for (const row of [funds.total, funds.currentYear]) delete row.budget;
    expect(budget(raw).map((f) => [f.expected, f.message.slice(-32)])).toEqual([['4.50', '年初预算数为 4.50 万元、全年预算数为 — 万元，都不相同。']]);
    for (const row of [funds.total, funds.currentYear]) delete row.initialBudget;
    expect(budget(raw)).toEqual([]);
  });

  it('stops when its column is taken out of the declaration', async () => {
    const raw = clean();
    rows(raw)[1].amounts.budget = 4;
    expect(findingsOf(raw, 'W_PROJECT_ROW_BUDGET')).toHaveLength(1);
    await useEditedTemplates({
      [PROJECT]: (y) => y.replace('    budget: [funds.total.initialBudget, funds.total.budget]\n', '').replace(', budget: W_PROJECT_ROW_BUDGET }', ' }'),
      [PROFILE]: (y) => y.replace('  - W_PROJECT_ROW_BUDGET\n', ''),
    });
    expect(findingsOf(raw, 'W_PROJECT_ROW_BUDGET')).toEqual([]);
  });
});

describe('a bad `sameRow` is refused when the profile loads, at its key', () => {
  const at = (key: string) => `profiles/hunan-2022/forms/projectEvaluation.yaml#sameRow.${key}`;

  it('an unknown document, and a document printed once per item', async () => {
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('  document: basicData\n', '  document: basicDta\n') });
    expect(templateRefusals()).toEqual([[at('document'), '没有标识为“basicDta”的文件；可用的有：basicData、departmentEvaluation、projectEvaluation']]);
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('  document: basicData\n', '  document: projectEvaluation\n') });
    expect(templateRefusals()).toEqual([[at('document'), '文件“projectEvaluation”每项一份（projectEvaluations），没有唯一的一张表可找行']]);
  });

  it('a row that is not a row of items, and a column the rows lack or that holds no amounts', async () => {
    await useEditedTemplates({
      [PROJECT]: (y) =>
        y
          .replace('rows: [funds.business, funds.operation, funds.citySpecial]', 'rows: [funds.business, funds.publicFunds, funds.cityspecial]')
          .replace('    actual: [funds.total.executed]\n', '    actual: [funds.total.executed]\n    previousActuals: [funds.total.executed]\n'),
    });
    expect(templateRefusals()).toEqual([
      [at('rows.1'), '文件“basicData”的表格中没有可增减行（items: true）的行“funds.publicFunds”（应写作 部分.行，如 funds.business）'],
      [at('rows.2'), '文件“basicData”的表格中没有可增减行（items: true）的行“funds.cityspecial”（应写作 部分.行，如 funds.business）'],
      [at('columns.previousActuals'), '文件“basicData”的表格中，rows 所在的部分没有金额列“previousActuals”'],
    ]);
  });

  it('a name that is no field of the form, and a cell that is none', async () => {
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('name: [{ input: basicDataRow }, name]', 'name: [{ input: basicDataRow }, title]').replace('[funds.total.executed]', '[funds.total.execute]') });
    expect(templateRefusals()).toEqual([
      [at('name.1'), '字段“title”没有在 fields 中定义'],
      [at('columns.actual.0'), '引用的格“funds.total.execute”不存在（应为 fields 中的字段名，或表格的 部分.行.列）'],
    ]);
  });

  it('an id of the catalog that is not worded for a row, which would report nothing', async () => {
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('{ actual: E_PROJECT_ROW, budget', '{ actual: E_CROSS_EXECUTED, budget') });
    expect(templateRefusals().filter(([key]) => key.includes('#findings.'))).toEqual([
      ['profiles/hunan-2022/forms/projectEvaluation.yaml#findings.sameRow.actual', '这一种检查只能写 E_PROJECT_ROW、W_PROJECT_ROW_BUDGET；“E_CROSS_EXECUTED”没有这一种检查的措辞，不会报告任何问题'],
    ]);
  });

  it('findings of a form without `sameRow`, and a finding for a column it does not compare', async () => {
    await useEditedTemplates({ [PROJECT]: (y) => y.replace('{ actual: E_PROJECT_ROW, budget: W_PROJECT_ROW_BUDGET }', '{ actual: E_PROJECT_ROW, previousActual: W_PROJECT_ROW_BUDGET }') });
    expect(templateRefusals()).toEqual([[`profiles/hunan-2022/forms/projectEvaluation.yaml#findings.sameRow.previousActual`, 'sameRow.columns 中没有列“previousActual”；写了的有：actual、budget']]);
    await useEditedTemplates({ [PROJECT]: (y) => y.replace(/\nsameRow:\n(  .*\n|    .*\n)*/, '\n') });
    expect(templateRefusals()).toEqual([
      ['profiles/hunan-2022/forms/projectEvaluation.yaml#findings.rowMissing', '这张表没有写 sameRow，“E_PROJECT_ROW_MISSING”不会报告任何问题'],
      ['profiles/hunan-2022/forms/projectEvaluation.yaml#findings.sameRow.actual', '这张表没有写 sameRow，“E_PROJECT_ROW”不会报告任何问题'],
      ['profiles/hunan-2022/forms/projectEvaluation.yaml#findings.sameRow.budget', '这张表没有写 sameRow，“W_PROJECT_ROW_BUDGET”不会报告任何问题'],
    ]);
  });
});

// hunan-2022's narrative's figures are declared facts (templates/profiles/hunan-2022/forms/narrative.yaml, named by the
// narrative's `facts:` in profile.yaml): the sums the narrative states, and "the same fact" as the 基础数据表's and the
// 自评表's cells, report the catalog's findings (E_NARRATIVE_TOTAL, E_CROSS_*) from those declarations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';
import { clean, findingsOf, restoreTemplatesAfterEach, templateRefusals, useEditedTemplates } from './helpers.js';

restoreTemplatesAfterEach();

const NARRATIVE = 'profiles/hunan-2022/forms/narrative.yaml';
const DEPARTMENT = 'profiles/hunan-2022/forms/departmentEvaluation.yaml';
const PROFILE = 'profiles/hunan-2022/profile.yaml';

const brief = (id: string) => (raw: unknown) => findingsOf(raw, id).map((f) => ({ path: f.path, expected: f.expected, actual: f.actual, message: f.message }));
/** The lines of a file that mention an id, and the profile's `checks` entry of it, taken out. */
const withoutId = (id: string) => (text: string) => text.replace(new RegExp(`^.*\\b${id}\\b.*\n`, 'gm'), '');
const figures = (raw: any) => raw.narrative.figures;

/** One mutation of the repaired example per id, each firing it; the messages are those of the coded rules they replace. */
const CASES: Record<string, { edit: (raw: any) => void; found: { path: string; expected?: string; actual: string; message: string }[] }> = {
  E_NARRATIVE_TOTAL: {
    edit: (raw) => (figures(raw).expenditureTotal = 350),
    found: [{ path: 'narrative.figures.expenditureTotal', expected: '346.17', actual: '350.00', message: '报告中支出决算数为 350.00 万元，基本支出 323.67 + 项目支出 22.50之和为 346.17 万元。' }],
  },
  E_CROSS_PUBLIC_FUNDS: {
    edit: (raw) => (figures(raw).publicFunds = 70),
    found: [
      {
        path: 'narrative.figures.publicFunds',
        expected: '69.72',
        actual: '70.00',
        message: '日常公用经费在两处不一致：自评报告 › 报告中的收支数 › 日常公用经费为 70.00 万元，部门整体支出绩效评价基础数据表 › 公用经费 › 公用经费合计 › 本年决算数为 69.72 万元。',
      },
    ],
  },
  E_CROSS_PROJECT_EXPENDITURE: {
    edit: (raw) => (figures(raw).projectExpenditure = 23),
    found: [
      {
        path: 'narrative.figures.projectExpenditure',
        expected: '22.50',
        actual: '23.00',
        message: '项目支出在两处不一致：自评报告 › 报告中的收支数 › 项目支出为 23.00 万元，部门整体支出绩效评价基础数据表 › 项目支出 › 项目支出合计 › 本年决算数为 22.50 万元。',
      },
    ],
  },
  E_CROSS_EXECUTED: {
    edit: (raw) => (raw.departmentEvaluation.funds.executed = 346),
    found: [
      {
        path: 'departmentEvaluation.funds.executed',
        expected: '346.17',
        actual: '346.00',
        message: '执行数在两处不一致：部门整体支出绩效目标自评表 › 年度预算申请 › 执行数为 346.00 万元，自评报告 › 报告中的收支数 › 支出决算数为 346.17 万元。',
      },
    ],
  },
  E_CROSS_THREE_PUBLIC: {
    edit: (raw) => (figures(raw).threePublic.reception = 9),
    found: [
      {
        path: 'narrative.figures.threePublic.reception',
        expected: '8.92',
        actual: '9.00',
        message: '公务接待费在两处不一致：自评报告 › 报告中的收支数 › “三公”经费 › 公务接待费为 9.00 万元，部门整体支出绩效评价基础数据表 › 三公经费 › 公务接待 › 本年决算数为 8.92 万元。',
      },
    ],
  },
  // Split on the final accounts (not adding up to 资金总额): the 本年决算数, which nobody typed, said with what it was worked out from.
  E_CROSS_BASIC_EXPENDITURE: {
    edit: (raw) => (raw.departmentEvaluation.funds.byExpense = { basic: 300, project: 22.5 }),
    found: [
      {
        path: 'departmentEvaluation.funds.byExpense.basic',
        expected: '323.67',
        actual: '300.00',
        message:
          '基本支出在两处不一致：部门整体支出绩效目标自评表 › 年度预算申请 › 按支出性质分 › 基本支出为 300.00 万元，部门整体支出绩效评价基础数据表 › 部门基本支出 › 本年决算数为 323.67 万元（此数未填写，由 自评报告 › 报告中的收支数 › 人员经费 253.95 + 部门整体支出绩效评价基础数据表 › 公用经费 › 公用经费合计 › 本年决算数 69.72 推算）。',
      },
    ],
  },
};

describe('the narrative’s figures as declared facts', () => {
  for (const [id, { edit, found }] of Object.entries(CASES)) {
    it(`${id} fires from its declaration, and stops when the declaration is taken out`, async () => {
      const raw = clean();
      edit(raw);
      expect(brief(id)(clean())).toEqual([]);
      expect(brief(id)(raw)).toEqual(found);
      // Every file that declares or lists the id.
      const files = [NARRATIVE, DEPARTMENT, PROFILE].filter((f) => readFileSync(join(ROOT, 'templates', f), 'utf8').includes(id));
      await useEditedTemplates(Object.fromEntries(files.map((f) => [f, withoutId(id)])));
      expect(findingsOf(raw, id)).toEqual([]);
    });
  }

  it('a total over a subtotal that is itself off is judged by the subtotal’s parts: one finding, at the subtotal', () => {
    const raw = clean();
    figures(raw).basicExpenditure = 324;
    figures(raw).expenditureTotal = 346.5;
    expect(findingsOf(raw, 'E_NARRATIVE_TOTAL').map((f) => f.path)).toEqual(['narrative.figures.basicExpenditure']);
  });

  it('a reference that disagrees with its own parts is not measured against: the slip is reported where it was typed', () => {
    const raw = clean();
    figures(raw).publicFunds = 70;
    raw.basicData.publicFunds.office.actual = 3;
    expect(findingsOf(raw, 'E_CROSS_PUBLIC_FUNDS')).toEqual([]);
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL').map((f) => f.path)).toEqual(['basicData.publicFunds.total.actual']);
  });

  it('a blank figure takes the 基础数据表’s fact (fill: same): its sum is checked with it, and taking fill out leaves it blank', async () => {
    const raw = clean();
    delete figures(raw).publicFunds;
    figures(raw).basicExpenditure = 324;
    expect(findingsOf(raw, 'E_NARRATIVE_TOTAL').map((f) => f.message)).toEqual(['报告中基本支出为 324.00 万元，人员经费 253.95 + 日常公用经费 69.72之和为 323.67 万元。']);
    await useEditedTemplates({ [NARRATIVE]: (y) => y.replace('same: basicData.funds.publicFunds.actual, fill: same', 'same: basicData.funds.publicFunds.actual') });
    expect(findingsOf(raw, 'E_NARRATIVE_TOTAL')).toEqual([]);
  });

  it('按支出性质分 on the budget basis is compared with the 本年预算数 (a typed slip there is blamed there), as its `same` chooses', async () => {
    const raw = clean();
    raw.basicData.basicExpenditure.budget = 480;
    expect(findingsOf(raw, 'E_CROSS_BASIC_EXPENDITURE').map((f) => [f.path, f.expected, f.actual])).toEqual([['basicData.basicExpenditure.budget', '482.55', '480.00']]);
    // Without the choice, the split is compared with the 本年决算数 whatever its basis.
    await useEditedTemplates({ [DEPARTMENT]: (y) => y.replace('[{ fact: basicData.funds.basicExpenditure.budget, when: expenseTotal }, basicData.funds.basicExpenditure.actual]', 'basicData.funds.basicExpenditure.actual') });
    expect(findingsOf(raw, 'E_CROSS_BASIC_EXPENDITURE').map((f) => [f.path, f.expected, f.actual])).toEqual([['departmentEvaluation.funds.byExpense.basic', '323.67', '482.55']]);
  });
});

describe('the loader refuses a bad declaration of facts, at its key, in Chinese', () => {
  const at = (file: string, key: string) => `${file}#${key}`;

  it('fill without one fact to take, a choice whose `when` is no sameAs field, and a choice naming no cell', async () => {
    await useEditedTemplates({
      [NARRATIVE]: (y) => y.replace('same: basicData.funds.publicFunds.actual, fill: same', 'same: [basicData.funds.publicFunds.actual], fill: same'),
      [DEPARTMENT]: (y) => y.replace('when: expenseTotal }, basicData.funds.basicExpenditure.actual', 'when: fundsTotal }, basicData.funds.basicExpenditure.actuals'),
    });
    expect(templateRefusals()).toEqual([
      [at(DEPARTMENT, 'fields.basic.same.0.when'), 'when 须是本表写了 sameAs 的字段；“fundsTotal”不是'],
      [at(DEPARTMENT, 'fields.basic.same.1'), '在文件“basicData”的表格中找不到“funds.basicExpenditure.actuals”（应为字段，或 部分.行.列）'],
      [at(NARRATIVE, 'fields.publicFunds.fill'), 'fill: same 要取 same 的那个数：same 须只写一个数（文件标识.字段 或 文件标识.部分.行.列）'],
    ]);
  });

  it('a sum that adds itself, a findings.same for a field without same, and an id with no wording for it', async () => {
    await useEditedTemplates({
      [NARRATIVE]: (y) =>
        y
          .replace('personnel: { title: 人员经费, kind: money }', 'personnel: { title: 人员经费, kind: money, sum: [basicExpenditure] }')
          .replace('    publicFunds: E_CROSS_PUBLIC_FUNDS', '    publicFunds: E_FUNDS_TOTAL\n    personnel: E_CROSS_PUBLIC_FUNDS'),
    });
    expect(templateRefusals()).toEqual([
      [at(NARRATIVE, 'fields.expenditureTotal.sum'), 'sum 所加的字段又（直接或间接）加到本字段上，无法计算'],
      [at(NARRATIVE, 'findings.same.publicFunds'), '这一种检查只能写 E_CROSS_PROJECT_EXPENDITURE、E_CROSS_BASIC_EXPENDITURE、E_CROSS_PUBLIC_FUNDS、E_CROSS_THREE_PUBLIC、E_CROSS_EXECUTED；“E_FUNDS_TOTAL”没有这一种检查的措辞，不会报告任何问题'],
      [at(NARRATIVE, 'findings.same.personnel'), '本表没有写了 same 的字段“personnel”，这个编号不会报告任何问题'],
    ]);
  });

  it('two fields that fill from each other (it overflowed the stack on checking)', async () => {
    const basic = 'profiles/hunan-2022/forms/basicData.yaml';
    await useEditedTemplates({
      [basic]: (y) => y.replace(/^(  measures: .*\n)/m, '$1  loop: { title: 回环, kind: money, same: narrative.reception, fill: same }\n'),
      [NARRATIVE]: (y) => y.replace('same: basicData.funds.reception.actual, fill: same', 'same: basicData.loop, fill: same'),
    });
    const cycle = 'fill: same 所取的数本身也用 fill: same（直接或经其他字段）取回本字段，两处都没填时无从取数';
    expect(templateRefusals()).toEqual([
      [at(basic, 'fields.loop.fill'), cycle],
      [at(NARRATIVE, 'fields.reception.fill'), cycle],
    ]);
  });

  it('a copied set whose narrative lost its facts: the 附件3 field that compares with it says so, not that no narrative exists', async () => {
    await useEditedTemplates({ [PROFILE]: (y) => y.replace(/^ *facts: narrative.*\n/m, '') });
    expect(templateRefusals().filter(([key]) => key.includes('.same'))).toEqual([
      [at(DEPARTMENT, 'fields.executed.same'), '正文“narrative”没有写 facts，它的数没有定义，无从比较：请在 profile.yaml 的正文下写 facts（hunan-2022 为 facts: narrative）'],
    ]);
  });

  it('facts that would print a table, facts on a printed form, and a printed form without a table', async () => {
    await useEditedTemplates({
      [PROFILE]: (y) => y.replace('facts: narrative ', 'facts: basicData ').replace('    form: departmentEvaluation\n', '    form: departmentEvaluation\n    facts: narrative\n').replace('    form: basicData\n', '    form: narrative\n'),
    });
    expect(templateRefusals().filter(([key]) => key.includes('#documents.'))).toEqual([
      [at(PROFILE, 'documents.0.facts'), '正文中的数（facts）只写字段，不印表格：forms/basicData.yaml 不能有 sections'],
      [at(PROFILE, 'documents.1.form'), 'forms/narrative.yaml 没有 sections，印不出表格；只有数、不印表格的定义请写在正文的 facts 中'],
      [at(PROFILE, 'documents.2.facts'), 'facts 只用于正文（kind: narrative）：表格文件的数就是它的表格定义（form）中的'],
    ]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editedTemplates } from '../helpers/templates.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';
import { composeReport, parseReport, prepareReport } from '../../src/pipeline.js';
import { engineProfileOf } from '../../src/profileReport.js';
import { exampleData, ROOT } from '../helpers/example.js';
import { formatMoney, formatPercent, formatScore } from '../../src/compose/format.js';
import { DEFAULT_PROFILE, loadProfile } from '../../src/core/profiles.js';
import { deriveProject } from '../../src/derive/evaluation.js';
import { deriveIndicators } from '../../src/derive/indicators.js';
import { printValue, type Value } from '../../src/forms/cells.js';
import { FormEngine } from '../../src/forms/derive.js';
import { mapInput, withInputDefaults } from '../../src/forms/mapInput.js';
import { parseReportInput } from '../../src/model/parse.js';
import type { ProjectFundsRow } from '../../src/model/schema.js';
import { executionScore, percentOf, roundTo } from '../../src/derive/index.js';
import type { Decimal } from 'decimal.js';

describe('hunan-2022 stays the default and today’s code builds it', () => {
  it('an input naming hunan-2022, or naming none, is read by today’s model', () => {
    const named = { ...(exampleData() as object), profile: 'hunan-2022' };
    expect(engineProfileOf(named)).toBeUndefined();
    expect(engineProfileOf(exampleData())).toBeUndefined();
    expect(parseReport(named)).toEqual(parseReport(exampleData()));
  });
});

describe('hunan-2022 附件2 comes from its form definition', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a label renamed and a column heading edited in forms/basicData.yaml show in the PDF; the input is unchanged', async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/basicData.yaml', (yaml) => yaml.replace('label: 政府采购金额,', 'label: 政府采购金额合计,').replace('title: 编制数,', 'title: 核定编制数,'));
    const out = join(tempDir('jixiao-hunan-out-'), 'out');
    const built = await runCli(['build', join(ROOT, 'fixtures', 'hengyang-investment-2022.json'), '-o', out, '--force', '--templates', templates]);
    expect(built.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.includes('附件2'))!;
    const [page] = await readPages(readFileSync(join(out, pdf)));
    expect(page.text).toContain('政府采购金额合计');
    expect(page.text).toContain('核定编制数');
  }, 60_000);
});

describe('hunan-2022 附件3 comes from its form definition', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a label renamed in forms/departmentEvaluation.yaml shows in the PDF; the input is unchanged', async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/departmentEvaluation.yaml', (yaml) => yaml.replace('label: 部门履职概述 }', 'label: 部门职能概述 }'));
    const out = join(tempDir('jixiao-hunan-out-'), 'out');
    const built = await runCli(['build', join(ROOT, 'fixtures', 'hengyang-investment-2022.json'), '-o', out, '--force', '--templates', templates]);
    expect(built.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.includes('附件3'))!;
    const [page] = await readPages(readFileSync(join(out, pdf)));
    // The label is two lines in its cell.
    const text = page.text.replace(/\s/g, '');
    expect(text).toContain('部门职能概述');
    expect(text).not.toContain('部门履职概述');
  }, 60_000);

  /** The example with its typed scores cleared, so that the rule scores every quantitative indicator. */
  function cleared(scoreDecimals: number, edit: (d: any) => void = () => {}) {
    const data = exampleData();
    data.display = { ...data.display, scoreDecimals };
    for (const ind of data.departmentEvaluation.indicators) delete ind.score;
    edit(data);
    return parseReportInput(data);
  }

  it.each([0, 1, 2])('prints each 得分 and the 分值 row as today’s deriveIndicators does (%i decimals)', (decimals) => {
    const input = cleared(decimals, (d) => {
      // 5 of 7 次: a score with decimals to round; a typed score over its weight stays as typed.
      d.departmentEvaluation.indicators[0].actual = { value: 5, unit: '次' };
      d.departmentEvaluation.indicators[0].target = { comparator: '≥', value: 7, unit: '次' };
      d.departmentEvaluation.indicators[1].score = 4.55;
    });
    const profile = loadProfile(DEFAULT_PROFILE);
    const form = profile.forms.departmentEvaluation;
    const own = withInputDefaults(profile, form, input);
    const { figures } = new FormEngine(own, form, mapInput(form, input), { path: 'departmentEvaluation', title: '' }).run();
    const today = deriveIndicators('departmentEvaluation', input.departmentEvaluation.indicators, input.departmentEvaluation.total, decimals);
    const print = (v: unknown) => printValue('points', v as Value, own.defaults);
    expect(figures.lists.indicators.map((r) => print(r.score.value))).toEqual(today.rows.map((r) => formatScore(r.score.value, decimals)));
    expect(print(figures.totals.indicators.score.value)).toBe(formatScore(today.scoreTotal.value, decimals));
    expect(print(figures.totals.indicators.weight.value)).toBe(formatScore(today.weightTotal.value, decimals));
    // A qualitative indicator (时效: 2022年全年) gets no score from the rule.
    expect(input.departmentEvaluation.indicators[6].target.kind).toBe('text');
    expect(figures.lists.indicators[6].score.value).toBeUndefined();
  });

  it('prints a stated 分值 row as given', () => {
    const input = cleared(0, (d) => (d.departmentEvaluation.total = { weight: 99, score: 88 }));
    const profile = loadProfile(DEFAULT_PROFILE);
    const form = profile.forms.departmentEvaluation;
    const { figures } = new FormEngine(withInputDefaults(profile, form, input), form, mapInput(form, input), { path: 'departmentEvaluation', title: '' }).run();
    expect([figures.totals.indicators.weight.value?.toString(), figures.totals.indicators.score.value?.toString()]).toEqual(['99', '88']);
  });
});

describe('hunan-2022 附件4 comes from its form definition, one document per project', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a label renamed in forms/projectEvaluation.yaml shows in every project’s PDF; the input is unchanged', async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/projectEvaluation.yaml', (yaml) => yaml.replace('{ label: 实施单位 }', '{ label: 承办单位 }'));
    const out = join(tempDir('jixiao-hunan-out-'), 'out');
    const built = await runCli(['build', join(ROOT, 'fixtures', 'hengyang-investment-2022.json'), '-o', out, '--force', '--templates', templates]);
    expect(built.code).toBe(0);
    const pdfs = readdirSync(out).filter((f) => f.includes('附件4'));
    expect(pdfs.sort()).toEqual(exampleData().projectEvaluations.map((p: { name: string }) => `衡阳市投资促进事务中心-2022年度-附件4-项目支出绩效自评表-${p.name}.pdf`).sort());
    for (const pdf of pdfs) {
      const [page] = await readPages(readFileSync(join(out, pdf)));
      const text = page.text.replace(/\s/g, '');
      expect(text).toContain('承办单位');
      expect(text).not.toContain('实施单位');
    }
  }, 60_000);

  /** The example's first project with `edit` applied, as the layout and today's derivation read it. */
  function project(decimals: number, edit: (p: any) => void) {
    const data = exampleData();
    data.display = { ...data.display, scoreDecimals: decimals };
    edit(data.projectEvaluations[0]);
    const input = parseReportInput(data);
    const profile = loadProfile(DEFAULT_PROFILE);
    const form = profile.forms.projectEvaluation;
    const own = withInputDefaults(profile, form, input);
    const p = input.projectEvaluations[0];
    const fill = (t: string) => t.replace('{{unit}}', input.unit.name);
    const { figures } = new FormEngine(own, form, mapInput(form, p), { path: 'projectEvaluations.0', title: '', fill }).run();
    return { figures, today: deriveProject(p, 0, decimals), input: p, print: (kind: 'money' | 'percent' | 'points', v: unknown) => printValue(kind, v as Value, own.defaults) };
  }

  /**
   * A 其中 row's 执行率 and 得分 by the paper form: printed only with its own 分值 or a typed 执行率, each worked out
   * where blank (执行数 ÷ 预算数; 分值 × min(执行率, 100%), at the score decimals).
   */
  function subRow(row: ProjectFundsRow | undefined, decimals: number): { rate?: Decimal; score?: Decimal } | undefined {
    if (!row || (row.weight === undefined && row.executionRate === undefined)) return undefined;
    const rate = row.executionRate ?? percentOf(row.executed, row.budget);
    const computed = rate && row.weight ? roundTo(executionScore(rate, row.weight), decimals) : undefined;
    return { rate, score: row.score ?? computed };
  }

  const edits: [string, (p: any) => void][] = [
    ['as typed', () => {}],
    ['rates and scores left blank', (p) => [p.funds.total, p.funds.currentYear].forEach((r) => (delete r.executionRate, delete r.score))],
    ['a 其中 row without 分值 or rate, even with a typed score', (p) => (p.funds.currentYear = { budget: 3, executed: 1, score: 7 })],
    ['a 其中 row with a typed rate only', (p) => (p.funds.carryover = { budget: 2, executed: 1, executionRate: '40%' })],
    ['a 其中 row with 分值 and no budget', (p) => (p.funds.other = { weight: 5 })],
    ['totals left blank, summed from the 其中 rows', (p) => (p.funds.total = { weight: 10 }, p.funds.carryover = { initialBudget: 1, budget: 2, executed: 1.5, weight: 3 })],
    ['a budget of zero', (p) => (p.funds.total = { budget: 0, executed: 0, weight: 10 })],
  ];

  it.each(edits.flatMap(([name, edit]) => [0, 2].map((d) => [name, d, edit] as const)))('prints the funds rows as today’s deriveProject does: %s (%i decimals)', (_, decimals, edit) => {
    const { figures, today, print, input } = project(decimals, edit);
    const funds = figures.matrices.funds;
    const shown = (c: { value?: unknown; display?: string } | undefined, kind: 'money' | 'percent' | 'points') => c?.display ?? print(kind, c?.value);
    expect(['initialBudget', 'budget', 'executed'].map((c) => shown(funds.total[c], 'money'))).toEqual(['initialBudget', 'budget', 'executed'].map((c) => formatMoney(today.total[c as 'budget'].value)));
    expect([shown(funds.total.executionRate, 'percent'), shown(funds.total.score, 'points')]).toEqual([formatPercent(today.executionRate.value), formatScore(today.executionScore.value, decimals)]);
    for (const row of ['currentYear', 'carryover', 'other'] as const) {
      const sub = subRow(input.funds[row], decimals);
      expect([row, shown(funds[row].executionRate, 'percent'), shown(funds[row].score, 'points')]).toEqual([row, formatPercent(sub?.rate), formatScore(sub?.score, decimals)]);
    }
  });

  it('prints the unit as the 实施单位 when the project leaves it blank', () => {
    const { figures } = project(2, (p) => (p.implementer = ''));
    expect(figures.fields.implementer.value).toBe('衡阳市投资促进事务中心');
  });

  it('titles each project’s document with its name, in the order of the input', () => {
    const docs = composeReport(prepareReport(parseReportInput(exampleData()))).docs.filter((d) => d.kind === 'projectEvaluation');
    expect(docs.map((d) => d.title)).toEqual(exampleData().projectEvaluations.map((p: { name: string }) => `项目支出绩效自评表（${p.name}）`));
  });
});

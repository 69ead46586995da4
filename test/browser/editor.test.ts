/** The form-shaped editor in Chromium: typing, messages at the field, rows and forms added, removed and moved. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../src/diagnostics/finding.js';
import { formatPercent, formatScore } from '../../src/compose/format.js';
import { deriveFigures } from '../../src/derive/index.js';
import { parseProfileInput } from '../../src/forms/parse.js';
import { fieldHelp } from '../../src/model/fieldHelp.js';
import { parseReportInput } from '../../src/model/parse.js';
import { loadProfile } from '../../src/node/profiles.js';
import { lastChange, mount, openHarness, type Harness } from './editorHarness.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const fixture = (file: string) => parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')) as Record<string, any>;
const NATIONAL = 'national-project-2023.yaml';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

const cell = (path: string) => h.page.locator(`[data-path="${path}"]`);

describe('typing', () => {
  it('gives the parsed input to onChange, a number kept as a number, and recomputes the derived cells', async () => {
    await mount(h.page, 'national-project', fixture(NATIONAL));
    await expect.poll(() => cell('projects.0.funds.total.rate').getAttribute('placeholder')).toBe('95.50%');
    await cell('projects.0.funds.total.budget').fill('70');
    const input = await lastChange(h.page);
    expect(input.projects[0].funds.total.budget).toBe(70);
    expect(input.projects[1]).toEqual(fixture(NATIONAL).projects[1]);
    // 57.3 ÷ 70 = 81.857…%: the execution rate the engine derives, shown in the blank cell as computed.
    expect(await cell('projects.0.funds.total.rate').getAttribute('placeholder')).toBe('81.86%');
    expect(await cell('projects.0.funds.total.rate').getAttribute('title')).toContain('自动计算');
  });

  it('keeps a number typed with separators as typed, for the schema to read exactly', async () => {
    await mount(h.page, 'national-project', fixture(NATIONAL));
    await cell('projects.0.funds.total.executed').fill('1,057.30');
    expect((await lastChange(h.page)).projects[0].funds.total.executed).toBe('1,057.30');
    expect(await h.page.locator('.jx-message').count()).toBe(0);
  });

  it('shows the CLI message for a value that is not a number, at the field', async () => {
    await mount(h.page, 'national-project', fixture(NATIONAL));
    await cell('projects.0.funds.total.budget').fill('六十');
    const input = await lastChange(h.page);
    let expected = '';
    try {
      parseProfileInput(loadProfile('national-project'), input);
    } catch (e) {
      expected = (e as UserError).findings.find((f) => f.path === 'projects.0.funds.total.budget')!.message;
    }
    expect(expected).toContain('六十');
    const field = cell('projects.0.funds.total.budget');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = await field.getAttribute('aria-describedby');
    expect(await h.page.locator(`[id="${described}"]`).textContent()).toBe(expected);
    await field.fill('60');
    expect(await h.page.locator('.jx-message').count()).toBe(0);
  });
});

describe('repeatable rows and forms', () => {
  it('adds, moves and removes an indicator row', async () => {
    const input = fixture(NATIONAL);
    await mount(h.page, 'national-project', input);
    const names = async () => ((await lastChange(h.page)).projects[0].indicators as { name?: string }[]).map((i) => i.name);
    const original = input.projects[0].indicators.map((i: { name: string }) => i.name);
    await h.page.getByRole('button', { name: '下移第 1 行' }).first().click();
    expect(await names()).toEqual([original[1], original[0], ...original.slice(2)]);
    await h.page.getByRole('button', { name: '在第 2 行下方添加一行' }).first().click();
    expect(await names()).toEqual([original[1], original[0], undefined, ...original.slice(2)]);
    await cell('projects.0.indicators.2.name').fill('新增指标');
    expect((await names())[2]).toBe('新增指标');
    await h.page.getByRole('button', { name: '上移第 3 行' }).first().click();
    expect(await names()).toEqual([original[1], '新增指标', original[0], ...original.slice(2)]);
    await h.page.getByRole('button', { name: '删除第 2 行' }).first().click();
    expect(await names()).toEqual([original[1], original[0], ...original.slice(2)]);
    // The rows on the page follow the input.
    expect(await cell('projects.0.indicators.0.name').inputValue()).toBe(original[1]);
  });

  it('adds a project form, moves it up and removes it', async () => {
    await mount(h.page, 'national-project', fixture(NATIONAL));
    await h.page.getByRole('button', { name: '添加一份项目支出绩效自评表' }).last().click();
    expect((await lastChange(h.page)).projects).toHaveLength(3);
    await cell('projects.2.name').fill('新项目');
    await h.page.locator('section[data-sheet="projects-2"]').getByRole('button', { name: '上移这一份' }).click();
    expect((await lastChange(h.page)).projects.map((p: { name: string }) => p.name)).toEqual(['农村人居环境整治项目', '新项目', '镇村道路养护项目']);
    await h.page.locator('section[data-sheet="projects-1"]').getByRole('button', { name: '删除这一份' }).click();
    expect((await lastChange(h.page)).projects.map((p: { name: string }) => p.name)).toEqual(['农村人居环境整治项目', '镇村道路养护项目']);
  });

  it('adds an item row to an empty hunan-2022 project group by typing into its blank row', async () => {
    const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8'));
    await mount(h.page, 'hunan-2022', input);
    await cell('basicData.projectExpenditure.operation.projects.0.name').fill('运维项目');
    await cell('basicData.projectExpenditure.operation.projects.0.amounts.budget').fill('3.5');
    expect((await lastChange(h.page)).basicData.projectExpenditure.operation.projects).toEqual([{ name: '运维项目', amounts: { budget: 3.5 } }]);
  });
});

describe('hunan-2022', () => {
  it('shows what the derive step prints in a cell left blank, and the standard weight of the schema', async () => {
    const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8'));
    delete input.departmentEvaluation.funds.executionRate;
    delete input.departmentEvaluation.funds.weight;
    delete input.projectEvaluations[0].funds.total.score;
    await mount(h.page, 'hunan-2022', input);
    const figures = deriveFigures(parseReportInput(input));
    const rate = cell('departmentEvaluation.funds.executionRate');
    expect(await rate.getAttribute('placeholder')).toBe(formatPercent(figures.department.executionRate.value));
    expect(await rate.locator('xpath=..').getAttribute('class')).toContain('jx-computed');
    expect(await cell('departmentEvaluation.funds.weight').getAttribute('placeholder')).toBe('10');
    expect(await cell('projectEvaluations.0.funds.total.score').getAttribute('placeholder')).toBe(formatScore(figures.projects[0].executionScore.value, 0));
    // A typed value replaces the computed one.
    await rate.fill('50%');
    expect((await rate.getAttribute('placeholder')) ?? '').toBe('');
    expect((await rate.locator('xpath=..').getAttribute('class')) ?? '').not.toContain('jx-computed');
  });
});

describe('hunan-2022 help and findings', () => {
  it('tells what belongs in a cell, from the schema descriptions, and marks the cells of a part with a finding', async () => {
    const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8'));
    const findings = [{ id: 'W_EXPENSE_SPLIT', level: 'warning', path: 'departmentEvaluation.funds.byExpense', where: '', message: '按支出性质分之和与资金总额不符' }];
    await mount(h.page, 'hunan-2022', input, findings);
    const help = fieldHelp(['basicData', 'staffing', 'controlRate']).description;
    expect(help).toBeTruthy();
    expect(await cell('basicData.staffing.controlRate').getAttribute('aria-description')).toBe(help);
    for (const path of ['departmentEvaluation.funds.byExpense.basic', 'departmentEvaluation.funds.byExpense.project']) {
      expect(await cell(path).locator('xpath=..').getAttribute('class')).toContain('jx-finding-warning');
    }
    expect((await cell('departmentEvaluation.funds.byIncome.other').locator('xpath=..').getAttribute('class')) ?? '').not.toContain('jx-finding');
  });
});

describe('input methods', () => {
  it('never overwrites an input while a composition is under way, and keeps what it commits', async () => {
    await mount(h.page, 'national-project', fixture(NATIONAL));
    const field = cell('projects.0.supervisor');
    await field.fill('');
    await field.focus();
    const cdp = await h.page.context().newCDPSession(h.page);
    await cdp.send('Input.imeSetComposition', { text: 'nong', selectionStart: 4, selectionEnd: 4 });
    // Something else changes the input meanwhile (the page's own update): the composing field is left alone.
    await h.page.evaluate(() => {
      const jx = (window as any).jx;
      const input = structuredClone(jx.changes.at(-1));
      input.unit = '另一个单位';
      jx.handle.update(input);
    });
    expect(await field.inputValue()).toBe('nong');
    await cdp.send('Input.imeSetComposition', { text: '农业', selectionStart: 2, selectionEnd: 2 });
    expect(await field.inputValue()).toBe('农业');
    await cdp.send('Input.insertText', { text: '农业局' });
    expect(await field.inputValue()).toBe('农业局');
    const input = await lastChange(h.page);
    expect(input.projects[0].supervisor).toBe('农业局');
    // Nothing typed during the composition reached the input.
    const changes: any[] = await h.page.evaluate(() => (window as any).jx.changes);
    expect(changes.map((c) => c.projects[0].supervisor)).not.toContain('nong');
    await cdp.detach();
  });
});

describe('findings', () => {
  it('marks fields that have a finding, and focusField scrolls to one and marks it', async () => {
    const findings = [{ id: 'E_FORM_RATE', level: 'error', path: 'projects.1.funds.total.score', where: '', message: '得分与计算不符' }];
    await mount(h.page, 'national-project', fixture(NATIONAL), findings);
    const td = cell('projects.1.funds.total.score').locator('xpath=..');
    expect(await td.getAttribute('class')).toContain('jx-finding-error');
    expect(await td.getAttribute('title')).toBe('得分与计算不符');
    // Seen, not only classed: the input fills its cell, so it draws the red frame itself.
    expect(await cell('projects.1.funds.total.score').evaluate((e) => getComputedStyle(e).boxShadow)).toContain('rgb(217, 48, 37)');
    expect(await h.page.evaluate(() => (window as any).jx.handle.focusField('projects.1.funds.total.score'))).toBe(true);
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('projects.1.funds.total.score');
    expect(await td.getAttribute('class')).toContain('jx-marked');
    expect(await cell('projects.1.funds.total.score').isVisible()).toBe(true);
    // A finding about a whole total row goes to the nearest field above it.
    expect(await h.page.evaluate(() => (window as any).jx.handle.focusField('projects.0.indicators.total.weight'))).toBe(true);
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toMatch(/^projects\.0\.indicators\./);
  });
});

/** hunan-2022's forms in Chromium: nothing typed is cut off, and a blank computed cell shows its value and says so. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatPercent } from '../../src/compose/format.js';
import { deriveFigures } from '../../src/derive/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { EDITOR_TEXT } from '../../src/web/editor/messages.js';
import { lastChange, mount, openHarness, type Harness } from './editorHarness.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const fixture = () => JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8')) as Record<string, any>;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

it('shows every indicator name and value whole, wrapped in its cell', async () => {
  await mount(h.page, 'hunan-2022', fixture());
  const cut = await h.page.locator('section.jx-sheet:not([data-sheet="正文"]) table.jx-form :is(input, textarea)').evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => `${e.getAttribute('data-path')}: ${(e as HTMLInputElement).value}`),
  );
  expect(cut).toEqual([]);
  // The longest 二级指标 of the example, in a column as narrow as the PDF's.
  const level2 = h.page.locator('[data-path="projectEvaluations.0.indicators.6.level2"]');
  expect(await level2.inputValue()).toBe(fixture().projectEvaluations[0].indicators[6].level2);
});

it('shows the computed 执行率 of a blank cell with 自动计算, and the typed value once typed', async () => {
  const input = fixture();
  delete input.projectEvaluations[0].funds.total.executionRate;
  await mount(h.page, 'hunan-2022', input);
  const rate = h.page.locator('[data-path="projectEvaluations.0.funds.total.executionRate"]');
  const td = rate.locator('xpath=..');
  expect(await rate.getAttribute('placeholder')).toBe(formatPercent(deriveFigures(parseReportInput(input)).projects[0].executionRate.value));
  expect(await td.locator('.jx-auto').isVisible()).toBe(true);
  expect(await td.locator('.jx-auto').textContent()).toBe(EDITOR_TEXT.computed);
  await rate.fill('90%');
  expect(await td.locator('.jx-auto').count()).toBe(0);
  expect((await lastChange(h.page)).projectEvaluations[0].funds.total.executionRate).toBe('90%');
});

it('takes an amount typed inside its printed line, checks it as the CLI does, and marks its finding', async () => {
  const findings = [{ id: 'W_EXPENSE_SPLIT', level: 'warning', path: 'departmentEvaluation.funds.byExpense', where: '', message: '按支出性质分之和与资金总额不符' }];
  await mount(h.page, 'hunan-2022', fixture(), findings);
  const basic = h.page.locator('[data-path="departmentEvaluation.funds.byExpense.basic"]');
  expect(await basic.locator('xpath=..').getAttribute('class')).toContain('jx-finding-warning');
  // Named by the words printed before it (其中：基本支出：____), not left nameless.
  expect(await basic.getAttribute('aria-label')).toContain('基本支出');
  await basic.fill('三百');
  const message = h.page.locator('[id="msg:departmentEvaluation.funds.byExpense.basic"]');
  expect(await message.isVisible()).toBe(true);
  expect(await basic.getAttribute('aria-describedby')).toBe('msg:departmentEvaluation.funds.byExpense.basic');
  await basic.fill('323.67');
  expect(await message.count()).toBe(0);
  expect((await lastChange(h.page)).departmentEvaluation.funds.byExpense.basic).toBe(323.67);
});

it('goes through a project form by keyboard in the paper form’s reading order', async () => {
  await mount(h.page, 'hunan-2022', fixture());
  const active = () => h.page.evaluate(() => document.activeElement?.getAttribute('data-path'));
  await h.page.locator('[data-path="projectEvaluations.0.name"]').focus();
  const order: (string | null | undefined)[] = [];
  for (let i = 0; i < 5; i++) {
    await h.page.keyboard.press('Tab');
    order.push(await active());
  }
  const base = 'projectEvaluations.0';
  expect(order).toEqual([`${base}.supervisor`, `${base}.implementer`, `${base}.funds.total.initialBudget`, `${base}.funds.total.budget`, `${base}.funds.total.executed`]);
});

it('keeps an input method’s composition in a field typed inside a line (填表人（签名）：____)', async () => {
  await mount(h.page, 'hunan-2022', fixture());
  const field = h.page.locator('[data-path="contacts.preparer"]');
  await field.fill('');
  await field.focus();
  const cdp = await h.page.context().newCDPSession(h.page);
  await cdp.send('Input.imeSetComposition', { text: 'he', selectionStart: 2, selectionEnd: 2 });
  await h.page.evaluate(() => {
    const jx = (window as any).jx;
    jx.handle.update({ ...jx.changes.at(-1), year: 2023 });
  });
  expect(await field.inputValue()).toBe('he');
  await cdp.send('Input.insertText', { text: '何蓉' });
  expect(await field.inputValue()).toBe('何蓉');
  expect((await lastChange(h.page)).contacts.preparer).toBe('何蓉');
  const changes: any[] = await h.page.evaluate(() => (window as any).jx.changes);
  expect(changes.map((c) => c.contacts?.preparer)).not.toContain('he');
  await cdp.detach();
});

it('shows a signature line the file gives by the schema’s value ("blank") as its word, with no stray option', async () => {
  const input = fixture();
  input.contacts.signatureLines = { ...input.contacts.signatureLines, principal: 'blank' };
  await mount(h.page, 'hunan-2022', input);
  const line = h.page.locator('[data-path="contacts.signatureLines.principal"]');
  expect(await line.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('留空');
  expect(await line.locator('option').allTextContents()).not.toContain('blank');
});

it('shows a signature line left blank as the 姓名 it prints, not as a choice still to make', async () => {
  const input = fixture();
  input.contacts.signatureLines = { preparer: '留空' };
  await mount(h.page, 'hunan-2022', input);
  const shown = (role: string) => h.page.locator(`select[data-path="contacts.signatureLines.${role}"]`).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent);
  expect(await shown('principal')).toBe(EDITOR_TEXT.byDefault('姓名'));
  expect(await shown('preparer')).toBe('留空');
});

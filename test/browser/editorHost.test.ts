/** The editor as the site's page mounts it: its profile read from the site's templates, edits out, rebuilds in. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHarness, type Harness } from './editorHarness.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

it('shows the page input, sends edits, keeps newer typing over an older rebuild, and focuses a clicked finding', async () => {
  const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8'));
  const finding = { id: 'E_CONTROL_RATE', level: 'error', path: 'basicData.staffing.controlRate', where: '', message: '控制率不符' };
  await h.page.evaluate(([i, f]) => (window as any).host.mount(i, [f]), [input, finding] as const);
  const field = h.page.locator('[data-path="basicData.staffing.controlRate"]');
  await field.waitFor();
  expect(await field.inputValue()).toBe('100%');
  expect(await field.locator('xpath=..').getAttribute('class')).toContain('jx-finding-error');
  await field.fill('8');
  await field.fill('80%');
  const sent: any[] = await h.page.evaluate(() => (window as any).host.sent);
  expect(sent.at(-1).basicData.staffing.controlRate).toBe('80%');
  // The rebuild of the first edit arrives after the second: its findings are shown, its input does not undo 80%.
  await h.page.evaluate((s) => (window as any).host.rebuilt(s, []), sent[0]);
  expect((await field.locator('xpath=..').getAttribute('class')) ?? '').not.toContain('jx-finding');
  await h.page.locator('[data-path="basicData.staffing.authorized"]').fill('16');
  const last = await h.page.evaluate(() => (window as any).host.sent.at(-1));
  expect(last.basicData.staffing).toMatchObject({ controlRate: '80%', authorized: 16 });
  // A finding clicked in the page's panel.
  await h.page.evaluate(() => (window as any).host.focus('departmentEvaluation.funds.executed'));
  expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('departmentEvaluation.funds.executed');
});

/** The whole flow through the site's forms (表格 view), with the page's own controls, as a clerk would use them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds, builtAfter, openSite, type Site } from './siteHarness.js';

let site: Site;

beforeAll(async () => {
  site = await openSite();
  await builtAfter(site.page, 0); // the blank input the page starts with
  const before = await builds(site.page);
  await site.page.click('#example');
  await builtAfter(site.page, before);
});

afterAll(async () => {
  await site?.close();
});

const cell = (path: string) => site.page.locator(`.jx-editor [data-path="${path}"]`);
const errors = () => site.page.$$eval('#findingList li.error', (items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
const documents = () => site.page.$$eval('#document option', (options) => options.map((o) => o.textContent ?? ''));

/** Clicks into a field, selects what it holds and types over it, key by key. */
async function typeInto(path: string, text: string): Promise<void> {
  await cell(path).click();
  await site.page.keyboard.press('ControlOrMeta+A');
  await site.page.keyboard.type(text, { delay: 20 });
}

/** A list field is chosen from its list; a free one is typed into. */
async function choose(path: string, value: string): Promise<void> {
  if ((await cell(path).evaluate((e) => e.tagName)) === 'SELECT') await cell(path).selectOption(value);
  else await typeInto(path, value);
}

describe('the site’s forms in chromium', () => {
  it('shows the forms first, with the example’s 控制率 error', async () => {
    expect(await site.page.getAttribute('#viewForms', 'aria-pressed')).toBe('true');
    expect(await cell('basicData.staffing.controlRate').inputValue()).toBe('100%');
    expect(await errors()).toContain('E_CONTROL_RATE');
  });

  it('shows each number of a list of fields (正文: 年度, 收入决算总额 …) in sight in a 1366 × 768 window', async () => {
    await site.page.setViewportSize({ width: 1366, height: 768 });
    try {
      const out = await site.page.$$eval('#forms section[data-sheet="正文"] input.jx-number', (inputs) => {
        const panel = document.getElementById('forms')!;
        panel.scrollLeft = 0;
        const { left, right } = panel.getBoundingClientRect();
        const measure = document.createElement('canvas').getContext('2d')!;
        return inputs
          .filter((i) => (i as HTMLInputElement).value !== '')
          .filter((i) => {
            const input = i as HTMLInputElement;
            const style = getComputedStyle(input);
            measure.font = style.font;
            const width = measure.measureText(input.value).width;
            const box = input.getBoundingClientRect();
            const start = style.textAlign === 'right' ? box.right - parseFloat(style.paddingRight) - width : box.left + parseFloat(style.paddingLeft);
            return start < left || start + width > right;
          })
          .map((i) => i.getAttribute('data-path'));
      });
      expect(await site.page.locator('#forms section[data-sheet="正文"] input.jx-number').count()).toBeGreaterThan(10);
      expect(out).toEqual([]);
    } finally {
      await site.page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('typing 80% as 控制率 in the form makes that finding leave the panel', async () => {
    const before = await builds(site.page);
    const others = (await errors()).filter((id) => id !== 'E_CONTROL_RATE');
    await typeInto('basicData.staffing.controlRate', '80%');
    await builtAfter(site.page, before);
    await site.page.waitForFunction(() => !document.querySelector('#findingList li[data-id="E_CONTROL_RATE"]'));
    expect(await errors()).toEqual(others);
  });

  it('a project added with the form’s button and filled in gets its 项目支出绩效自评表 in the preview’s list', async () => {
    expect((await documents()).filter((d) => d.startsWith('项目支出绩效自评表'))).toHaveLength(2);
    await site.page.getByRole('button', { name: '添加一份项目支出绩效自评表' }).last().click();
    await expect.poll(() => site.page.locator('section.jx-sheet[data-sheet="project-2"]').count()).toBe(1);
    const before = await builds(site.page);
    await typeInto('projectEvaluations.2.name', '园区招商推介经费');
    await typeInto('projectEvaluations.2.funds.currentYear.initialBudget', '3');
    await typeInto('projectEvaluations.2.funds.currentYear.budget', '3');
    await typeInto('projectEvaluations.2.funds.currentYear.executed', '2.7');
    // What a project's form needs before it can be printed (the panel lists each as missing until then).
    await typeInto('projectEvaluations.2.supervisor', '衡阳市商务局');
    await typeInto('projectEvaluations.2.implementer', '衡阳市投资促进事务中心');
    await typeInto('projectEvaluations.2.funds.total.initialBudget', '3');
    await typeInto('projectEvaluations.2.funds.total.budget', '3');
    await typeInto('projectEvaluations.2.funds.total.executed', '2.7');
    await typeInto('projectEvaluations.2.goals.planned', '举办园区招商推介会两场。');
    await typeInto('projectEvaluations.2.goals.achieved', '举办园区招商推介会两场。');
    await choose('projectEvaluations.2.indicators.0.level1', '产出指标');
    await choose('projectEvaluations.2.indicators.0.level2', '数量指标');
    await typeInto('projectEvaluations.2.indicators.0.name', '推介会场次');
    await typeInto('projectEvaluations.2.indicators.0.target', '2场');
    await typeInto('projectEvaluations.2.indicators.0.actual', '2场');
    await typeInto('projectEvaluations.2.indicators.0.weight', '50');
    await typeInto('projectEvaluations.2.indicators.0.score', '50');
    await builtAfter(site.page, before);
    await expect.poll(documents, { timeout: 60_000 }).toContain('项目支出绩效自评表（园区招商推介经费）');
    expect((await documents()).filter((d) => d.startsWith('项目支出绩效自评表'))).toHaveLength(3);
    // The amounts reached the data as numbers (the text pane shows the example's JSON).
    await site.page.click('#viewText');
    const text = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value);
    expect(text).toContain('园区招商推介经费');
    expect(text).toMatch(/"?executed"?: 2\.7\b/);
  });

  it('selecting the new project’s form shows it in the preview', async () => {
    const value = await site.page.$eval('#document', (s) => [...(s as HTMLSelectElement).options].find((o) => o.textContent === '项目支出绩效自评表（园区招商推介经费）')?.value ?? '');
    await site.page.selectOption('#document', value);
    await site.page.waitForFunction(() => /^第 1 \/ \d+ 页$/.test(document.getElementById('pageNo')?.textContent ?? ''));
    expect(await site.page.$eval('#document', (s) => (s as HTMLSelectElement).selectedOptions[0]?.title)).toMatch(/附件4-项目支出绩效自评表-园区招商推介经费\.pdf$/);
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});

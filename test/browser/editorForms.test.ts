/** Every shipped profile's forms drawn in Chromium: their labels from the definitions, every input named, keyboard use. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainTitle } from '../../src/forms/definition.js';
import { loadProfile } from '../../src/node/profiles.js';
import { FIXED_SHEETS, NARRATIVE_SHEET } from '../../src/workbook/layout.js';
import { lastChange, mount, openHarness, type Harness } from './editorHarness.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const fixture = (file: string) => parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')) as Record<string, any>;

export const PROFILES: [string, string][] = [
  ['national-project', 'national-project-2023.yaml'],
  ['sichuan-project', 'sichuan-project-2023.yaml'],
  ['chongqing-department', 'chongqing-department-2021.yaml'],
  ['hunan-2023', 'hunan-2023-township.yaml'],
  ['hunan-2022', 'hengyang-investment-2022.json'],
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The fixed labels a profile's definitions print (column and row titles, grid labels), {{…}} places left out. */
function definitionLabels(id: string): string[] {
  const profile = loadProfile(id);
  const out: string[] = [];
  const keep = (t?: string) => t && !t.includes('{{') && out.push(t);
  if (profile.engine === 'legacy') {
    // 正文 lists the narrative's fields as the workbook does; its forms print their definitions' labels, as every profile's do.
    for (const b of NARRATIVE_SHEET.blocks) for (const l of b.labels ?? []) if (l.role !== 'title' && l.role !== 'note') keep(l.text);
  }
  for (const form of Object.values(profile.forms)) {
    for (const s of form.sections) {
      keep(s.block);
      if (s.kind === 'grid') s.rows.flat().forEach((c) => keep(c.label));
      else s.columns.forEach((c) => keep(c.title));
      if (s.kind === 'matrix' && s.labelShare !== undefined) s.rows.filter((r) => !r.hidden).forEach((r) => keep(r.label));
      if (s.kind === 'list' && s.total?.printed) keep(s.total.label);
    }
  }
  return out;
}

describe.each(PROFILES)('%s', (id, file) => {
  it('draws each form of the input with the labels of its definitions, every input named', async () => {
    const input = fixture(file);
    await mount(h.page, id, input);
    const shown = new Set(await h.page.locator('.jx-editor th, .jx-editor td.jx-text').allTextContents());
    const missing = definitionLabels(id).filter((l) => !shown.has(l));
    expect(missing).toEqual([]);
    const profile = loadProfile(id);
    const titles = await h.page.locator('section.jx-sheet h2').allTextContents();
    if (profile.engine === 'forms') {
      for (const doc of profile.documents) {
        const count = doc.each ? input[doc.each].length : 1;
        expect(titles.filter((t) => t.includes(plainTitle(profile.forms[doc.form])))).toHaveLength(count);
      }
    } else {
      expect(titles).toHaveLength(FIXED_SHEETS.length + input.projectEvaluations.length);
    }
    const unnamed = await h.page.locator('.jx-editor :is(input, textarea, select)').evaluateAll((els) => els.filter((e) => !(e.getAttribute('aria-label') ?? '').trim()).map((e) => e.outerHTML));
    expect(unnamed).toEqual([]);
    // Names are unique within a form, so a screen reader tells the cells apart.
    const names = await h.page.locator('section.jx-sheet').evaluateAll((sections) =>
      sections.flatMap((s) => {
        const seen = new Set<string>();
        return [...s.querySelectorAll('input, textarea, select')].map((e) => e.getAttribute('aria-label')!).filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
      }),
    );
    expect(names).toEqual([]);
    // Every input shows what the file holds there: nothing typed is dropped on the way to the form.
    const filled = await h.page.locator('.jx-editor :is(input, textarea)').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value !== '').length);
    expect(filled).toBeGreaterThan(20);
    // And shows it whole: a long name wraps in its cell rather than running out of sight.
    const cut = await h.page.locator('.jx-editor :is(input, textarea, select)').evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => `${e.getAttribute('data-path')}: ${(e as HTMLInputElement).value}`),
    );
    expect(cut).toEqual([]);
  });
});

describe.each(PROFILES)('%s from nothing', (id) => {
  it('draws a blank form of each document, ready to type into', async () => {
    const blank = id === 'hunan-2022' ? {} : { profile: id };
    await mount(h.page, id, blank);
    expect(await h.page.locator('section.jx-sheet').count()).toBeGreaterThan(1);
    const first = h.page.locator('.jx-editor :is(input, textarea)').first();
    await first.fill('青山镇');
    const input = await lastChange(h.page);
    expect(Object.keys(input).length).toBeGreaterThan(Object.keys(blank).length);
  });
});

describe('keyboard', () => {
  it('reaches the cells in reading order and the row buttons, and works them with Enter', async () => {
    const input = fixture('national-project-2023.yaml');
    await mount(h.page, 'national-project', input);
    const active = () => h.page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? document.activeElement?.getAttribute('aria-label'));
    await h.page.locator('[data-path="projects.0.name"]').focus();
    const order: (string | null | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      await h.page.keyboard.press('Tab');
      order.push(await active());
    }
    expect(order).toEqual(['projects.0.supervisor', 'projects.0.implementer', 'projects.0.funds.total.initialBudget', 'projects.0.funds.total.budget', 'projects.0.funds.total.executed']);
    await h.page.locator('[data-path="projects.0.indicators.0.deviation"]').focus();
    await h.page.keyboard.press('Tab');
    expect(await active()).toBe('在第 1 行下方添加一行');
    await h.page.keyboard.press('Tab');
    // 上移 is disabled on the first row and skipped.
    expect(await active()).toBe('下移第 1 行');
    await h.page.keyboard.press('Enter');
    const moved = (await lastChange(h.page)).projects[0].indicators.map((i: { name: string }) => i.name);
    expect(moved.slice(0, 2)).toEqual([input.projects[0].indicators[1].name, input.projects[0].indicators[0].name]);
  });
});

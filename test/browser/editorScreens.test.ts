/**
 * Pictures of the editor in Chromium at desktop width, one form of each shipped profile, against committed
 * goldens. After an intended change of the editor's look: `npm run golden:editor`, then look at the pictures in
 * test/browser/golden/ before committing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPARTMENT_SHEET } from '../../src/workbook/layout.js';
import { compareWithGolden } from '../visual/raster.js';
import { mount, openHarness, type Harness } from './editorHarness.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'browser', 'golden');

/** Profile, fixture, the sheet pictured (its data-sheet id), and the golden's name when the id is not a plain word. */
const SCREENS: [string, string, string, string?][] = [
  ['national-project', 'national-project-2023.yaml', 'projects-1'],
  ['sichuan-project', 'sichuan-project-2023.yaml', 'projects-0'],
  ['chongqing-department', 'chongqing-department-2021.yaml', 'department'],
  ['hunan-2023', 'hunan-2023-township.yaml', 'department'],
  ['hunan-2022', 'hengyang-investment-2022.json', '基础数据表', 'basicData'],
  ['hunan-2022', 'hengyang-investment-2022.json', DEPARTMENT_SHEET.name, 'departmentEvaluation'],
  ['hunan-2022', 'hengyang-investment-2022.json', 'project-0'],
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

it.each(SCREENS)('%s (%s): the sheet %s looks as it did', async (profile, file, sheet, golden) => {
  await mount(h.page, profile, parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')));
  const png = await h.page.locator(`section[data-sheet="${sheet}"]`).screenshot({ animations: 'disabled', caret: 'hide' });
  const result = compareWithGolden(GOLDEN, `editor-${profile}-${golden ?? sheet}`, png);
  expect(result.ratio, result.diff).toBeLessThan(0.002);
});

// hunan-2022's editor sheets come from its profile's documents (`form`, `each`), not from fixed form ids: a copy in a
// templates folder of its own, its forms renamed and its documents reordered, gets every page, drawn the same way.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parseReportInput } from '../../../src/model/parse.js';
import { loadProfile } from '../../../src/node/profiles.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';
import { RENAMED_HUNAN_FORMS as RENAMED, renamedHunanCopy } from '../../helpers/templates.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8')) as Record<string, unknown>;
const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

it('draws every document of a copied hunan-2022 whose forms are renamed and documents reordered, as the shipped one', () => {
  const parsed = parseReportInput(input);
  const shipped = legacySheets(input, parsed, loadProfile('hunan-2022'));
  process.env.JIXIAO_TEMPLATES = renamedHunanCopy(true);
  const copy = loadProfile('hunan-2022');
  expect(copy.documents.map((d) => d.form)).toEqual([RENAMED.projectEvaluation, RENAMED.basicData, RENAMED.departmentEvaluation]);
  const sheets = legacySheets(input, parsed, copy);
  // In the copy's order: 正文, the projects (附件4), 附件2, 附件3.
  const projects = shipped.filter((s) => s.each);
  const expected = [shipped[0], ...projects, ...shipped.filter((s) => s !== shipped[0] && !s.each)];
  expect(sheets.map((s) => s.attachment ?? s.title)).toEqual(expected.map((s) => s.attachment ?? s.title));
  expect(sheets).toEqual(expected);
  expect(projects.length).toBe((input.projectEvaluations as unknown[]).length);
});

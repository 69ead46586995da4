// hunan-2022's editor sheets come from its profile's documents (`form`, `each`), not from fixed form ids: a copy in a
// templates folder of its own, its forms renamed and its documents reordered, gets every page, drawn the same way.
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parseReportInput } from '../../../src/model/parse.js';
import { loadProfile } from '../../../src/node/profiles.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';
import { tempDir } from '../../helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const input = JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8')) as Record<string, unknown>;
const RENAMED = { basicData: 'jichuShuju', departmentEvaluation: 'bumenZiping', projectEvaluation: 'xiangmuZiping' } as const;

/** hunan-2022 copied: each form file and id renamed, the documents that name them changed to match, 附件4 listed before 附件2. */
function renamedCopy(): string {
  const dir = join(tempDir('jixiao-renamed-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const folder = join(dir, 'profiles', 'hunan-2022');
  for (const [from, to] of Object.entries(RENAMED)) {
    const file = join(folder, 'forms', `${to}.yaml`);
    renameSync(join(folder, 'forms', `${from}.yaml`), file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(new RegExp(`^id: ${from}$`, 'm'), `id: ${to}`));
  }
  const profile = readFileSync(join(folder, 'profile.yaml'), 'utf8');
  let edited = profile;
  for (const [from, to] of Object.entries(RENAMED)) edited = edited.replace(`    form: ${from}\n`, `    form: ${to}\n`);
  // 附件4's entry (the last document, up to combined:) moved before 附件2's.
  const project = /  - id: projectEvaluation\n[\s\S]*?(?=combined:)/.exec(edited)![0];
  edited = edited.replace(project, '').replace('  - id: basicData\n', `${project}  - id: basicData\n`);
  expect(edited).not.toBe(profile);
  writeFileSync(join(folder, 'profile.yaml'), edited);
  return dir;
}

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

it('draws every document of a copied hunan-2022 whose forms are renamed and documents reordered, as the shipped one', () => {
  const parsed = parseReportInput(input);
  const shipped = legacySheets(input, parsed, loadProfile('hunan-2022'));
  process.env.JIXIAO_TEMPLATES = renamedCopy();
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

/** Engine profiles' sheets in the editor, without a browser: the lines around each form's title. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { profileFiles } from '../../../src/core/profiles.js';
import { parseProfile } from '../../../src/forms/index.js';
import { loadProfile } from '../../../src/node/profiles.js';
import { engineSheets } from '../../../src/web/editor/engine.js';
import { BLANK } from '../../../src/web/editor/grid.js';
import { EDITOR_TEXT } from '../../../src/web/editor/messages.js';
import type { FieldContent, Grid } from '../../../src/web/editor/grid.js';
import { editedTemplates } from '../../helpers/templates.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const fixture = (file: string) => parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')) as Record<string, any>;

it('names each of a list of forms by its item, as its document is named, and by number while unnamed', () => {
  const input = fixture('national-project-2023.yaml');
  input.projects[1].name = '';
  const titles = engineSheets(loadProfile('national-project'), input).filter((s) => s.each).map((s) => s.title);
  expect(titles[0]).toContain(input.projects[0].name);
  expect(titles[1]).not.toContain(input.projects[0].name);
  expect(titles[1].endsWith(EDITOR_TEXT.itemDoc('', 2))).toBe(true);
});

it('puts 附件N, 报表编号 and the caption line where the PDF prints them', () => {
  const hunan = engineSheets(loadProfile('hunan-2023'), fixture('hunan-2023-township.yaml'));
  const profile = loadProfile('hunan-2023');
  expect(hunan.slice(1).map((s) => s.attachment)).toEqual(profile.documents.map((d) => d.attachment));
  expect(hunan[1].captionLine?.[0]).toContain(fixture('hunan-2023-township.yaml').unit);
  const sichuan = engineSheets(loadProfile('sichuan-project'), fixture('sichuan-project-2023.yaml'));
  expect(sichuan[1].reportCode).toBe(loadProfile('sichuan-project').forms.project.reportCode);
  expect(sichuan[1].subtitle).not.toContain(sichuan[1].reportCode);
});

it('leaves a blank where the year goes until one is typed', () => {
  const sheets = engineSheets(loadProfile('hunan-2023'), { profile: 'hunan-2023' });
  expect(sheets[1].title).toContain(BLANK);
});

it('shows in a blank field declared fill: same the other document’s fact, as the PDF prints it', () => {
  const { folder, files } = profileFiles('hunan-2023');
  files['forms/department.yaml'] = files['forms/department.yaml'].replace('same: basicData.funds.projects.actual }', 'same: basicData.funds.projects.actual, fill: same }');
  const profile = parseProfile(folder, files);
  const input = fixture('hunan-2023-township.yaml');
  delete input.department.project;
  const field = (sheets: ReturnType<typeof engineSheets>) =>
    sheets.flatMap((s) => s.grids.flatMap((g: Grid) => g.cells.map((c) => c.content))).find((c): c is FieldContent => c.t === 'field' && c.path.join('.') === 'department.project')!;
  // 附件二 is listed after 附件一, whose 项目支出 本年决算数 it takes.
  expect(profile.documents.map((d) => d.id)).toEqual(['basicData', 'department']);
  expect(field(engineSheets(profile, input)).computed).toBe('97.50');
  // Typed, it shows no value of the tool's; the shipped definition takes nothing.
  expect(field(engineSheets(profile, fixture('hunan-2023-township.yaml'))).computed).toBeUndefined();
  expect(field(engineSheets(loadProfile('hunan-2023'), input)).computed).toBeUndefined();
});

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

it('types a text field on one line when its definition says singleLine, and in a growing box otherwise', async () => {
  const nameInput = () => {
    const sheet = engineSheets(loadProfile('national-project'), fixture('national-project-2023.yaml')).find((s) => s.each)!;
    const cells = sheet.grids.flatMap((g: Grid) => g.cells.map((c) => c.content));
    return cells.find((c): c is FieldContent => c.t === 'field' && c.path.join('.') === 'projects.0.name')!.input;
  };
  expect(nameInput()).toBe('multiline');
  process.env.JIXIAO_TEMPLATES = editedTemplates('profiles/national-project/forms/project.yaml', (yaml) =>
    yaml.replace('name: { title: 项目名称, kind: text, required: true }', 'name: { title: 项目名称, kind: text, required: true, singleLine: true }'),
  );
  // Templates are looked at afresh by the next piece of work.
  await new Promise((done) => setTimeout(done, 0));
  expect(nameInput()).toBe('text');
});

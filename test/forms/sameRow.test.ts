// An engine profile's `sameRow`: a form printed once per item is paired by name with a row of items of another
// document (here hunan-2023 given a 项目支出绩效自评表 per project, paired with its 基础数据表's project rows).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseProfile, type Profile } from '../../src/forms/index.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { ROOT } from '../helpers/example.js';
import { fixtureData } from './helpers.js';

const SAME_ROW = `
sameRow:
  document: basicData
  rows: [funds.business, funds.operation, funds.provincial]
  name: [name]
  columns:
    actual: [funds.total.executed]
    budget: [funds.total.initialBudget, funds.total.budget]
`;

/** hunan-2023's files, with national-project's project form added as a document per item of `projects`. */
function files(sameRow = SAME_ROW): Record<string, string> {
  const dir = join(ROOT, 'templates', 'profiles', 'hunan-2023');
  const forms = readdirSync(join(dir, 'forms')).map((f) => [`forms/${f}`, readFileSync(join(dir, 'forms', f), 'utf8')]);
  const project = readFileSync(join(ROOT, 'templates', 'profiles', 'national-project', 'forms', 'project.yaml'), 'utf8');
  const doc = `  - id: project\n    form: project\n    each: projects\n    title: "项目支出绩效自评表（{{name}}）"\n    fileName: "{{unit}}-{{year}}年度-项目支出绩效自评表-{{name}}"\ncombined:`;
  const profile = readFileSync(join(dir, 'profile.yaml'), 'utf8').replace(/^combined:/m, doc);
  return { 'profile.yaml': profile, ...Object.fromEntries(forms), 'forms/project.yaml': project + sameRow };
}

const load = (f = files()): Profile => parseProfile('profiles/hunan-2023', f);

/** The township's input with one project: national-project's first, renamed to a row of the 基础数据表 (乡村振兴工作经费: 25 / 24.2). */
function input(): Record<string, any> {
  const [project] = fixtureData('national-project-2023.yaml').projects;
  project.name = '乡村振兴工作经费';
  project.funds = { currentYear: { initialBudget: 25, budget: 25, executed: 24.2 } };
  return { ...fixtureData('hunan-2023-township.yaml'), projects: [project] };
}

const rowFindings = (data: Record<string, any>) =>
  prepareProfileData(load(), data)
    .findings.filter((f) => f.id === 'E_FORM_ROW_MISSING' || f.id === 'E_FORM_SAME_FACT')
    .map((f) => ({ id: f.id, path: f.path, expected: f.expected, actual: f.actual, message: f.message }));

describe('an engine profile’s sameRow', () => {
  it('finds nothing when the project and its row agree (the 全年执行数 worked out from its 其中 rows)', () => {
    expect(rowFindings(input())).toEqual([]);
  });

  it('says a column unlike each of the project’s cells at the first of them that has a value (a 本年预算数 equal to its 年初 agrees)', () => {
    const data = input();
    data.projects[0].funds.currentYear.executed = 24;
    data.projects[0].funds.currentYear.budget = 26;
    expect(rowFindings(data)).toEqual([
      {
        id: 'E_FORM_SAME_FACT',
        path: 'projects.0.funds.total.executed',
        expected: '24.20',
        actual: '24.00',
        message: '项目支出绩效自评表（乡村振兴工作经费） › 项目资金（万元） › 年度资金总额 › 全年执行数为 24.00，而部门整体支出绩效评价基础数据表 › 1、业务工作经费 › 乡村振兴工作经费 › 2023年决算数为 24.20；这是同一个数，应相同。',
      },
    ]);
  });

  it('says a project whose name names no row, listing the rows there are', () => {
    const data = input();
    data.projects[0].name = '乡村振兴经费';
    expect(rowFindings(data)).toEqual([
      {
        id: 'E_FORM_ROW_MISSING',
        path: 'projects.0.name',
        expected: undefined,
        actual: undefined,
        message: '项目支出绩效自评表（乡村振兴经费） › 项目名称为“乡村振兴经费”，部门整体支出绩效评价基础数据表中没有这一名称的行（现有：“乡村振兴工作经费”、“综治维稳工作经费”、“办公楼维修维护经费”、“省级美丽乡村建设专项资金”）。',
      },
    ]);
  });

  it('is refused at its key: an input place on a form that has no `input`, an unknown document', () => {
    const bad = SAME_ROW.replace('name: [name]', 'name: [{ input: basicDataRow }, name]').replace('document: basicData', 'document: basic');
    try {
      load(files(bad));
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings.map((f) => [f.path, f.message])).toEqual([
        ['profiles/hunan-2023/forms/project.yaml#sameRow.name.0.input', '{ input: basicDataRow } 只用于写了 input 的表（数据文件另有格式）；请写本表 fields 中的字段'],
        ['profiles/hunan-2023/forms/project.yaml#sameRow.document', '没有标识为“basic”的文件；可用的有：basicData、department、project'],
      ]);
    }
  });
});

// A set built by today's code names its checks in profile.yaml: the loader refuses, at the key, what would not run
// or would run unnoticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_CHECKS } from '../../src/check/ruleNames.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseProfile } from '../../src/forms/loadProfile.js';
import { ROOT } from '../helpers/example.js';

const folder = (id: string) => join(ROOT, 'templates', 'profiles', id);
const read = (id: string, f: string) => readFileSync(join(folder(id), f), 'utf8');

/** A shipped file with an edit that must change it. */
function editedFile(id: string, f: string, edit?: (yaml: string) => string): string {
  const shipped = read(id, f);
  const edited = edit ? edit(shipped) : shipped;
  if (edit) expect(edited).not.toBe(shipped);
  return edited;
}

function said(id: string, forms: string[], profile: string, formEdits: Record<string, (yaml: string) => string> = {}): string[] {
  const files: Record<string, string> = { 'profile.yaml': profile };
  for (const f of forms) files[`forms/${f}.yaml`] = editedFile(id, `forms/${f}.yaml`, formEdits[f]);
  try {
    parseProfile(`profiles/${id}`, files, undefined, KNOWN_CHECKS);
  } catch (e) {
    if (e instanceof UserError) return e.findings.map((x) => `${x.where}: ${x.message}`);
    throw e;
  }
  return [];
}

const HUNAN_FORMS = ['basicData', 'departmentEvaluation', 'narrative', 'projectEvaluation'];
const hunan = (edit?: (yaml: string) => string, formEdits?: Record<string, (yaml: string) => string>) =>
  said('hunan-2022', HUNAN_FORMS, editedFile('hunan-2022', 'profile.yaml', edit), formEdits);
const at = (key: string) => `profiles/hunan-2022/profile.yaml › ${key}`;
/** The shipped list's entries. */
const entries = read('hunan-2022', 'profile.yaml').split('\nchecks:\n')[1].split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
const index = (name: string) => entries.indexOf(name);
/** The key of an entry added at the end of the list. */
const added = `checks.${entries.length}`;

describe("hunan-2022's checks list", () => {
  it('is accepted as shipped', () => {
    expect(hunan()).toEqual([]);
  });

  it('refuses a name no coded rule has, listing those there are', () => {
    expect(hunan((y) => y.replace('  - unitName\n', '  - unitNames\n'))).toEqual([at(`checks.${index('unitName')}`) + `: 没有名为“unitNames”的代码检查；可用的有：${KNOWN_CHECKS.rules.join('、')}`]);
  });

  it('refuses a finding id no form declares, listing those declared', () => {
    const problems = hunan((y) => `${y}  - W_NO_SUCH_FINDING\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${at(added)}: 没有哪张印出的表（documents 中的表格）或正文中的数（正文的 facts）的 findings 写了编号“W_NO_SUCH_FINDING”；写了的有：[EW]_[A-Z0-9_]+(、[EW]_[A-Z0-9_]+)+$`));
    for (const id of ['E_CONTROL_RATE', 'E_FUNDS_TOTAL', 'E_PROJECT_FUNDS_TOTAL']) expect(problems[0]).toContain(id);
  });

  it('says an id declared only by a form no document prints is declared by no printed form', () => {
    const problems = hunan((y) => y.replace(/  - id: projectEvaluation\n(    .*\n)+/, ''));
    // The ids only 附件4 declares: its 年度资金总额, and its project row's (sameRow).
    const ids = ['E_PROJECT_FUNDS_TOTAL', 'E_PROJECT_ROW_MISSING', 'E_PROJECT_ROW', 'W_PROJECT_ROW_BUDGET'];
    expect(problems).toHaveLength(ids.length);
    ids.forEach((id, i) => expect(problems[i].startsWith(`${at(`checks.${index(id)}`)}: 没有哪张印出的表（documents 中的表格）或正文中的数（正文的 facts）的 findings 写了编号“${id}”；`)).toBe(true));
  });

  it('says a declared id left out of the list would go unchecked', () => {
    expect(hunan((y) => y.replace('  - E_WEIGHT_SUM\n', ''))).toEqual([
      at('checks') + ': 表格 forms/departmentEvaluation.yaml 的 findings 写了编号“E_WEIGHT_SUM”，checks 中却没有它。要检查这些关系，请把它写进 checks 中应在的位置；不做这项检查时，请同时从该表 findings 中删去这个编号',
    ]);
  });

  it('says only what is wrong in a form definition it cannot read, not that the ids its findings declare are declared nowhere', () => {
    const form = 'forms/departmentEvaluation.yaml';
    const problems = hunan(undefined, { departmentEvaluation: (y) => y.replace('qualitativeShare: 0.8', 'qualitativeShare: 0.8, colour: red') });
    expect(problems.some((p) => p.startsWith(`profiles/hunan-2022/${form} › `) && p.includes('colour'))).toBe(true);
    expect(problems.filter((p) => p.includes('的 findings 写了编号“'))).toEqual([]);
  });

  it('refuses an indicator or group finding on a form with no column or list it could judge, which would never report', () => {
    const form = 'forms/basicData.yaml';
    const problems = hunan((y) => y.replace('  - E_CONTROL_RATE\n', '  - E_CONTROL_RATE\n  - W_YEAR_MISMATCH\n  - W_UNIT_NAME\n'), {
      basicData: (y) => y.replace('atMost: E_THREE_PUBLIC_ROW }', 'atMost: E_THREE_PUBLIC_ROW, groupWeight: W_YEAR_MISMATCH, indicatorScore: [W_UNIT_NAME] }'),
    });
    expect(problems).toEqual([
      `profiles/hunan-2022/${form} › findings.indicatorScore.0: 这张表没有写了 indicatorScore 的列，“W_UNIT_NAME”不会报告任何问题`,
      `profiles/hunan-2022/${form} › findings.groupWeight: 这张表没有写了 groupWeights.splits 的列表，“W_YEAR_MISMATCH”不会报告任何问题`,
    ]);
  });

  it('refuses a check named twice, at the second', () => {
    const first = index('E_FUNDS_TOTAL');
    expect(hunan((y) => `${y}  - E_FUNDS_TOTAL\n`)).toEqual([at(added) + `: “E_FUNDS_TOTAL”已写在第 ${first + 1} 项（checks.${first}），每个检查只能写一次`]);
  });

  it('belongs to a set built by today\'s code: a form-engine profile names its code checks in its forms', () => {
    const national = read('national-project', 'profile.yaml');
    expect(said('national-project', ['project'], `${national}\nchecks: [textDrift]\n`)).toEqual([
      'profiles/national-project/profile.yaml › checks: 只有由原有代码生成的一类（engine: legacy）在这里列出检查；其他类型的代码检查写在各表格定义的 checks 中',
    ]);
  });
});

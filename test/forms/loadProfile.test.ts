import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { KNOWN_CHECKS } from '../../src/check/ruleNames.js';
import { parseProfile, type ProfileFiles } from '../../src/forms/loadProfile.js';
import { ROOT } from '../helpers/example.js';

const HUNAN = join(ROOT, 'templates', 'profiles', 'hunan-2022');
const DIR = join(ROOT, 'templates', 'profiles', 'national-project');
const files = (): ProfileFiles => ({
  'profile.yaml': readFileSync(join(DIR, 'profile.yaml'), 'utf8'),
  'forms/project.yaml': readFileSync(join(DIR, 'forms', 'project.yaml'), 'utf8'),
});

function problems(f: ProfileFiles): string[] {
  try {
    parseProfile('profiles/national-project', f);
  } catch (e) {
    if (e instanceof UserError) return e.findings.map((x) => `${x.where}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('the profile loader', () => {
  it('says a value of the wrong kind or out of bounds in Chinese, at its key, not as missing', () => {
    const f = files();
    const shipped = f['forms/project.yaml'];
    // Whatever the shipped shares are (a layout fix may change them), one becomes a text.
    f['forms/project.yaml'] = shipped.replace(/share: \d+, group: true/, 'share: abc, group: true').replace('orientation: landscape', 'orientation: sideways');
    expect(f['forms/project.yaml']).toContain('share: abc');
    const found = problems(f);
    expect(found.find((p) => p.includes('.share:'))).toMatch(/类型不对：应为数字，实际是 "abc"$/);
    expect(found.find((p) => p.includes('orientation:'))).toMatch(/应为 portrait、landscape 之一$/);
    expect(found.join('\n')).not.toMatch(/[A-Z][a-z]+ (input|type)|expected/);
    expect(found.join('\n')).not.toContain('缺少必填项');
    // The form file is there, only wrong: it is not also said to be missing.
    expect(found.join('\n')).not.toContain('没有对应的');
  });

  it('says a mistake inside one shape of a key that takes several at the mistake, not as a wrong shape of the whole', () => {
    const read = (f: string) => readFileSync(join(HUNAN, f), 'utf8');
    const project = read('forms/projectEvaluation.yaml').replace('{ field: name, span: 11 }', '{ field: name, span: two }');
    const hunan = { 'profile.yaml': read('profile.yaml'), 'forms/basicData.yaml': read('forms/basicData.yaml'), 'forms/departmentEvaluation.yaml': read('forms/departmentEvaluation.yaml'), 'forms/narrative.yaml': read('forms/narrative.yaml'), 'forms/projectEvaluation.yaml': project };
    let found: string[] = [];
    try {
      parseProfile('profiles/hunan-2022', hunan, undefined, KNOWN_CHECKS);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      found = e.findings.map((x) => `${x.where}: ${x.message}`);
    }
    expect(found).toEqual(['profiles/hunan-2022/forms/projectEvaluation.yaml › sheet.rows.0.1.span: 类型不对：应为数字，实际是 "two"']);
  });

  it('reads a shipped profile from its files, without the file system', () => {
    const p = parseProfile('profiles/national-project', files());
    expect(p.id).toBe('national-project');
    expect(Object.keys(p.forms)).toEqual(['project']);
  });

  it('names the file and the key of every mistake, in Chinese, all at once', () => {
    const f = files();
    f['profile.yaml'] = f['profile.yaml'].replace(/^name: .*$/m, '').replace('defaults:', 'defualts:');
    f['forms/project.yaml'] = f['forms/project.yaml'].replace('rate: { of: executed, over: budget }', 'rate: { of: executed, over: budgte }').replace('sum: [currentYear, carryover, other]', 'sum: [currentYear, carryover, others]');
    const found = problems(f);
    expect(found).toContain('profiles/national-project/profile.yaml › name: 缺少必填项');
    expect(found.some((x) => x.startsWith('profiles/national-project/profile.yaml') && x.includes('不认识的键：defualts'))).toBe(true);
    expect(found).toContain('profiles/national-project/forms/project.yaml › sections.1.columns.4: 引用的列“budgte”不存在');
    expect(found).toContain('profiles/national-project/forms/project.yaml › sections.1.rows.0: 引用的行“others”不存在');
  });

  it('refuses group weights held to names the group column does not restrict its values to: a misspelled group would go unweighed', () => {
    const f = files();
    const options = 'options: [产出指标, 效益指标, 满意度指标], required: true }';
    f['forms/project.yaml'] = f['forms/project.yaml'].replace(options, 'required: true }').replace('满意度指标: 10 }', '满意度: 10 }');
    expect(problems(f)).toEqual(['profiles/national-project/forms/project.yaml › sections.3.groupWeights.column: 列“level1”没有写 options（可选值）：各组的分值之和只能对写对了名称的组检查，请写 options 并包含 expect 中的各组']);
    f['forms/project.yaml'] = files()['forms/project.yaml'].replace('满意度指标: 10 }', '满意度: 10 }');
    expect(problems(f)).toEqual(['profiles/national-project/forms/project.yaml › sections.3.groupWeights.expect.满意度: “满意度”不是列“level1”的可选值（options）之一']);
  });

  it('refuses a summary that names no document of the set, or a cell its form does not have, at its key', () => {
    const f = files();
    f['profile.yaml'] = f['profile.yaml'].replace('budget: funds.total.budget,', 'budget: funds.totl.budget,').replace('score: indicators.total.score', 'score: indicators.total.weigth');
    expect(problems(f)).toEqual([
      'profiles/national-project/profile.yaml › summary.budget: 表“project”中没有“funds.totl.budget”：请写 部分.行.列（如 funds.total.budget）、绩效指标的合计 部分.total.列（如 indicators.total.score）或一个字段',
      'profiles/national-project/profile.yaml › summary.score: 表“project”中没有“indicators.total.weigth”：请写 部分.行.列（如 funds.total.budget）、绩效指标的合计 部分.total.列（如 indicators.total.score）或一个字段',
    ]);
    f['profile.yaml'] = files()['profile.yaml'].replace('summary: { document: project,', 'summary: { document: projects,');
    expect(problems(f)).toEqual(['profiles/national-project/profile.yaml › summary.document: documents 中没有表格文件“projects”；可写：project']);
  });

  it('says where a YAML file does not parse, and when a grid row has the wrong width', () => {
    const f = files();
    f['forms/project.yaml'] = f['forms/project.yaml'].replace('[{ label: 项目名称, span: 2 }, { field: name, span: 6 }]', '[{ label: 项目名称, span: 2 }, { field: name, span: 5 }]');
    expect(problems(f)).toContain('profiles/national-project/forms/project.yaml › sections.0.rows.0: 这一行占 7 列，而本部分有 8 列（shares）');
    f['profile.yaml'] += '\nfields: [unclosed\n';
    expect(problems(f).some((x) => /profile\.yaml › 第 \d+ 行: YAML 写法有误/.test(x))).toBe(true);
  });

  it('refuses a check no code implements, listing those that exist', () => {
    const f = files();
    f['forms/project.yaml'] += '\nchecks:\n  - { rule: noSuchRule }\n';
    expect(problems(f)).toContain('profiles/national-project/forms/project.yaml › checks.0.rule: 没有名为“noSuchRule”的检查；可用的有：lowRateNeedsReason、adjustmentNeedsReason');
  });

  it('refuses an input place the engine would not read, instead of printing its cells blank', () => {
    const read = (f: string) => readFileSync(join(HUNAN, f), 'utf8');
    const hunan = (project: string) =>
      ({ 'profile.yaml': read('profile.yaml'), 'forms/basicData.yaml': read('forms/basicData.yaml'), 'forms/departmentEvaluation.yaml': read('forms/departmentEvaluation.yaml'), 'forms/narrative.yaml': read('forms/narrative.yaml'), 'forms/projectEvaluation.yaml': project }) satisfies ProfileFiles;
    const said = (project: string) => {
      try {
        parseProfile('profiles/hunan-2022', hunan(project), undefined, KNOWN_CHECKS);
      } catch (e) {
        if (e instanceof UserError) return e.findings.map((x) => `${x.where}: ${x.message}`);
        throw e;
      }
      return [];
    };
    const shipped = read('forms/projectEvaluation.yaml');
    expect(said(shipped)).toEqual([]);
    const at = (key: string) => `profiles/hunan-2022/forms/projectEvaluation.yaml › input.${key}`;
    const edited = shipped
      .replace('indicators: { from: indicators }', 'indicators: indicators')
      .replace('indicators.total: total', 'indicators.totl: total')
      .replace('funds.carryover: funds.carryover', 'funds.carryovr: funds.carryover')
      .replace('fields.supervisor: supervisor', 'fields.supervisor: { from: supervisor }');
    const found = said(edited);
    expect(found).toContain(`${at('indicators')}: 每项一行，应写作 { from: 列表在数据文件中的位置 }`);
    expect(found.some((x) => x.startsWith(`${at('indicators.totl')}: “indicators.totl”不是本表的位置`))).toBe(true);
    expect(found.some((x) => x.startsWith(`${at('funds.carryovr')}: “funds.carryovr”不是本表的位置`))).toBe(true);
    expect(found).toContain(`${at('fields.supervisor')}: 应写数据文件中的位置（一个，或几个组成的列表）`);
    const noPlace = said(shipped.replace(/^  fields\.supervisor: supervisor\n/m, ''));
    expect(noPlace.some((x) => x.endsWith('本表的数据按 input 读取，但 input 中没有字段“supervisor”的位置（fields.supervisor）'))).toBe(true);
  });

  it('refuses continues in a form whose sections share their widths, where it would be ignored', () => {
    const f = files();
    f['forms/project.yaml'] = f['forms/project.yaml'].replace(/^sections:/m, 'widths: { shared: true }\nsections:').replace(/^(  - id: funds\n)/m, '$1    continues: true\n');
    expect(problems(f)).toContain('profiles/national-project/forms/project.yaml › sections.1.continues: 各部分已共用一套列宽（widths.shared），不能再接着上一张表排（continues）：二者选一');
  });
});

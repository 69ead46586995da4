// A form's workbook rows (`sheet.rows`) may name only what the form has: the loader says so at the row's key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { KNOWN_CHECKS } from '../../src/check/ruleNames.js';
import { parseProfile } from '../../src/forms/loadProfile.js';
import { ROOT } from '../helpers/example.js';

const HUNAN = join(ROOT, 'templates', 'profiles', 'hunan-2022');
const read = (f: string) => readFileSync(join(HUNAN, f), 'utf8');

function said(project: string): string[] {
  try {
    // The set's other forms as shipped: profile.yaml lists them among its documents.
    const others = { 'forms/basicData.yaml': read('forms/basicData.yaml'), 'forms/departmentEvaluation.yaml': read('forms/departmentEvaluation.yaml'), 'forms/narrative.yaml': read('forms/narrative.yaml') };
    parseProfile('profiles/hunan-2022', { 'profile.yaml': read('profile.yaml'), ...others, 'forms/projectEvaluation.yaml': project }, undefined, KNOWN_CHECKS);
  } catch (e) {
    if (e instanceof UserError) return e.findings.map((x) => `${x.where}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('the sheet rows of a form', () => {
  const shipped = read('forms/projectEvaluation.yaml');
  const at = (key: string) => `profiles/hunan-2022/forms/projectEvaluation.yaml › sheet.rows.${key}`;

  it('are accepted as shipped', () => {
    expect(said(shipped)).toEqual([]);
  });

  it('name a field, a section and a list of texts the form has, each refused at its key in Chinese', () => {
    const edited = shipped
      .replace('{ field: supervisor, span: 4 }', '{ field: superviser, span: 4 }')
      .replace('- { section: funds }', '- { section: fund }')
      .replace('{ input: basicDataRow, span: 4 }', '{ input: basicDataRow, span: 4, list: true }');
    expect(said(edited)).toEqual([
      `${at('1.1.field')}: 字段“superviser”没有在 fields 中定义`,
      `${at('2.1.list')}: list: true 只用于 field（本表的文字字段）`,
      `${at('3.section')}: sections 中没有 matrix 或 list 部分“fund”`,
    ]);
  });

  it('need the input place of each field they show', () => {
    const f = shipped.replace('[{ label: 项目支出名称 }, { field: name, span: 11 }]', '[{ label: 项目支出名称 }, { field: name, span: 11 }]\n    - [{ label: 编码 }, { field: code }]').replace('fields:\n', 'fields:\n  code: { title: 项目编码 }\n');
    expect(said(f)).toEqual([`${at('1.1.field')}: 本表的数据按 input 读取，但 input 中没有字段“code”的位置（fields.code）`]);
  });

  it('need the split of an indicator value when they show a list with one', () => {
    const edited = shipped.replace('sheet: { split: [比较符, 数值或文字, 计量单位], blankRows: 5 }', 'sheet: { blankRows: 5 }');
    expect(said(edited)).toEqual([`${at('6.section')}: 部分“indicators”有指标值（indicator）列，工作簿中要拆成三列：请在该部分写 sheet: { split: [比较符, 数值或文字, 计量单位] }`]);
  });
});

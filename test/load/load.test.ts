import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { UserError } from '../../src/diagnostics/finding.js';
import { loadInput, located, locateFindings } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData } from '../helpers/example.js';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jixiao-load-')), name);
  writeFileSync(path, text);
  return path;
}

async function syntaxFinding(path: string) {
  const error = await loadInput(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const [finding] = (error as UserError).findings;
  expect(finding.id).toBe('E_SYNTAX');
  return finding;
}

describe('loadInput', () => {
  it('reads .yaml and .yml into the same data as the JSON', async () => {
    const data = exampleData();
    expect(await loadInput(file('input.yaml', stringify(data)))).toEqual(data);
    expect(await loadInput(file('input.YML', `\uFEFF${stringify(data)}`))).toEqual(data);
  });

  it('gives the line, column and the line itself for a YAML syntax error', async () => {
    const path = file('bad.yaml', 'unit:\n  name: 衡阳\nyear: [2022\ncontacts:\n  preparer: 何蓉\n');
    const finding = await syntaxFinding(path);
    expect(finding.path).toMatch(/bad\.yaml:\d+:\d+$/);
    const [, line, column] = /:(\d+):(\d+)$/.exec(finding.path)!;
    expect(finding.where).toBe(`${path} 第 ${line} 行第 ${column} 列`);
    expect(Number(line)).toBeGreaterThanOrEqual(3);
    expect(finding.message).toMatch(/^文件格式错误：/);
    expect(finding.message.split('\n').at(-1)).toMatch(/^ *\^$/);
  });

  it('names a duplicate key and a tab used for indentation in the clerk\'s words', async () => {
    const duplicate = await syntaxFinding(file('dup.yaml', 'year: 2022\nunit:\n  name: 甲\nyear: 2023\n'));
    expect(duplicate.message).toContain('同一层级里出现了重复的字段名');
    expect(duplicate.path).toMatch(/:4:1$/);
    const tab = await syntaxFinding(file('tab.yaml', 'unit:\n\tname: 甲\n'));
    expect(tab.message).toContain('Tab');
    expect(tab.path).toMatch(/:2:\d+$/);
  });

  it('gives the line and column of a JSON syntax error, after a byte-order mark too', async () => {
    const finding = await syntaxFinding(file('bad.json', '\uFEFF{\n  "year": 2022,\n  "unit" {}\n}\n'));
    expect(finding.path).toMatch(/bad\.json:3:10$/);
  });

  it('refuses an unknown extension with a usage error', async () => {
    const error = (await loadInput(file('input.txt', '{}')).catch((e: unknown) => e)) as UserError;
    expect(error.message).toContain('请使用 .xlsx、.yaml/.yml 或 .json 文件');
    expect(error.exitCode).toBe(2);
  });
});

describe('located findings', () => {
  it('point to the line of a YAML file; JSON findings keep their usual form', async () => {
    const data = exampleData();
    data.basicData.publicFunds.office.budget = '十五';
    const where = async (name: string, text: string) => {
      const raw = await loadInput(file(name, text));
      try {
        located(raw, () => parseReportInput(raw));
      } catch (e) {
        return (e as UserError).findings[0].where;
      }
      return undefined;
    };
    const yaml = stringify(data);
    const line = yaml.split('\n').findIndex((l) => l.includes('十五')) + 1;
    expect(await where('input.yaml', yaml)).toBe(`input.yaml 第 ${line} 行 · 部门整体支出绩效评价基础数据表 › 公用经费 › 办公经费 › 本年预算数`);
    expect(await where('input.json', JSON.stringify(data))).toBe('部门整体支出绩效评价基础数据表 › 公用经费 › 办公经费 › 本年预算数');
  });

  it('a field left out points to the object that lacks it', async () => {
    const data = exampleData();
    delete data.contacts.phone;
    const text = stringify(data);
    const raw = await loadInput(file('input.yaml', text));
    const findings = locateFindings([{ id: 'E_MISSING_FIELD', level: 'error', path: 'contacts.phone', where: '签字与联系 › 联系电话', message: '缺少必填项' }], raw);
    const line = text.split('\n').findIndex((l) => l.includes('preparer')) + 1;
    expect(findings[0].where).toBe(`input.yaml 第 ${line} 行 · 签字与联系 › 联系电话`);
  });

  it('leave findings alone for data that was not loaded from a file, and for paths that are file positions', () => {
    const finding = { id: 'E_X', level: 'error' as const, path: 'year', where: '年度', message: '…' };
    expect(locateFindings([finding], exampleData())).toEqual([finding]);
    expect(located({}, () => 1)).toBe(1);
  });
});

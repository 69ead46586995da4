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

  it('puts the caret under the column in a terminal, where a Chinese character takes two columns', async () => {
    const finding = await syntaxFinding(file('bad.json', '{\n  "unit": {"name": "衡阳市投资促进事务中心" "x": 1}\n}\n'));
    expect(finding.path).toMatch(/bad\.json:2:34$/);
    const [line, caret] = finding.message.split('\n').slice(-2);
    // 11 Chinese characters before the column: 22 columns for 11 characters.
    const before = line.slice(0, line.indexOf('"x"'));
    expect(caret).toBe(`${' '.repeat(before.length + 11)}^`);
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

describe('loadInput refuses what the data must not say', () => {
  it('a JSON key given twice, however it is spelt, at the line of the second', async () => {
    const dup = await syntaxFinding(file('dup.json', '{"unit": {"name": "甲"},\n "projects": [{"a": 1,\n  "\\u0061": 2}]}'));
    expect(dup.message).toContain('重复的字段名“a”');
    expect(dup.path).toMatch(/:3:3$/);
    expect(await loadInput(file('same.json', '[{"a": 1}, {"a": 2}]'))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('JSON nested deeper than 64 levels, at any depth, without overflowing the stack', async () => {
    const ok = `${'['.repeat(64)}${']'.repeat(64)}`;
    await expect(loadInput(file('ok.json', ok))).resolves.toBeDefined();
    const deep = await syntaxFinding(file('deep.json', `{"a": "[[[", "b": ${'['.repeat(1_000_000)}`));
    expect(deep.message).toContain('嵌套超过 64 层');
  });

  it('YAML tags other than the core ones', async () => {
    expect(await loadInput(file('str.yaml', 'a: !!str 2022\n'))).toEqual({ a: '2022' });
    for (const tag of ['!!js/function "x"', '!!binary aGk=', '!custom 3', '!!python/object:os.system x']) {
      expect((await syntaxFinding(file('tag.yaml', `a: 1\nb: ${tag}\n`))).message).toContain('不认识的类型标记');
    }
  });

  it('text that is not UTF-8; a UTF-8 BOM is fine', async () => {
    const gb18030 = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x81, 0x30, 0x81, 0x30, 0x22, 0x7d]);
    const path = join(mkdtempSync(join(tmpdir(), 'jixiao-load-')), 'gb.json');
    writeFileSync(path, gb18030);
    await expect(loadInput(path)).rejects.toThrow('文件不是 UTF-8 编码，请另存为 UTF-8');
    expect(await loadInput(file('bom.json', '\uFEFF{"a": "甲"}'))).toEqual({ a: '甲' });
  });

  it('a full-width colon, a colon without its space, and ": " in a text, at the line where they are', async () => {
    const at = async (text: string) => {
      const f = await syntaxFinding(file('slip.yaml', text));
      return [f.path.replace(/^.*:(\d+):(\d+)$/, '$1:$2'), f.message.split('\n')[0]];
    };
    // The parser stumbles on the next line (bad indentation) or says "implicit map keys"; the slip is on this one.
    expect(await at('contacts:\n  preparer： 何蓉 # 填表人\n  phone: "8859878"\n')).toEqual(['2:11', expect.stringContaining('全角的“：”')]);
    expect(await at('contacts:\n  preparer:何蓉\n  phone: "8859878"\n')).toEqual(['2:12', expect.stringContaining('后面少了一个空格')]);
    expect(await at('contacts:\n  preparer: 何蓉\n  phone："8859878"\n')).toEqual(['3:8', expect.stringContaining('全角的“：”')]);
    expect(await at('narrative:\n  intro: 我中心主要负责: 全市外来投资\n')).toEqual(['2:10', expect.stringContaining('请给整段文字加上双引号')]);
    // A URL is no slip, nor a flow mapping's ": "; the parser's own words stay for an error that is none of these.
    expect((await syntaxFinding(file('flow.yaml', 'year: {"a": [1, 2}\n'))).message).not.toContain('请给整段文字加上双引号');
    expect((await syntaxFinding(file('other.yaml', 'links:\n  - http://example.com\nyear: [2022\n'))).message).not.toContain('少了一个空格');
  });

  it('a number written with a leading zero is the text it is: a telephone number keeps its 0', async () => {
    const data = (await loadInput(file('zero.yaml', 'phone: 07348859878\ncode: 0012\nbudget: 012.5\nzero: 0\nhalf: 0.5\ncount: 12\nrate: -3.25\n'))) as Record<string, unknown>;
    expect(data).toEqual({ phone: '07348859878', code: '0012', budget: '012.5', zero: 0, half: 0.5, count: 12, rate: -3.25 });
  });

  it('an alias with no anchor, where it is; not taken for an alias bomb', async () => {
    const finding = await syntaxFinding(file('alias.yaml', 'unit:\n  name: 衡阳\nbasicData:\n  staffing:\n    retired: *r # 退休人员\n'));
    expect(finding.message).toContain('别名 *r 指向了不存在的锚点');
    expect(finding.message).not.toContain('别名炸弹');
    expect(finding.path).toMatch(/:5:14$/);
  });

  it('a workbook, an old Excel file or a PDF renamed to .json or .yaml, named for what it is', async () => {
    const binary = (name: string, start: number[]) => {
      const path = join(mkdtempSync(join(tmpdir(), 'jixiao-load-')), name);
      writeFileSync(path, Buffer.from([...start, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe]));
      return path;
    };
    await expect(loadInput(binary('数据.json', [0x50, 0x4b, 0x03, 0x04]))).rejects.toThrow('请把扩展名改回 .xlsx');
    await expect(loadInput(binary('数据.yaml', [0x50, 0x4b, 0x03, 0x04]))).rejects.toThrow('扩展名却是“.yaml”');
    await expect(loadInput(binary('数据.json', [0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow('是旧版 Excel 文件（.xls）');
    await expect(loadInput(binary('报告.json', [0x25, 0x50, 0x44, 0x46]))).rejects.toThrow('是 PDF 文件，不是数据文件');
  });
});

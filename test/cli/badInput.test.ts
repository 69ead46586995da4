import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleData } from '../helpers/example.js';
import { BUDGET_CASES, type Prepare } from './budgetCases.js';

type Mutate = (d: any) => unknown;
interface Case {
  name: string;
  /** The file's text, or a change to the example (return a value to replace the whole document), or a maker of the file. */
  input: string | Mutate | Prepare;
  /** The longest the refusal may take, in milliseconds (the machine may be busy: generous, yet far below a hang). */
  maxMs?: number;
  code: number;
  message: string;
  /** Where the message must point: the field in the user's terms, or the file position. */
  where?: string;
  ext?: string;
}

const set = (path: string, value: unknown): Mutate => (d) => {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => o[k], d);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
};

const CASES: Case[] = [
  { name: 'JSON with a trailing comma', input: '{\n  "year": 2022,\n}\n', code: 1, message: '文件格式错误', where: '第 3 行' },
  { name: 'an empty file', input: '', code: 1, message: '文件格式错误' },
  { name: 'a list instead of an object', input: '[1, 2]', code: 1, message: '类型不对' },
  { name: 'year as Chinese text', input: set('year', '二〇二二'), code: 1, message: '年度应为四位数字', where: '年度' },
  { name: 'a year out of range', input: set('year', 1999), code: 1, message: '2000 年以后', where: '年度' },
  { name: 'a date with slashes', input: set('reportDate', '22/03/2023'), code: 1, message: 'YYYY-MM-DD', where: '报告日期' },
  // "" is how init writes a blank text: left blank is missing, as a number left null is.
  { name: 'a date left blank', input: set('reportDate', ''), code: 1, message: '缺少必填项“报告日期”', where: '报告日期' },
  { name: 'a date that does not exist', input: set('formDate', '2023-02-30'), code: 1, message: '不是一个存在的日期', where: '填表日期' },
  { name: 'the unit name missing', input: set('unit.name', undefined), code: 1, message: '缺少必填项', where: '单位 › 单位名称' },
  { name: 'an empty unit name', input: set('unit.name', '  '), code: 1, message: '不能为空', where: '单位名称' },
  { name: 'a misspelt top-level field', input: (d) => ((d.narative = d.narrative), delete d.narrative), code: 1, message: '是不是“narrative”' },
  { name: 'a misspelt nested field', input: (d) => ((d.basicData.staffing.autorized = 15), delete d.basicData.staffing.authorized), code: 1, message: '是不是“authorized”' },
  { name: 'text in a money cell', input: set('basicData.publicFunds.office.actual', '两万'), code: 1, message: '应为数字', where: '办公经费 › 本年决算数' },
  { name: 'a negative amount', input: set('basicData.procurement.actual', -3), code: 1, message: '不能为负数', where: '政府采购金额 › 本年决算数' },
  { name: 'an amount in exponent form', input: set('departmentEvaluation.funds.executed', '1e5'), code: 1, message: '应为数字', where: '执行数' },
  { name: 'an absurdly large amount', input: set('departmentEvaluation.funds.total', 5e12), code: 1, message: '大得不合常理', where: '资金总额' },
  { name: 'a boolean as an amount', input: set('narrative.figures.personnel', true), code: 1, message: '类型不对', where: '人员经费' },
  { name: 'NaN as text in a rate', input: set('departmentEvaluation.funds.executionRate', 'NaN%'), code: 1, message: '应为数字', where: '资金执行率' },
  { name: 'Infinity as text in an amount', input: set('departmentEvaluation.funds.executed', 'Infinity'), code: 1, message: '应为数字', where: '执行数' },
  { name: 'a weight that is not a number', input: set('projectEvaluations.1.indicators.4.weight', 'x'), code: 1, message: '应为数字', where: '项目支出绩效自评表[2] › 绩效指标[5] › 分值' },
  { name: 'a negative score', input: set('departmentEvaluation.indicators.0.score', -1), code: 1, message: '不能为负数', where: '绩效指标[1] › 得分' },
  { name: 'no indicators at all', input: set('projectEvaluations.0.indicators', []), code: 1, message: '缺少必填项“绩效指标”' },
  { name: 'an indicator target left empty', input: set('departmentEvaluation.indicators.2.target', ''), code: 1, message: '缺少必填项“年度指标值”', where: '年度指标值' },
  { name: 'an unknown comparator', input: set('departmentEvaluation.indicators.0.target', { comparator: '≈', value: 3, unit: '次' }), code: 1, message: '年度指标值', where: '绩效指标[1]' },
  { name: 'a paragraph of 20,001 characters', input: set('narrative.problems', '问'.repeat(20_001)), code: 1, message: '太长', where: '存在的主要问题' },
  { name: 'a 5 MB text field (a file over the 4 MB budget)', input: set('narrative.assetManagement', '资'.repeat(5 * 1024 * 1024 / 3)), code: 1, message: '太大：最多 4 MB' },
  {
    name: '10,000 indicator rows',
    input: (d) => {
      d.departmentEvaluation.indicators = Array.from({ length: 10_000 }, () => ({ ...d.departmentEvaluation.indicators[0] }));
    },
    code: 1,
    message: '最多 500 条',
    where: '部门整体支出绩效目标自评表 › 绩效指标',
  },
  { name: 'projects given as an object', input: set('projectEvaluations', { name: 'x' }), code: 1, message: '应为列表', where: '项目支出绩效自评表' },
  { name: 'a fractional head count', input: set('basicData.staffing.authorized', 15.5), code: 1, message: '编制数应为整数', where: '编制数' },
  { name: 'a phone number as a number', input: set('contacts.phone', 8859878), code: 1, message: '联系电话应为文字', where: '联系电话' },
  { name: 'a file type the tool does not read', input: '{}', ext: '.txt', code: 2, message: '不支持的输入文件类型' },
  ...BUDGET_CASES,
];

async function writeCase(dir: string, c: Case, i: number): Promise<string> {
  const file = join(dir, `case-${i}${c.ext ?? '.json'}`);
  if (typeof c.input === 'function' && c.input.length === 0) return (c.input as Prepare)();
  if (typeof c.input === 'string') {
    writeFileSync(file, c.input);
  } else {
    const data = exampleData();
    const replaced = (c.input as Mutate)(data);
    writeFileSync(file, JSON.stringify(replaced && typeof replaced === 'object' && !Array.isArray(data) && replaced !== data && 'unit' in (replaced as object) ? replaced : data));
  }
  return file;
}

describe('bad input: a clear Chinese message, the place, a non-zero exit code, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bad-'));
  CASES.forEach((c, i) => {
    it(`${c.name} → exit ${c.code}`, async () => {
      const file = await writeCase(dir, c, i);
      const out = join(dir, `out-${i}`);
      const started = performance.now();
      const r = await runCli(['build', file, '-o', out]);
      expect(performance.now() - started).toBeLessThan(c.maxMs ?? 10_000);
      expect(r.code, r.stderr).toBe(c.code);
      expect(r.stderr).not.toContain('\u001b'); // no terminal escape from the input reaches the terminal
      expect(r.stderr).toContain(c.message);
      if (c.where) expect(r.stderr).toContain(c.where);
      expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace without --debug
      let written: string[] = [];
      try {
        written = readdirSync(out);
      } catch {
        written = [];
      }
      expect(written).toEqual([]);
    }, 30_000);
  });
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

describe('usage errors exit 2', () => {
  it.each([
    [['build'], '缺少参数'],
    [['build', 'x.json', '--colour'], '没有选项'],
    [['publish'], '没有命令'],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a missing input file is an input problem (exit 1), with no stack trace', async () => {
    const r = await runCli(['build', '/nonexistent/input.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到输入文件');
  });
});

describe('characters the font cannot draw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-glyph-'));
  const file = join(dir, 'rare.json');
  const data = exampleData();
  data.contacts.preparer = '王䶮';
  writeFileSync(file, JSON.stringify(data));

  it('stop the build with the field and the code point, before anything is rendered', async () => {
    const r = await runCli(['build', file, '-o', join(dir, 'out'), '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('签字与联系 › 填表人');
    expect(r.stderr).toContain('U+4DAE');
  });

  it('are reported by check and become warnings with --allow-missing-glyphs', async () => {
    const strict = await runCli(['check', file, '--json']);
    expect(JSON.parse(strict.stdout).find((f: { id: string }) => f.id === 'E_MISSING_GLYPH')).toMatchObject({ level: 'error', path: 'contacts.preparer' });
    const allowed = await runCli(['check', file, '--json', '--allow-missing-glyphs']);
    expect(JSON.parse(allowed.stdout).find((f: { id: string }) => f.id === 'E_MISSING_GLYPH')).toMatchObject({ level: 'warning' });
  });
});

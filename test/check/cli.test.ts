// The check command in-process: exit codes, --json, --strict.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, example, FIXTURE, runCli as run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-check-'));
function file(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

const warningsOnly = () => {
  const raw = clean();
  raw.narrative.closingUnitName = '衡阳投资促进事务中心';
  return raw;
};

describe('jixiao check', { timeout: 30_000 }, () => {
  it('exits 1 on the example (it has errors) and prints every finding with a summary line', async () => {
    const r = await run(['check', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ 错误 [E_CONTROL_RATE] 部门整体支出绩效评价基础数据表 › 财政供养人员情况 › 控制率  (basicData.staffing.controlRate)');
    expect(r.stdout).toContain('应为：80.00%；实际：100.00%');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('共 4 个错误、5 个警告：有错误，请改正后再生成报告。');
  });

  it('exits 0 on consistent input', async () => {
    const r = await run(['check', file('clean.json', clean())]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('检查通过：未发现不一致。');
  });

  it('exits 0 with warnings only, and 1 with --strict', async () => {
    const path = file('warnings.json', warningsOnly());
    const plain = await run(['check', path]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('⚠ 警告 [W_UNIT_NAME]');
    const strict = await run(['check', path, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('--strict');
  });

  it('--json prints only a JSON array of {id, level, path, message, expected, actual} on stdout', async () => {
    const r = await run(['check', FIXTURE, '--json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout);
    expect(parsed).toHaveLength(9);
    for (const f of parsed) expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'level', 'path', 'message', 'expected', 'actual']));
    expect(parsed[0]).toMatchObject({ id: 'E_CONTROL_RATE', level: 'error', path: 'basicData.staffing.controlRate', expected: '80.00%', actual: '100.00%' });
    expect(r.stderr).toContain('共 4 个错误、5 个警告');
  });

  it('--json on consistent input prints []', async () => {
    const r = await run(['check', file('clean2.json', clean()), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('input that does not parse: exit 1, and under --json its findings as JSON', async () => {
    const raw = example();
    raw.basicData.staffing.authorized = '十五';
    const path = file('bad.json', raw);
    const r = await run(['check', path, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ level: 'error', path: 'basicData.staffing.authorized' });
    const plain = await run(['check', path]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('basicData.staffing.authorized');
  });

  it('a missing file is an input error, and no file argument a usage error', async () => {
    expect((await run(['check', join(dir, 'nope.json')])).code).toBe(1);
    expect((await run(['check'])).code).toBe(2);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/inputs.js';
import { formatSummary } from '../../src/batch/summary.js';
import { summarizeUnit } from '../../src/summary/index.js';
import { EXAMPLE_PATH, ROOT, exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

/** Temporary folders of this file, removed when its tests are done. */

// The batch runs on worker threads that load the bundle, as the installed command does: bundle the current source.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist');

function jixiao(args: string[]) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });
}

/** The unit sub-folders of a batch's output folder (beside them: the summaries and the batch's manifest). */
function unitFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

let inputs: string[];
let out: string;
let run: ReturnType<typeof jixiao>;

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
  const dir = tempDir('jixiao-batch-in-');
  const other = exampleData();
  other.unit.name = '衡阳市另一单位';
  writeFileSync(join(dir, 'a-example.json'), readFileSync(EXAMPLE_PATH));
  writeFileSync(join(dir, 'b-broken.json'), '{"unit": {"name": "坏文件"');
  writeFileSync(join(dir, 'c-other.json'), JSON.stringify(other));
  writeFileSync(join(dir, 'notes.txt'), 'not an input');
  inputs = [dir];
  out = tempDir('jixiao-batch-out-');
  run = jixiao(['build', dir, '-o', out, '--force']);
}, 180_000);

describe('jixiao build <folder>', () => {
  it('exits 1 when an input failed, and still builds every other input, one folder per unit', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(unitFolders(out)).toEqual(['衡阳市另一单位-2022年度', '衡阳市投资促进事务中心-2022年度']);
    for (const unit of unitFolders(out)) {
      const manifest = JSON.parse(readFileSync(join(out, unit, 'manifest.json'), 'utf8'));
      expect(manifest.files.length).toBe(6);
      for (const f of manifest.files) expect(existsSync(join(out, unit, f.path))).toBe(true);
    }
  });

  it('ends with a Chinese summary naming the failed input and why', () => {
    expect(run.stdout).toContain('共 3 份输入，成功 2 份，失败 1 份');
    expect(run.stdout).toMatch(/✗ .*b-broken\.json\n\s+无法读取/);
    expect(run.stdout).toContain('第 1 行');
  });

  it('prints one plain line per input when stderr is not a terminal', () => {
    const lines = run.stderr.split('\n').filter((l) => /^\[\d\/3\]/.test(l));
    expect(lines.length).toBe(3);
    expect(lines.filter((l) => l.includes('✓'))).toHaveLength(2);
  });

  it('leaves no temporary files or claims behind', () => {
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    for (const unit of unitFolders(out)) expect(readdirSync(join(out, unit)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('gives the same PDFs as a single build of the same input', () => {
    const single = tempDir('jixiao-single-');
    const r = jixiao(['build', EXAMPLE_PATH, '-o', single, '--force']);
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(readFileSync(join(single, 'manifest.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(out, '衡阳市投资促进事务中心-2022年度', 'manifest.json'), 'utf8'));
    expect(b.files.map((f: { sha256: string }) => f.sha256)).toEqual(a.files.map((f: { sha256: string }) => f.sha256));
  }, 120_000);

  it('refuses a second input of the same unit and year instead of writing over the first', () => {
    const dir = tempDir('jixiao-batch-dup-');
    writeFileSync(join(dir, 'one.json'), readFileSync(EXAMPLE_PATH));
    writeFileSync(join(dir, 'two.json'), readFileSync(EXAMPLE_PATH));
    const dupOut = tempDir('jixiao-batch-dup-out-');
    const r = jixiao(['build', join(dir, 'one.json'), join(dir, 'two.json'), '-o', dupOut, '--force', '--json']);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout).results as { ok: boolean; reason?: string }[];
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)?.reason).toContain('同一单位、同一年度');
    expect(unitFolders(dupOut)).toEqual(['衡阳市投资促进事务中心-2022年度']);
  }, 120_000);
});

describe('jixiao build <several inputs> --correction-of', () => {
  it('is a usage error: a correction compares two versions of one report', () => {
    const r = jixiao(['build', EXAMPLE_PATH, EXAMPLE_PATH, '--correction-of', EXAMPLE_PATH, '-o', tempDir('jixiao-batch-usage-')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--correction-of 只能用于单个数据文件');
  });
});

describe('collectInputs', () => {
  it('takes the input files of a folder in name order, skipping other and hidden files', async () => {
    const dir = tempDir('jixiao-collect-');
    for (const n of ['b.yaml', 'a.json', 'c.xlsx', '~$c.xlsx', '.hidden.json', 'readme.md']) writeFileSync(join(dir, n), '');
    mkdirSync(join(dir, 'sub.json'));
    expect(await collectInputs([dir])).toEqual(['a.json', 'b.yaml', 'c.xlsx'].map((n) => join(dir, n)));
  });

  it('says in Chinese which path does not exist', async () => {
    await expect(collectInputs(['/nonexistent/x.json'])).rejects.toThrow('找不到输入文件或文件夹：/nonexistent/x.json');
  });
});

describe('formatSummary', () => {
  it('counts built and failed inputs and lists each failure with its reason', () => {
    const text = formatSummary({
      outRoot: 'out',
      seconds: 1.25,
      results: [
        { file: 'a.json', ok: true, folder: 'out/a', files: 6, pages: 16, errors: 0, warnings: 2, summary: summarizeUnit('a.json', 'built', { findings: [] }) },
        { file: 'b.json', ok: false, reason: '找不到输入文件：b.json', internal: false, summary: summarizeUnit('b.json', 'unreadable', { findings: [] }) },
      ],
    });
    expect(text).toContain('共 2 份输入，成功 1 份，失败 1 份，用时 1.3 秒');
    expect(text).toContain('  ✗ b.json\n    找不到输入文件：b.json');
    expect(text).toContain('1 份有检查警告');
  });
});

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { crashDriver, crashedFolder, hiddenNames } from '../write/support/crashedFolder.js';
import { completeSet, inputHash, reportSet } from '../write/support/reportSets.js';

// A kill -9 cannot be handled by the process it stops: whatever command next touches the folder must set it right
// (or, for verify, say what happened). These tests cut a replacement as kill -9 would, then run that next command.

let driver: string;

beforeAll(async () => {
  driver = await crashDriver();
}, 60_000);

/** Set 31 → 32 retires two files and adds one: a cut leaves files of both sets, and some only in hidden folders. */
const FROM = 31;
const TO = 32;

/** Cut after the journal and two more renames: the folder holds no complete set. */
async function midReplacement(dir?: string): Promise<string> {
  const crashed = await crashedFolder(driver, FROM, TO, 3, dir);
  expect(crashed.stopped).toBe(true);
  expect(hiddenNames(crashed.dir).some((n) => n.endsWith('.journal'))).toBe(true);
  expect(() => completeSet(crashed.dir)).toThrow();
  return crashed.dir;
}

/** Every name in the folder and its hidden folders, with each file's size: what "changed nothing" compares. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((n) => {
      const st = statSync(join(dir, n));
      return st.isDirectory() ? `${n}/` : `${n} ${st.size}`;
    })
    .sort();
}

const newPdf = () => `${reportSet(TO).pdfs[0].fileName}.pdf`;

describe('build over a folder whose replacement was cut short', () => {
  it('stopping on its check, it first finishes or undoes the replacement as the journal says, wherever it was cut', async () => {
    let n = 0;
    for (; ; n++) {
      const { dir, stopped } = await crashedFolder(driver, FROM, TO, n);
      if (!stopped) break;
      const r = await runCli(['build', EXAMPLE_PATH, '-o', dir]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('检查发现错误，未生成任何文件');
      expect(hiddenNames(dir), `cut after ${n} renames`).toEqual([]);
      // Before the journal (n = 0) the previous set stands; from it on, the new set is completed.
      expect(completeSet(dir)).toBe(inputHash(n === 0 ? FROM : TO));
    }
    expect(n).toBeGreaterThan(5);
  }, 180_000);

  it('says that it completed the interrupted replacement', async () => {
    const dir = await midReplacement();
    const r = await runCli(['build', EXAMPLE_PATH, '-o', dir]);
    expect(r.stderr).toContain('上一次写入');
    expect(r.stderr).toContain('中断');
    expect(r.stderr).toContain(dir);
  }, 60_000);

  it.each([
    ['a missing input file', () => join(tempDir('jixiao-none-'), '数据.json')],
    ['an input that does not parse', () => writeInput('{"unit": ')],
    ['an input of the wrong shape', () => writeInput('[1, 2]')],
  ])('stopping on %s, it first finishes the replacement', async (_case, input) => {
    const dir = await midReplacement();
    const r = await runCli(['build', input(), '-o', dir]);
    expect(r.code, r.stderr).toBe(1);
    expect(hiddenNames(dir)).toEqual([]);
    expect(completeSet(dir)).toBe(inputHash(TO));
  }, 60_000);

  it('of a batch stopping on its inputs, it first finishes the replacement in the batch folder and in each unit folder', async () => {
    const root = tempDir('jixiao-batch-crashed-');
    await midReplacement(root);
    const units = tempDir('jixiao-units-');
    await midReplacement(mkdirIn(units, '某单位'));
    const empty = tempDir('jixiao-no-inputs-');
    expect((await runCli(['build', empty, '-o', root])).code).toBe(1);
    expect((await runCli(['check', empty, '-o', units])).code).toBe(1);
    expect(hiddenNames(root)).toEqual([]);
    expect(completeSet(root)).toBe(inputHash(TO));
    expect(completeSet(join(units, '某单位'))).toBe(inputHash(TO));
  }, 60_000);

  it('with --keep-versions, stopping on its check, it first finishes the replacement in the last version folder', async () => {
    const root = tempDir('jixiao-versions-crashed-');
    const first = reportSet(1);
    await (await import('../../src/write/index.js')).writeReport(mkdirIn(root, '第1版'), first.pdfs, 'input.json', first.input);
    await midReplacement(mkdirIn(root, '第2版'));
    expect((await runCli(['build', EXAMPLE_PATH, '-o', root, '--keep-versions'])).code).toBe(1);
    expect(completeSet(join(root, '第2版'))).toBe(inputHash(TO));
  }, 60_000);

  it('with --sign and a key file it cannot read, it first finishes the replacement', async () => {
    const dir = await midReplacement();
    const r = await runCli(['build', EXAMPLE_PATH, '-o', dir, '--sign', join(tempDir('jixiao-nokey-'), 'none.p12'), '--password', 'x']);
    expect(r.code).toBe(1);
    expect(completeSet(dir)).toBe(inputHash(TO));
  }, 60_000);
});

describe('sign over a folder whose replacement was cut short', () => {
  it.each([
    ['the folder', (dir: string) => dir],
    ['one PDF of it', (dir: string) => join(dir, newPdf())],
  ])('given %s, it first finishes the replacement, even when the key file cannot be read', async (_case, target) => {
    const dir = await midReplacement();
    const r = await runCli(['sign', target(dir), '--p12', join(tempDir('jixiao-nokey-'), 'none.p12'), '--password', 'x']);
    expect(r.code).toBe(1);
    expect(hiddenNames(dir)).toEqual([]);
    expect(completeSet(dir)).toBe(inputHash(TO));
  }, 60_000);
});

describe('verify over a folder whose replacement was cut short', () => {
  it('says that the last write was interrupted and what to do, and changes nothing', async () => {
    const dir = await midReplacement();
    const before = listing(dir);
    const r = await runCli(['verify', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('替换文件的中途被中断');
    expect(r.stdout).toContain(`jixiao verify ${dir} --repair`);
    expect(r.stdout).toContain(`jixiao build`);
    expect(r.stdout).toContain('验证没有改动这个文件夹');
    expect(r.stdout).not.toContain('文件缺失');
    expect(listing(dir)).toEqual(before);
  }, 60_000);

  it('--json: the folder is not ok, the interruption is named with what the journal says, no file is judged', async () => {
    const dir = await midReplacement();
    const before = listing(dir);
    const r = await runCli(['verify', dir, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([]);
    expect(report.interrupted).toEqual([expect.objectContaining({ folder: dir, direction: 'forward', running: false })]);
    expect(listing(dir)).toEqual(before);
  }, 60_000);

  it('given one PDF of the folder (even one still in a hidden folder), says the same', async () => {
    const dir = await midReplacement();
    const r = await runCli(['verify', join(dir, newPdf())]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('替换文件的中途被中断');
  }, 60_000);

  it('--repair finishes the replacement as the journal says, says so, then checks the complete set', async () => {
    const dir = await midReplacement();
    const r = await runCli(['verify', dir, '--repair', '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.repaired).toEqual([expect.objectContaining({ folder: dir, outcome: 'forward' })]);
    expect(report.interrupted).toBeUndefined();
    expect(hiddenNames(dir)).toEqual([]);
    expect(completeSet(dir)).toBe(inputHash(TO));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(manifest.files.map((f: { path: string }) => f.path));
    expect(report.files.filter((f: { verdict: string }) => f.verdict === 'missing')).toEqual([]);
    const again = await runCli(['verify', dir, '--repair']);
    expect(again.stdout).not.toContain('中断');
  }, 60_000);

  it('--repair in words', async () => {
    const dir = await midReplacement();
    const r = await runCli(['verify', dir, '--repair']);
    expect(r.stdout).toContain('已按替换日志把替换做完');
    expect(r.stdout).not.toContain('现在不是完整的一套文件');
  }, 60_000);

  it('a replacement whose process still runs: says to wait, even with --repair, and changes nothing', async () => {
    const dir = tempDir('jixiao-live-');
    const set = reportSet(FROM);
    await (await import('../../src/write/index.js')).writeReport(dir, set.pdfs, 'input.json', set.input);
    const tag = `.jixiao-${process.ppid}-00ff`;
    writeFileSync(join(dir, `${tag}.journal`), `${JSON.stringify({ tag, pid: process.ppid, files: ['manifest.json'], retire: [], direction: 'forward' })}\n`);
    const before = listing(dir);
    for (const args of [[], ['--repair']]) {
      const r = await runCli(['verify', dir, ...args]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`进程 ${process.ppid}`);
      expect(r.stdout).toContain('仍在运行');
    }
    expect(listing(dir)).toEqual(before);
  }, 60_000);

  it('what a run stopped before its journal left is no interruption: the previous set is whole', async () => {
    const { dir, stopped } = await crashedFolder(driver, FROM, TO, 0);
    expect(stopped).toBe(true);
    expect(hiddenNames(dir).length).toBeGreaterThan(0);
    const r = await runCli(['verify', dir, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.interrupted).toBeUndefined();
    expect(report.files.length).toBe(reportSet(FROM).pdfs.length);
  }, 60_000);
});

function writeInput(text: string): string {
  const file = join(tempDir('jixiao-input-'), '数据.json');
  writeFileSync(file, text);
  return file;
}

function mkdirIn(root: string, name: string): string {
  mkdirSync(join(root, name));
  return join(root, name);
}

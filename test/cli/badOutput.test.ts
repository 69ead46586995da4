import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH, ROOT, exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * The seam through which a case makes the operating system refuse: a full disk, a read-only disk, no permission.
 * Only the write stage's own calls are refused (staging folder and staged files), so every case meets the error
 * where a real one would appear, after the PDFs are made and before anything in the output folder has moved. The
 * write stage opens and makes folders with node:fs's calls in place (src/write/durable.ts); both modules are covered.
 */
const refuse = vi.hoisted(() => ({ current: undefined as undefined | { code: string; errno: number; call: 'mkdir' | 'open'; after: number } }));

const seam = vi.hoisted(() => {
  let seen = 0;
  return {
    reset: () => (seen = 0),
    fail: (call: 'mkdir' | 'open', path: unknown, r: { code: string; errno: number; call: string; after: number } | undefined) => {
      if (!r || r.call !== call || !String(path).includes('.jixiao-') || String(path).includes('.journal')) return;
      if (seen++ < r.after) return;
      throw Object.assign(new Error(`${r.code}: refused by the test, ${call} '${String(path)}'`), { code: r.code, errno: r.errno, syscall: call, path: String(path) });
    },
  };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  refuseReset.fn = seam.reset;
  return {
    ...fs,
    default: fs,
    mkdir: (async (path: string, options?: unknown) => (seam.fail('mkdir', path, refuse.current), fs.mkdir(path, options as never))) as typeof fs.mkdir,
    open: (async (path: string, flags?: string, mode?: number) => (seam.fail('open', path, refuse.current), fs.open(path, flags, mode))) as typeof fs.open,
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const mkdirSync = ((path: string, options?: unknown) => (seam.fail('mkdir', path, refuse.current), fs.mkdirSync(path, options as never))) as typeof fs.mkdirSync;
  const openSync = ((path: string, flags?: string, mode?: number) => (seam.fail('open', path, refuse.current), fs.openSync(path, flags ?? 'r', mode))) as typeof fs.openSync;
  return { ...fs, default: { ...fs, mkdirSync, openSync }, mkdirSync, openSync };
});
const refuseReset = vi.hoisted(() => ({ fn: () => {} }));

const hashes = (dir: string) =>
  Object.fromEntries(readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex') : 'folder']));

let earlier: string;

beforeAll(async () => {
  earlier = join(tempDir('jixiao-bad-output-'), 'out');
  const r = await runCli(['build', EXAMPLE_PATH, '-o', earlier, '--force']);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

interface Case {
  name: string;
  /** The command line; OUT is a copy of an earlier complete set, FILE an existing file, FOLDER an existing folder. */
  args: string[];
  code: number;
  message: string;
  refuse?: NonNullable<typeof refuse.current>;
  /** Made inside OUT before the run. */
  folderInTheWay?: string;
}

const CASES: Case[] = [
  { name: '-o the empty string', args: ['build', EXAMPLE_PATH, '--force', '-o', ''], code: 2, message: '-o 后面应为输出文件夹的路径，不能为空' },
  { name: '-o an existing file', args: ['build', EXAMPLE_PATH, '--force', '-o', 'FILE'], code: 2, message: '是一个已有的文件' },
  { name: '-o a path under a file', args: ['build', EXAMPLE_PATH, '--force', '-o', 'FILE/out'], code: 1, message: '路径中有一段是文件而不是文件夹' },
  {
    // A file the earlier set does not have, so the swap has moved the other files before it meets the folder.
    name: 'a folder in the way of an output PDF',
    args: ['build', EXAMPLE_PATH, '--force', '--with-findings', '-o', 'OUT'],
    code: 1,
    message: '输出位置已有同名的文件夹',
    folderInTheWay: '衡阳市投资促进事务中心-2022年度-审核意见（不属于签报文件）.pdf',
  },
  { name: 'a full disk', args: ['build', EXAMPLE_PATH, '--force', '-o', 'OUT'], code: 1, message: '磁盘已满', refuse: { code: 'ENOSPC', errno: -28, call: 'open', after: 2 } },
  { name: 'a read-only disk', args: ['build', EXAMPLE_PATH, '--force', '-o', 'OUT'], code: 1, message: '所在的磁盘是只读的', refuse: { code: 'EROFS', errno: -30, call: 'mkdir', after: 0 } },
  { name: 'a folder without write permission', args: ['build', EXAMPLE_PATH, '--force', '-o', 'OUT'], code: 1, message: '没有权限读写', refuse: { code: 'EACCES', errno: -13, call: 'mkdir', after: 0 } },
  { name: 'schema -o the empty string', args: ['schema', '-o', ''], code: 2, message: '输出文件的路径不能为空' },
  { name: 'schema -o an existing folder', args: ['schema', '-o', 'FOLDER'], code: 2, message: `是一个文件夹，这里应给出输出文件的路径（例如 ${join('FOLDER', 'jixiao-input.schema.json')}）` },
  { name: 'schema -o a path under a file', args: ['schema', '-o', 'FILE/schema.json'], code: 1, message: '已存在，且不是这里需要的文件夹' },
  { name: 'schema -o on a full disk', args: ['schema', '-o', 'OUT/schema.json'], code: 1, message: '磁盘已满', refuse: { code: 'ENOSPC', errno: -28, call: 'open', after: 0 } },
  { name: 'init -o the empty string', args: ['init', '-o', ''], code: 2, message: '输出文件的路径不能为空' },
  // The example is a file convert writes, named after the input: not the schema's file, nor an option convert has not.
  { name: 'convert to an existing folder', args: ['convert', EXAMPLE_PATH, 'FOLDER'], code: 2, message: `（例如 ${join('FOLDER', `${basename(EXAMPLE_PATH, '.json')}.yaml`)}）` },
  { name: 'convert into a folder without write permission', args: ['convert', EXAMPLE_PATH, 'OUT/x.yaml'], code: 1, message: '若这是要写的位置，请换一个您有写入权限的位置', refuse: { code: 'EACCES', errno: -13, call: 'open', after: 0 } },
];

describe('bad output places: a Chinese message, an honest exit code, the earlier set untouched', () => {
  for (const c of CASES) {
    it(`${c.name} → exit ${c.code}`, async () => {
      const work = tempDir('jixiao-bad-output-case-');
      const out = join(work, 'out');
      cpSync(earlier, out, { recursive: true });
      writeFileSync(join(work, 'file'), 'a file, not a folder');
      mkdirSync(join(work, 'folder'));
      if (c.folderInTheWay) mkdirSync(join(out, c.folderInTheWay));
      const before = hashes(out);
      const args = c.args.map((a) => a.replace(/^OUT/, out).replace(/^FILE/, join(work, 'file')).replace(/^FOLDER/, join(work, 'folder')));
      refuseReset.fn();
      refuse.current = c.refuse;
      const r = await runCli(args).finally(() => (refuse.current = undefined));
      expect(r.code, r.stderr).toBe(c.code);
      expect(r.stderr).toContain(c.message.replace('FOLDER', join(work, 'folder')));
      expect(r.stderr).not.toContain('内部错误');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(hashes(out)).toEqual(before);
      expect(readFileSync(join(work, 'file'), 'utf8')).toBe('a file, not a folder');
      expect(readdirSync(join(work, 'folder'))).toEqual([]);
    }, 60_000);
  }
});

describe('a failed write to standard output', () => {
  const cli = (args: string[]) =>
    spawnSync(`${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(join(ROOT, 'src', 'cli', 'run.ts'))} ${args.join(' ')} > /dev/full`, {
      shell: true,
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 120_000,
    });

  it.runIf(existsSync('/dev/full'))('jixiao schema > /dev/full: exit 1, a clear message, no stack trace', () => {
    const r = cli(['schema']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('无法写入标准输出：磁盘已满');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))('jixiao build --json > /dev/full: the files are written, exit 1, a clear message', () => {
    const out = join(tempDir('jixiao-dev-full-'), 'out');
    const r = cli(['build', JSON.stringify(EXAMPLE_PATH), '--force', '--json', '-o', JSON.stringify(out)]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('无法写入标准输出：磁盘已满');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toContain('manifest.json');
  }, 120_000);
});

describe('control and bidirectional characters', () => {
  // The loader refuses them in any text (test/cli/badInput.test.ts); file names strip them as a second line of
  // defence (test/write/fileNames.test.ts). Here: the refusal names the character and never echoes it raw.
  it('never reach file names or the terminal, even with --allow-missing-glyphs', async () => {
    const work = tempDir('jixiao-bidi-');
    const data = exampleData();
    data.unit.name = '衡阳市\u202Efdp.exe\u2066中心\u001b[31m';
    writeFileSync(join(work, 'in.json'), JSON.stringify(data));
    const r = await runCli(['build', join(work, 'in.json'), '-o', join(work, 'out'), '--force', '--allow-missing-glyphs']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('U+202E');
    expect(existsSync(join(work, 'out')) ? readdirSync(join(work, 'out')) : []).toEqual([]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u001b\u202e\u2066]/);
  }, 60_000);
});

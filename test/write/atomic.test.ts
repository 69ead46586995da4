import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { writeAllAtomically } from '../../src/write/atomic.js';

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex') : 'folder']),
  );

describe('writeAllAtomically', () => {
  it('writes every file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-atomic-'));
    await writeAllAtomically(dir, [
      { name: 'a.pdf', bytes: Buffer.from('A') },
      { name: 'b.pdf', bytes: Buffer.from('B') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('leaves the old files as they were when one target cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-atomic-'));
    writeFileSync(join(dir, 'a.pdf'), 'old A');
    writeFileSync(join(dir, 'b.pdf'), 'old B');
    mkdirSync(join(dir, 'c.pdf')); // a folder where the last file should go: its rename fails
    writeFileSync(join(dir, 'c.pdf', 'keep'), 'x');
    const before = hashes(dir);
    await expect(
      writeAllAtomically(dir, [
        { name: 'a.pdf', bytes: Buffer.from('new A') },
        { name: 'b.pdf', bytes: Buffer.from('new B') },
        { name: 'c.pdf', bytes: Buffer.from('new C') },
      ]),
    ).rejects.toThrow();
    expect(hashes(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old A');
  });

  it('refuses names that lead outside the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-atomic-'));
    await expect(writeAllAtomically(join(dir, 'out'), [{ name: '../escape.pdf', bytes: Buffer.from('x') }])).rejects.toThrow('输出文件夹以外');
    expect(readdirSync(dir)).toEqual([]);
  });

  for (const [position, blocked] of [
    ['first', 'a.pdf'],
    ['middle', 'c.pdf'],
    ['last', 'manifest.json'],
  ]) {
    it(`puts the previous set back when the swap fails at the ${position} file`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-atomic-'));
      await writeAllAtomically(dir, [
        { name: 'b.pdf', bytes: Buffer.from('old B') },
        { name: 'gone.pdf', bytes: Buffer.from('old only') },
      ]);
      mkdirSync(join(dir, blocked)); // found only when its rename fails, after earlier files have moved
      const before = hashes(dir);
      const attempt = writeAllAtomically(
        dir,
        ['a.pdf', 'b.pdf', 'c.pdf', 'manifest.json'].map((name) => ({ name, bytes: Buffer.from(`new ${name}`) })),
        { retire: async () => ['gone.pdf'] },
      );
      await expect(attempt).rejects.toThrow(`输出位置已有同名的文件夹，无法写入：${join(dir, blocked)}`);
      await expect(attempt).rejects.toBeInstanceOf(UserError);
      expect(hashes(dir)).toEqual(before);
    });
  }

  it('takes away the files of the previous set that the new set retires', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-atomic-'));
    await writeAllAtomically(dir, [
      { name: 'a.pdf', bytes: Buffer.from('old A') },
      { name: 'gone.pdf', bytes: Buffer.from('old only') },
    ]);
    await writeAllAtomically(dir, [{ name: 'a.pdf', bytes: Buffer.from('new A') }], { retire: async () => ['gone.pdf', 'never-there.pdf'] });
    expect(readdirSync(dir)).toEqual(['a.pdf']);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new A');
  });
});

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});

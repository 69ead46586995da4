import { existsSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDone, entryKind, exists, makeFolder } from '../../src/write/durable.js';

describe('makeFolder', () => {
  it('makes every missing level and accepts a folder that is there', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jixiao-durable-')), 'a', 'b', 'c');
    makeFolder(dir);
    makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
  it('refuses a file in the way, or a path under a file, with the system’s error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jixiao-durable-')), 'file');
    writeFileSync(file, 'x');
    expect(() => makeFolder(file)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeFolder(join(file, 'out'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
  it.runIf(existsSync('/proc/self'))('gives up where the system refuses new folders (Node’s recursive mkdir never returns there)', async () => {
    expect(() => makeFolder('/proc/jixiao-test/out')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('entryKind', () => {
  it('says at once what a name holds, without following a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-durable-'));
    writeFileSync(join(dir, 'file'), 'x');
    symlinkSync(dir, join(dir, 'link'));
    expect([entryKind(dir), entryKind(join(dir, 'file')), entryKind(join(dir, 'link')), entryKind(join(dir, 'none'))]).toEqual(['folder', 'file', 'file', 'none']);
    expect([exists(join(dir, 'file')), exists(join(dir, 'none'))]).toEqual([true, false]);
  });
});

describe('allDone', () => {
  it('fails with the first failure only once every step has ended', async () => {
    const ended: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      new Promise<void>((done, reject) =>
        setTimeout(() => {
          ended.push(name);
          if (fail) reject(new Error(name));
          else done();
        }, ms),
      );
    await expect(allDone([step('slow', 40), step('first failure', 5, true), step('second failure', 20, true)])).rejects.toThrow('first failure');
    // Promise.all would have failed at 5 ms, with the other steps still writing while the caller cleans up.
    expect(ended).toEqual(['first failure', 'second failure', 'slow']);
  });
  it('ends when every step has succeeded', async () => {
    await expect(allDone([Promise.resolve(1), Promise.resolve('x')])).resolves.toBeUndefined();
  });
});

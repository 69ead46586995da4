import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/write/durable.js';

describe('makeFolder', () => {
  it('makes every missing level and accepts a folder that is there', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jixiao-durable-')), 'a', 'b', 'c');
    await makeFolder(dir);
    await makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
  it('refuses a file in the way, or a path under a file, with the system’s error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jixiao-durable-')), 'file');
    writeFileSync(file, 'x');
    await expect(makeFolder(file)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeFolder(join(file, 'out'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
  it.runIf(existsSync('/proc/self'))('gives up where the system refuses new folders (Node’s recursive mkdir never returns there)', async () => {
    await expect(makeFolder('/proc/jixiao-test/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

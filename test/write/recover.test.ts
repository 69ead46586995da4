import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverFolder } from '../../src/write/recover.js';

describe('recoverFolder', () => {
  const deadPid = 2 ** 22 + 1; // above Linux's pid_max: no process has it

  it('removes what stopped runs left before their journal, and an older version\'s temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-recover-'));
    writeFileSync(join(dir, 'a.pdf'), 'A');
    mkdirSync(join(dir, `.jixiao-${deadPid}-00ff.new`));
    writeFileSync(join(dir, `.jixiao-${deadPid}-00ff.new`, 'a.pdf'), 'half');
    mkdirSync(join(dir, `.jixiao-${deadPid}-00ff.old`));
    writeFileSync(join(dir, `.jixiao-${deadPid}-00ff.journal.tmp`), '{"tag":');
    writeFileSync(join(dir, `.jixiao-${deadPid}-0abc.3.tmp`), 'half');
    await recoverFolder(dir);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('keeps an older version\'s set-aside file, which may be the only copy of a document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-recover-'));
    writeFileSync(join(dir, `.jixiao-${deadPid}-0abc.3.old`), 'only copy');
    await recoverFolder(dir);
    expect(readdirSync(dir)).toEqual([`.jixiao-${deadPid}-0abc.3.old`]);
  });

  it('leaves alone the files of a replacement that a running process is making', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-recover-'));
    const live = `.jixiao-${process.ppid}-00ff.new`;
    mkdirSync(join(dir, live));
    await recoverFolder(dir);
    expect(readdirSync(dir)).toEqual([live]);
  });
});

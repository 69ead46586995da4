import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverFolder, recoverFolderTree, unfinishedReplacements } from '../../src/write/recover.js';
import { tempDir } from '../helpers/tmp.js';
import { crashDriver, crashedFolder, hiddenNames } from './support/crashedFolder.js';
import { completeSet, inputHash } from './support/reportSets.js';

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

describe('recoverFolder after a kill -9 mid-replacement', () => {
  let driver: string;
  beforeAll(async () => {
    driver = await crashDriver();
  }, 60_000);

  it('says what it did with each replacement: finished as the journal says, or nothing when none was cut short', async () => {
    const { dir, stopped } = await crashedFolder(driver, 31, 32, 3);
    expect(stopped).toBe(true);
    const tag = hiddenNames(dir).find((n) => n.endsWith('.journal'))!.replace(/\.journal$/, '');
    expect(await recoverFolder(dir)).toEqual([{ folder: dir, tag, outcome: 'forward' }]);
    expect(completeSet(dir)).toBe(inputHash(32));
    expect(await recoverFolder(dir)).toEqual([]);
  }, 60_000);

  it('recoverFolderTree also sets right each sub-folder (a batch\'s units, the versions of --keep-versions), not a hidden one', async () => {
    const root = tempDir('jixiao-tree-');
    await crashedFolder(driver, 31, 32, 3, root);
    mkdirSync(join(root, '单位甲'));
    await crashedFolder(driver, 21, 22, 4, join(root, '单位甲'));
    mkdirSync(join(root, '.hidden'));
    await crashedFolder(driver, 21, 22, 4, join(root, '.hidden'));
    const done = await recoverFolderTree(root);
    expect(done.map((d) => [d.folder, d.outcome])).toEqual([
      [root, 'forward'],
      [join(root, '单位甲'), 'forward'],
    ]);
    expect(completeSet(join(root, '单位甲'))).toBe(inputHash(22));
    expect(hiddenNames(join(root, '.hidden')).some((n) => n.endsWith('.journal'))).toBe(true);
  }, 60_000);
});

describe('unfinishedReplacements', () => {
  const deadPid = 2 ** 22 + 1;

  it('names each replacement a journal records, with what it says, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-unfinished-'));
    const dead = `.jixiao-${deadPid}-00ff`;
    const live = `.jixiao-${process.ppid}-0abc`;
    const garbled = `.jixiao-${deadPid}-0def`;
    writeFileSync(join(dir, `${dead}.journal`), JSON.stringify({ tag: dead, pid: deadPid, files: ['a.pdf'], retire: [], direction: 'back' }));
    writeFileSync(join(dir, `${live}.journal`), JSON.stringify({ tag: live, pid: process.ppid, files: ['a.pdf'], retire: [], direction: 'forward' }));
    writeFileSync(join(dir, `${garbled}.journal`), '{"tag":');
    mkdirSync(join(dir, `.jixiao-${deadPid}-0123.new`)); // no journal: stopped before the folder changed
    const before = readdirSync(dir).sort();
    const found = await unfinishedReplacements(dir);
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { folder: dir, tag: dead, pid: deadPid, running: false, direction: 'back' },
        { folder: dir, tag: garbled, pid: deadPid, running: false, direction: undefined },
        { folder: dir, tag: live, pid: process.ppid, running: true, direction: 'forward' },
      ]),
    );
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(await unfinishedReplacements(join(dir, 'none'))).toEqual([]);
  });
});

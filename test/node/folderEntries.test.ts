import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderEntries } from '../../src/node/folderEntries.js';
import { tempDir } from '../helpers/tmp.js';

/** Sets a folder's modification time (seconds), as a change within one clock tick leaves it. */
const setTime = (dir: string, seconds: number) => utimesSync(dir, seconds, seconds);

describe('folder listings', () => {
  it('lists a folder changed moments ago again each time, even when a change left its time the same', () => {
    const dir = tempDir('jixiao-list-');
    writeFileSync(join(dir, 'b.yaml'), '');
    const time = statSync(dir).mtimeMs / 1000;
    expect(folderEntries(dir)).toEqual(['b.yaml']);
    writeFileSync(join(dir, 'a.yaml'), '');
    setTime(dir, time);
    expect(folderEntries(dir)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('keeps the listing of a folder that had settled, until its time changes', () => {
    const dir = tempDir('jixiao-list-');
    writeFileSync(join(dir, 'a.yaml'), '');
    const anHourAgo = Date.now() / 1000 - 3600;
    setTime(dir, anHourAgo);
    expect(folderEntries(dir)).toEqual(['a.yaml']);
    // An entry added with the time put back: the kept listing is what comes (the test can tell it is kept).
    writeFileSync(join(dir, 'b.yaml'), '');
    setTime(dir, anHourAgo);
    expect(folderEntries(dir)).toEqual(['a.yaml']);
    // Any real change gives the folder a later time.
    setTime(dir, anHourAgo + 1);
    expect(folderEntries(dir)).toEqual(['a.yaml', 'b.yaml']);
    rmSync(join(dir, 'a.yaml'));
    expect(folderEntries(dir)).toEqual(['b.yaml']);
  });

  it('gives a copy, and nothing for a folder that is gone or a file', () => {
    const dir = tempDir('jixiao-list-');
    const sub = join(dir, 'forms');
    mkdirSync(sub);
    writeFileSync(join(sub, 'x.yaml'), '');
    setTime(sub, Date.now() / 1000 - 3600);
    folderEntries(sub).push('y.yaml');
    expect(folderEntries(sub)).toEqual(['x.yaml']);
    expect(folderEntries(join(sub, 'x.yaml'))).toEqual([]);
    rmSync(sub, { recursive: true });
    expect(folderEntries(sub)).toEqual([]);
    mkdirSync(sub);
    expect(folderEntries(sub)).toEqual([]);
  });
});

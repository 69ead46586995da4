import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readText, syncFolder, writeDurably } from './durable.js';

/**
 * One replacement of a set of files in a folder, as the journal records it. The journal is on the disk before the
 * first old file moves, so a run that is cut short at any moment (signal, kill -9, power loss) can be finished or
 * undone by the next run in that folder.
 */
export interface Swap {
  dir: string;
  /** `.jixiao-<pid>-<hex>`: every hidden name of this replacement starts with it. */
  tag: string;
  pid: number;
  /** New files, staged under `<tag>.new/` and moved into `dir` in this order (manifest.json last). */
  files: string[];
  /** Files of the previous set that the new set does not have: moved aside with the replaced ones. */
  retire: string[];
  /** forward: put the new set in place; back: put the previous set back. */
  direction: 'forward' | 'back';
}

const PREFIX = '.jixiao-';
const OURS = /^\.jixiao-(\d+)-([0-9a-f]+)\.(new|old|journal|journal\.tmp)$/;
/** Temporary files of versions before the journal (`.jixiao-<pid>-<hex>.<n>.tmp` / `.old`). */
const LEGACY = /^\.jixiao-(\d+)-([0-9a-f]+)\.\d+\.(tmp|old)$/;

export const stagingFolder = (s: Pick<Swap, 'dir' | 'tag'>) => join(s.dir, `${s.tag}.new`);
export const backupFolder = (s: Pick<Swap, 'dir' | 'tag'>) => join(s.dir, `${s.tag}.old`);
const journalFile = (s: Pick<Swap, 'dir' | 'tag'>) => join(s.dir, `${s.tag}.journal`);

export function newTag(): string {
  return `${PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** A hidden name of one of our replacements (or of an older version's), with the process that made it. */
export function parseHiddenName(name: string): { tag: string; pid: number; kind: string; legacy: boolean } | undefined {
  const m = OURS.exec(name);
  if (m) return { tag: `${PREFIX}${m[1]}-${m[2]}`, pid: Number(m[1]), kind: m[3], legacy: false };
  const old = LEGACY.exec(name);
  if (old) return { tag: `${PREFIX}${old[1]}-${old[2]}`, pid: Number(old[1]), kind: old[3], legacy: true };
  return undefined;
}

/**
 * Writes the journal, or its next version over the previous one, durably: a fresh file is flushed, renamed over
 * the journal, and the folder flushed, so the disk holds either version whole.
 */
export async function saveJournal(swap: Swap, move: (from: string, to: string) => Promise<void>): Promise<void> {
  const { dir: _dir, ...record } = swap;
  const tmp = `${journalFile(swap)}.tmp`;
  rmSync(tmp, { force: true });
  await writeDurably(tmp, Buffer.from(`${JSON.stringify(record)}\n`));
  await move(tmp, journalFile(swap));
  await syncFolder(swap.dir);
}

export async function dropJournal(swap: Swap): Promise<void> {
  rmSync(journalFile(swap), { force: true });
  await syncFolder(swap.dir);
}

const plainName = (n: unknown): n is string => typeof n === 'string' && n !== '' && !n.includes('/') && !n.includes('\\') && n !== '.' && n !== '..';

/** A journal found in `dir`; undefined when it cannot be read as one (then its replacement never began). */
export async function readJournal(dir: string, tag: string): Promise<Swap | undefined> {
  const text = readText(journalFile({ dir, tag }));
  if (text === undefined) return undefined;
  try {
    const j = JSON.parse(text) as Partial<Swap>;
    if (j.tag !== tag || !Array.isArray(j.files) || !Array.isArray(j.retire) || !j.files.every(plainName) || !j.retire.every(plainName)) return undefined;
    if (j.direction !== 'forward' && j.direction !== 'back') return undefined;
    return { dir, tag, pid: Number(j.pid), files: j.files, retire: j.retire, direction: j.direction };
  } catch {
    return undefined;
  }
}

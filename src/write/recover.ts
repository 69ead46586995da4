import { readdirSync, renameSync, rmSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { syncFolder } from './durable.js';
import { parseHiddenName, readJournal, type Swap } from './journal.js';
import { finish, rollForward, undo, type Move } from './swap.js';
import { mapList } from '../mapList.js';

/** Replacements under way in this thread: their hidden files are not a crashed run's leftovers. */
const active = new Set<string>();

/** Marks a replacement as this thread's own while it runs; returns the unmarking. */
export function ownReplacement(tag: string): () => void {
  active.add(tag);
  return () => active.delete(tag);
}

/** What the recovery did with one replacement a stopped process left: finished it, or put the previous set back. */
export interface Recovered {
  folder: string;
  tag: string;
  outcome: 'forward' | 'back';
}

/** A replacement whose journal is in a folder: cut short, or still being made by a running process. */
export interface Unfinished {
  folder: string;
  tag: string;
  pid: number;
  /** Its process still runs: the replacement may be under way, and is not ours to touch. */
  running: boolean;
  /** What the journal says the next run will do; undefined when it cannot be read (its files are then left alone). */
  direction: Swap['direction'] | undefined;
}

async function folderNames(dir: string): Promise<string[]> {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw e;
  }
}

/**
 * The replacements in `dir` that have a journal, read without changing anything (verify, which must not touch a
 * published folder). A stopped run's hidden files without a journal are not among them: it stopped before the
 * folder's own files moved, so they still form the previous set.
 */
export async function unfinishedReplacements(dir: string): Promise<Unfinished[]> {
  const found: Unfinished[] = [];
  for (const name of await folderNames(dir)) {
    const hidden = parseHiddenName(name);
    if (hidden?.kind !== 'journal') continue;
    const { tag, pid } = hidden;
    found.push({ folder: dir, tag, pid, running: running(tag, pid), direction: (await readJournal(dir, tag))?.direction });
  }
  return found;
}

/**
 * Finishes or undoes every replacement in `dir` that a stopped process left, and removes hidden files that no
 * running replacement owns. Run before anything else is written into `dir`, and by the commands that write into an
 * output folder before they do anything else (src/cli/recoverOutput.ts). Returns what it did with each cut-short
 * replacement.
 */
export async function recoverFolder(dir: string): Promise<Recovered[]> {
  const names = await folderNames(dir);
  // An older version's set-aside file (`.<n>.old`) may be the only copy of a document: it is never removed.
  const stale = mapList(names, (n) => ({ name: n, hidden: parseHiddenName(n) }))
    .filter((e) => e.hidden && !(e.hidden.legacy && e.hidden.kind === 'old') && !running(e.hidden.tag, e.hidden.pid));
  const move: Move = async (from, to) => renameSync(from, to);
  const unreadable = new Set<string>();
  const done: Recovered[] = [];
  for (const tag of new Set(mapList(stale.filter((e) => e.hidden!.kind === 'journal'), (e) => e.hidden!.tag))) {
    const swap = await readJournal(dir, tag);
    if (!swap) {
      unreadable.add(tag); // its files are left for a person to look at rather than guessed at
      continue;
    }
    done.push({ folder: dir, tag, outcome: await settle(swap, move) });
  }
  const leftovers = stale.filter((e) => !unreadable.has(e.hidden!.tag));
  for (const e of leftovers) rmSync(join(dir, e.name), { recursive: true, force: true });
  if (leftovers.length) await syncFolder(dir);
  return done;
}

/** Forward as the journal says, or back when it says so or a step forward cannot be done. */
async function settle(swap: Swap, move: Move): Promise<Recovered['outcome']> {
  if (swap.direction === 'forward') {
    const forward = await rollForward(swap, move).then(
      () => true,
      () => false,
    );
    if (forward) {
      await finish(swap);
      return 'forward';
    }
  }
  await undo(swap, move);
  return 'back';
}

/**
 * `dir` and each of its sub-folders, for the commands that write into sub-folders of the folder they are given:
 * a batch (one per unit) and build --keep-versions (one per version). Hidden sub-folders are skipped: no output
 * folder's name starts with a dot (sanitizeFileName), and those that do are ours (staging, a batch's claims) or
 * another program's.
 */
export async function recoverFolderTree(dir: string): Promise<Recovered[]> {
  const done = await recoverFolder(dir);
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    /* a folder that cannot be listed has no sub-folders to recover */
  }
  for (const e of entries.filter((d) => d.isDirectory() && !d.name.startsWith('.'))) done.push(...(await recoverFolder(join(dir, e.name))));
  return done;
}

/** Whether the process that made a hidden name is still writing: then its files are not ours to touch. */
function running(tag: string, pid: number): boolean {
  if (pid === process.pid) return active.has(tag);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

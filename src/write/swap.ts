import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { allDone, entryKind, exists, syncFolder } from './durable.js';
import { backupFolder, dropJournal, saveJournal, stagingFolder, type Swap } from './journal.js';
import { mapList } from '../mapList.js';

/** A rename, counted: the test hook can stop the process between any two. */
export type Move = (from: string, to: string) => Promise<void>;

/**
 * The places of one name during a replacement: in `dir` (target), staged new file, previous file set aside.
 * Each step below looks at which of them exist, so running it again after an interruption does the rest and no more.
 */
function places(swap: Swap, name: string) {
  return { target: join(swap.dir, name), staged: join(stagingFolder(swap), name), backup: join(backupFolder(swap), name) };
}

/**
 * Puts the new set in place: each previous file aside, then the new one in its place; retired files aside. Each
 * name's steps run in order and the names side by side: a step looks only at its own name's places, so a run cut
 * short leaves each name at some step, which the next run finishes.
 */
export async function rollForward(swap: Swap, move: Move): Promise<void> {
  const replace = async (name: string) => {
    const p = places(swap, name);
    if (!exists(p.staged)) return; // already in place
    if (entryKind(p.target) === 'file' && !exists(p.backup)) await move(p.target, p.backup);
    await move(p.staged, p.target);
  };
  const retire = async (name: string) => {
    const p = places(swap, name);
    if (entryKind(p.target) === 'file' && !exists(p.backup)) await move(p.target, p.backup);
  };
  await allDone([...mapList(swap.files, replace), ...mapList(swap.retire, retire)]);
}

/**
 * Puts the previous set back, last step first: a new file goes back to the staging folder, the previous one
 * returns to its name. A new file whose name had no previous file is taken away too.
 */
export async function rollBack(swap: Swap, move: Move): Promise<void> {
  for (const name of [...swap.retire].reverse()) {
    const p = places(swap, name);
    if (exists(p.backup) && !exists(p.target)) await move(p.backup, p.target);
  }
  for (const name of [...swap.files].reverse()) {
    const p = places(swap, name);
    const placed = !exists(p.staged) && entryKind(p.target) === 'file';
    if (placed) await move(p.target, p.staged);
    if (exists(p.backup)) await move(p.backup, p.target);
  }
}

/** Turns a replacement round: the journal says so first, then the previous set goes back. */
export async function undo(swap: Swap, move: Move): Promise<void> {
  swap.direction = 'back';
  await saveJournal(swap, move);
  await rollBack(swap, move);
  await finish(swap);
}

/** Ends a replacement either way: the journal goes once the folder's entries are on the disk, then the hidden folders. */
export async function finish(swap: Swap): Promise<void> {
  await syncFolder(swap.dir);
  await dropJournal(swap);
  rmSync(stagingFolder(swap), { recursive: true, force: true });
  rmSync(backupFolder(swap), { recursive: true, force: true });
}

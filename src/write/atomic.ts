import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { allDone, entryKind, makeFolder, syncFolder, writeDurably } from './durable.js';
import { WRITE_MESSAGES } from './messages.js';
import { backupFolder, newTag, saveJournal, stagingFolder, type Swap } from './journal.js';
import { ownReplacement, recoverFolder } from './recover.js';
import { countedMove, interruptions } from './stops.js';
import { finish, rollForward, undo, type Move } from './swap.js';
import { mapList } from '../mapList.js';

export { recoverFolder } from './recover.js';
export { STOP_SIGNALS } from './stops.js';

export interface OutputFile {
  name: string;
  bytes: Buffer;
}

export interface WriteOptions {
  /** Names of the previous set that the new set replaces without a file of the same name (read after recovery). */
  retire?: () => Promise<string[]>;
}

function inside(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep) || target.slice(root.length + 1).includes(sep)) throw new Error(WRITE_MESSAGES.outsideFolder(name));
  return target;
}

/**
 * Replaces a set of files in `dir` so that, whenever the process stops, the folder holds the previous set or the new
 * set, whole: the new files are staged and flushed in a hidden folder, a journal is flushed, then files are renamed
 * into place; the journal is removed only when all are in. The next write into `dir` first finishes (or undoes) a
 * replacement that a crash cut short. SIGINT, SIGTERM and SIGHUP during the write let it finish, or undo it, then exit.
 */
export async function writeAllAtomically(dir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const targets = mapList(files, (f) => inside(dir, f.name));
  makeFolder(resolve(dir));
  await recoverFolder(dir);
  const swap: Swap = { dir, tag: newTag(), pid: process.pid, files: mapList(files, (f) => f.name), retire: [], direction: 'forward' };
  const release = ownReplacement(swap.tag);
  const stop = interruptions();
  let replaced = false;
  try {
    swap.retire = (await options.retire?.())?.filter((n) => !swap.files.includes(n)) ?? [];
    await stage(swap, files, stop.check).catch((e) => {
      rmSync(stagingFolder(swap), { recursive: true, force: true });
      rmSync(backupFolder(swap), { recursive: true, force: true });
      throw e;
    });
    await commit(swap, countedMove());
    replaced = true;
    return targets;
  } finally {
    release();
    stop.release(replaced ? 'replaced' : 'kept');
  }
}

/** Writes every new file into the staging folder; a signal here stops before anything in `dir` has moved. */
async function stage(swap: Swap, files: OutputFile[], check: () => void): Promise<void> {
  mkdirSync(stagingFolder(swap));
  check();
  await allDone(mapList(files, (f) => writeDurably(join(stagingFolder(swap), f.name), f.bytes)));
  check();
  await syncFolder(stagingFolder(swap));
  mkdirSync(backupFolder(swap));
  check();
}

/** From the journal on: forward to the new set, or, when a step fails, back to the previous one. */
async function commit(swap: Swap, move: Move): Promise<void> {
  await saveJournal(swap, move);
  try {
    await rollForward(swap, move);
  } catch (e) {
    await undo(swap, move);
    throw explain(swap, e);
  }
  await finish(swap);
}

/** A folder where a new file should go is the user's to move; any other failure is reported as it is. */
function explain(swap: Swap, e: unknown): unknown {
  for (const name of swap.files) {
    const target = join(swap.dir, name);
    if (entryKind(target) === 'folder') return new UserError(WRITE_MESSAGES.folderInTheWay(target));
  }
  return e;
}

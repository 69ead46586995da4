import { constants } from 'node:os';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { entryKind, syncFolder, writeDurably } from './durable.js';
import { backupFolder, dropJournal, newTag, parseHiddenName, readJournal, saveJournal, stagingFolder, type Swap } from './journal.js';
import { rollBack, rollForward, type Move } from './swap.js';

export interface OutputFile {
  name: string;
  bytes: Buffer;
}

export interface WriteOptions {
  /** Names of the previous set that the new set replaces without a file of the same name (read after recovery). */
  retire?: () => Promise<string[]>;
}

/** Replacements under way in this thread: their hidden files are not a crashed run's leftovers. */
const active = new Set<string>();

function inside(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep) || target.slice(root.length + 1).includes(sep)) throw new Error(`拒绝写到输出文件夹以外：${name}`);
  return target;
}

/**
 * Replaces a set of files in `dir` so that, whenever the process stops, the folder holds the previous set or the new
 * set, whole: the new files are staged and flushed in a hidden folder, a journal is flushed, then files are renamed
 * into place; the journal is removed only when all are in. The next write into `dir` first finishes (or undoes) a
 * replacement that a crash cut short. SIGINT, SIGTERM and SIGHUP during the write let it finish, or undo it, then exit.
 */
export async function writeAllAtomically(dir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const targets = files.map((f) => inside(dir, f.name));
  await mkdir(dir, { recursive: true });
  await recoverFolder(dir);
  const swap: Swap = { dir, tag: newTag(), pid: process.pid, files: files.map((f) => f.name), retire: [], direction: 'forward' };
  active.add(swap.tag);
  const stop = interruptions();
  try {
    swap.retire = (await options.retire?.())?.filter((n) => !swap.files.includes(n)) ?? [];
    await stage(swap, files, stop.check).catch(async (e) => {
      await rm(stagingFolder(swap), { recursive: true, force: true });
      await rm(backupFolder(swap), { recursive: true, force: true });
      throw e;
    });
    await commit(swap, countedMove());
    return targets;
  } finally {
    active.delete(swap.tag);
    stop.release();
  }
}

/** Writes every new file into the staging folder; a signal here stops before anything in `dir` has moved. */
async function stage(swap: Swap, files: OutputFile[], check: () => void): Promise<void> {
  await mkdir(stagingFolder(swap));
  for (const f of files) {
    check();
    await writeDurably(join(stagingFolder(swap), f.name), f.bytes);
  }
  await syncFolder(stagingFolder(swap));
  await mkdir(backupFolder(swap));
  check();
}

/** From the journal on: forward to the new set, or, when a step fails, back to the previous one. */
async function commit(swap: Swap, move: Move): Promise<void> {
  await saveJournal(swap, move);
  try {
    await rollForward(swap, move);
  } catch (e) {
    await undo(swap, move);
    throw await explain(swap, e);
  }
  await finish(swap);
}

async function undo(swap: Swap, move: Move): Promise<void> {
  swap.direction = 'back';
  await saveJournal(swap, move);
  await rollBack(swap, move);
  await finish(swap);
}

async function finish(swap: Swap): Promise<void> {
  await syncFolder(swap.dir);
  await dropJournal(swap);
  await rm(stagingFolder(swap), { recursive: true, force: true });
  await rm(backupFolder(swap), { recursive: true, force: true });
}

/**
 * Finishes or undoes every replacement in `dir` that a stopped process left, and removes hidden files that no
 * running replacement owns. Run before anything else is written into `dir`.
 */
export async function recoverFolder(dir: string): Promise<void> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [] as string[];
    throw e;
  });
  // An older version's set-aside file (`.<n>.old`) may be the only copy of a document: it is never removed.
  const stale = names
    .map((n) => ({ name: n, hidden: parseHiddenName(n) }))
    .filter((e) => e.hidden && !(e.hidden.legacy && e.hidden.kind === 'old') && !running(e.hidden.tag, e.hidden.pid));
  const move: Move = (from, to) => rename(from, to);
  const unreadable = new Set<string>();
  for (const tag of new Set(stale.filter((e) => e.hidden!.kind === 'journal').map((e) => e.hidden!.tag))) {
    const swap = await readJournal(dir, tag);
    if (!swap) {
      unreadable.add(tag); // its files are left for a person to look at rather than guessed at
      continue;
    }
    if (swap.direction === 'forward') {
      await rollForward(swap, move).then(
        () => finish(swap),
        () => undo(swap, move),
      );
    } else await undo(swap, move);
  }
  const leftovers = stale.filter((e) => !unreadable.has(e.hidden!.tag));
  for (const e of leftovers) await rm(join(dir, e.name), { recursive: true, force: true });
  if (leftovers.length) await syncFolder(dir);
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

/**
 * A rename that counts itself. JIXIAO_TEST_CRASH_AFTER=n stops the process as `kill -9` would after the n-th
 * rename of a run (0: before the first), so tests can cut a replacement between any two steps.
 */
function countedMove(): Move {
  const crashAfter = process.env.JIXIAO_TEST_CRASH_AFTER;
  let done = 0;
  const crashPoint = () => {
    if (crashAfter !== undefined && done === Number(crashAfter)) process.kill(process.pid, 'SIGKILL');
  };
  return async (from, to) => {
    crashPoint();
    await rename(from, to);
    done += 1;
    crashPoint();
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While files are written, a signal does not stop the process at once: before the journal it stops the staging
 * (nothing in the folder has changed), after it the replacement runs to its end; then the process exits as the
 * signal asked (128 + its number).
 */
function interruptions(): { check: () => void; release: () => void } {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    received ??= signal;
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  const exitNow = () => {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.exit(128 + constants.signals[received!]);
  };
  return {
    check: () => {
      if (received) throw new Interrupted();
    },
    release: () => {
      for (const s of SIGNALS) process.off(s, onSignal);
      if (received) exitNow();
    },
  };
}

class Interrupted extends Error {}

/** A folder where a new file should go is the user's to move; any other failure is reported as it is. */
async function explain(swap: Swap, e: unknown): Promise<unknown> {
  for (const name of swap.files) {
    const target = join(swap.dir, name);
    if ((await entryKind(target)) === 'folder') return new UserError(`输出位置已有同名的文件夹，无法写入：${target}\n原有文件保持不变；请把这个文件夹移走或改名后重新生成。`);
  }
  return e;
}

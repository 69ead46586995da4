import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './durable.js';
import { parseHiddenName, readJournal } from './journal.js';
import { finish, rollForward, undo, type Move } from './swap.js';
import { mapList } from '../mapList.js';

/** Replacements under way in this thread: their hidden files are not a crashed run's leftovers. */
const active = new Set<string>();

/** Marks a replacement as this thread's own while it runs; returns the unmarking. */
export function ownReplacement(tag: string): () => void {
  active.add(tag);
  return () => active.delete(tag);
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
  const stale = mapList(names, (n) => ({ name: n, hidden: parseHiddenName(n) }))
    .filter((e) => e.hidden && !(e.hidden.legacy && e.hidden.kind === 'old') && !running(e.hidden.tag, e.hidden.pid));
  const move: Move = (from, to) => rename(from, to);
  const unreadable = new Set<string>();
  for (const tag of new Set(mapList(stale.filter((e) => e.hidden!.kind === 'journal'), (e) => e.hidden!.tag))) {
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


import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes a file and flushes it to the disk before returning: a rename of it may follow at once. */
export async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entries (names created, renamed, removed). Platforms that cannot open a folder for this
 * (Windows) keep their entries durable by themselves.
 */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EISDIR' || e.code === 'EPERM' || e.code === 'EACCES') return undefined;
    throw e;
  });
  if (!handle) return;
  try {
    await handle.sync().catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EINVAL' && e.code !== 'EBADF') throw e;
    });
  } finally {
    await handle.close();
  }
}

/** What a name holds, without following a link: a link named like an output is replaced, never followed. */
export async function entryKind(path: string): Promise<'none' | 'file' | 'folder'> {
  return lstat(path).then(
    (st) => (st.isDirectory() ? 'folder' : 'file'),
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return 'none' as const;
      throw e;
    },
  );
}

export const exists = async (path: string): Promise<boolean> => (await entryKind(path)) !== 'none';

/**
 * Waits for every step, then fails with the first failure, if any. Steps on different files are run side by side:
 * each waits on the disk, not the processor. Unlike Promise.all, nothing is still running when the caller's clean-up
 * begins after a failure.
 */
export async function allDone(steps: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(steps)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * `mkdir -p`. Node's own recursive mkdir never returns where a parent refuses new entries with ENOENT (/proc/x on
 * Linux, Node 20); this one climbs once per missing level and gives up with the system's error.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await entryKind(dir)) === 'folder') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw e;
    await makeFolder(dirname(dir));
    await mkdir(dir).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST' || (await entryKind(dir)) !== 'folder') throw again;
    });
  }
}

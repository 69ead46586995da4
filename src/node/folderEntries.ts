import { readdirSync, statSync } from 'node:fs';

/**
 * A folder's entries, sorted, read again only when the folder has changed. A batch's unit loads its profile about
 * three times, and each load lists two template folders (~4% of a warm check). A folder's modification time changes
 * whenever an entry is added, removed or renamed, but the clock it is taken from ticks coarsely (a few ms), so two
 * changes within one tick leave it the same: a listing is kept only when the folder had not changed for a while
 * before it was read (as git treats its "racy" index entries), and any change after that gets a later time.
 */
const SETTLED_MS = 5000;

const listings = new Map<string, { mtimeMs: number; ino: number; entries: string[] }>();

/** The entries of folder `path`, sorted (a copy, free to change); none when it is not a folder. */
export function folderEntries(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isDirectory()) {
    listings.delete(path);
    return [];
  }
  const known = listings.get(path);
  if (known && known.mtimeMs === st.mtimeMs && known.ino === st.ino) return known.entries.slice();
  const entries = readdirSync(path).sort();
  if (st.mtimeMs < Date.now() - SETTLED_MS) listings.set(path, { mtimeMs: st.mtimeMs, ino: st.ino, entries });
  else listings.delete(path);
  return entries.slice();
}

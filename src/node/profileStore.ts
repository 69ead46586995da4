/**
 * The shipped profiles, validated when the package is bundled. Validating a profile's files (zod schemas built and
 * run over every form) was a tenth of a cold `check`, for files that are the same on every run. The bundle
 * (scripts/bundle.mjs) writes the folder profile-store/ beside itself: each shipped profile as parseProfile returned
 * it, by its folder's name and the texts of its files, with the text of every other template its validation read
 * (standards.yaml gives a profile without grades its bands). A profile whose files, or those other templates, differ
 * in any character (a --templates folder, an edit) is validated as before, every mistake reported at its key.
 * Texts, not their hashes: they compare as exactly, and node:crypto is not loaded (~10 ms of a cold check). One file
 * for each profile folder, so that a command reads and parses only its own profile's (a check of the example read
 * all five, 157 KB, for the 79 KB of hunan-2022).
 */
import { readFileSync } from 'node:fs';
import type { ProfileFiles } from '../forms/loadProfile.js';

/** The store's folder beside the bundle. */
export const PROFILE_STORE = 'profile-store';

/** A validated profile as JSON, and the text of each other template its validation read. */
export interface StoredProfile {
  reads: Record<string, string>;
  profile: string;
}
export type ProfileStore = Record<string, StoredProfile>;

/** The key of a profile's files: the folder's name is part of it, as the profile's id is checked against it. */
export function profileKey(folder: string, files: ProfileFiles): string {
  return JSON.stringify([folder, Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/**
 * The profile validated ahead of time for exactly these files, while the other templates it read are unchanged;
 * undefined otherwise. `text` reads a template (it may throw: the template is gone).
 */
export function lookUpProfile(store: ProfileStore | null, folder: string, files: ProfileFiles, text: (name: string) => string): unknown {
  const key = profileKey(folder, files);
  const hit = store && Object.hasOwn(store, key) ? store[key] : undefined;
  if (!hit) return undefined;
  try {
    for (const [name, source] of Object.entries(hit.reads)) if (text(name) !== source) return undefined;
  } catch {
    return undefined;
  }
  return JSON.parse(hit.profile);
}

/**
 * The file in PROFILE_STORE that holds the profiles of `folder`: a name safe in a file URL (an encoded slash is not).
 * Two folders may share a file; each profile is still found by its whole key.
 */
export function storeFile(folder: string): string {
  return `${folder.replace(/[^\w.-]/g, '_')}.json`;
}

/** The store as the bundle writes it: each file (storeFile) with the profiles of its folder. */
export function storeFiles(store: ProfileStore): Map<string, ProfileStore> {
  const files = new Map<string, ProfileStore>();
  for (const [key, stored] of Object.entries(store)) {
    const file = storeFile((JSON.parse(key) as [string])[0]);
    files.set(file, { ...files.get(file), [key]: stored });
  }
  return files;
}

const tables = new Map<string, ProfileStore | null>();

/** The bundle's store for the profile folder `folder` (none when run from the sources, or bundled before it existed). */
export function bundledStore(folder: string): ProfileStore | null {
  const file = storeFile(folder);
  let table = tables.get(file);
  if (table === undefined) {
    try {
      table = JSON.parse(readFileSync(new URL(`./${PROFILE_STORE}/${file}`, import.meta.url), 'utf8')) as ProfileStore;
    } catch {
      table = null;
    }
    tables.set(file, table);
  }
  return table;
}

/**
 * The shipped profiles, validated when the package is bundled. Validating a profile's files (zod schemas built and
 * run over every form) was a tenth of a cold `check`, for files that are the same on every run. The bundle
 * (scripts/bundle.mjs) writes profile-store.json beside itself: each shipped profile as parseProfile returned it,
 * by its folder's name and the texts of its files, with the text of every other template its validation read
 * (standards.yaml gives a profile without grades its bands). A profile whose files, or those other templates, differ
 * in any character (a --templates folder, an edit) is validated as before, every mistake reported at its key.
 * Texts, not their hashes: they compare as exactly, and node:crypto is not loaded (~10 ms of a cold check).
 */
import { readFileSync } from 'node:fs';
import type { ProfileFiles } from '../forms/loadProfile.js';

export const PROFILE_STORE = 'profile-store.json';

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

let table: ProfileStore | null | undefined;

/** The bundle's store (none when run from the sources, or bundled before it existed). */
export function bundledStore(): ProfileStore | null {
  if (table === undefined) {
    try {
      table = JSON.parse(readFileSync(new URL(`./${PROFILE_STORE}`, import.meta.url), 'utf8')) as ProfileStore;
    } catch {
      table = null;
    }
  }
  return table;
}

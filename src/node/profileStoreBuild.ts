/** Builds the store of src/node/profileStore.ts: run when the package is bundled (scripts/bundle.mjs), and by tests. */
import { isDeepStrictEqual } from 'node:util';
import { KNOWN_CHECKS } from '../check/ruleNames.js';
import { profileFiles, profileIds } from '../core/profiles.js';
import { parseProfile } from '../forms/loadProfile.js';
import { resources, useResources, type Resources } from '../resources.js';
import { profileKey, type ProfileStore } from './profileStore.js';

export { storeFiles } from './profileStore.js';
// The package's templates on disk: the core reads through the Node adapter.
import './resources.js';
import { mapList } from '../mapList.js';

/**
 * Every profile of the current resources' templates validated, as the store keeps them. A profile with a mistake, or
 * one JSON would not give back exactly, is left out: a run then validates it, and reports the mistake.
 */
export function buildProfileStore(): ProfileStore {
  const base = resources();
  const store: ProfileStore = {};
  try {
    for (const id of profileIds()) {
      const { folder, files } = profileFiles(id);
      const read = new Set<string>();
      const seen = (name: string) => (name === folder || name.startsWith(`${folder}/`) ? undefined : read.add(name));
      // Fresh resources for each profile (nothing built before is kept), that see every other template it reads.
      const tracking: Resources = {
        ...base,
        template: (name) => (seen(name), base.template(name)),
        templateStamp: (name) => (seen(name), base.templateStamp(name)),
        parsedYaml: undefined,
      };
      useResources(tracking);
      let profile: unknown;
      try {
        profile = parseProfile(folder, files, undefined, KNOWN_CHECKS);
      } catch {
        continue;
      }
      const json = JSON.stringify(profile);
      if (!isDeepStrictEqual(JSON.parse(json), profile)) continue;
      try {
        const reads = Object.fromEntries(mapList([...read].sort(), (name) => [name, base.template(name).source]));
        store[profileKey(folder, files)] = { reads, profile: json };
      } catch {
        // A name it asked after that is no file (no text to compare): validated at run time.
      }
    }
  } finally {
    useResources(base);
  }
  return store;
}

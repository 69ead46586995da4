/**
 * The profiles (form sets) of templates/profiles/<id>/, read through the resources: from disk in Node, from the
 * site's folder in the page. Each is parsed once while its files stay the same.
 */
import { UserError } from '../diagnostics/finding.js';
import type { Profile } from '../forms/definition.js';
import { KNOWN_CHECKS } from '../check/ruleNames.js';
import { parseProfile, type ProfileFiles } from '../forms/loadProfile.js';
import { formFinding } from '../forms/messages.js';
import { fromTemplate, resources } from '../resources.js';
import { CORE_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

export { DEFAULT_PROFILE } from './defaultProfile.js';

/** Ids of the profiles in the templates folder, sorted. */
export function profileIds(): string[] {
  return resources()
    .templateList('profiles')
    .filter((d) => resources().templateList(`profiles/${d}`).includes('profile.yaml'))
    .sort();
}

/** The files of one profile: profile.yaml and forms/*.yaml, by their path inside the profile's folder. */
function fileNames(id: string): string[] {
  const forms = resources()
    .templateList(`profiles/${id}/forms`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return ['profile.yaml', ...mapList(forms, (f) => `forms/${f}`)];
}

/** The folder of profile `id` inside templates/ and its files' texts, as parseProfile reads them. */
export function profileFiles(id: string): { folder: string; files: ProfileFiles } {
  const files: ProfileFiles = {};
  for (const n of fileNames(id)) files[n] = resources().template(`profiles/${id}/${n}`).source;
  return { folder: `profiles/${id}`, files };
}

/** The profile `id`, validated; an unknown id is the user's mistake, said with the ids there are. */
export function loadProfile(id: string): Profile {
  if (!/^[a-z0-9-]+$/.test(id) || !resources().templateList(`profiles/${id}`).includes('profile.yaml')) {
    const known = profileIds().join('、') || CORE_MESSAGES.none;
    const finding = formFinding('E_UNKNOWN_PROFILE', { given: id, known }, { path: 'profile', where: CORE_MESSAGES.profileField, actual: id });
    throw new UserError(finding.message, [finding]);
  }
  const paths = mapList(fileNames(id), (n) => `profiles/${id}/${n}`);
  return fromTemplate(
    `profiles/${id}`,
    () => {
      const { folder, files } = profileFiles(id);
      // The shipped files validated ahead of time skip the schemas; any other text is validated now.
      const stored = resources().storedProfile?.(folder, files) as Profile | undefined;
      return stored ?? parseProfile(folder, files, (text) => resources().parsedYaml?.(text), KNOWN_CHECKS);
    },
    [`profiles/${id}`, ...paths],
  );
}

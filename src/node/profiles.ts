/** The Node adapter of the profile loader: reads templates/profiles/<id>/ from disk, once per process while unchanged. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../compose/templateFiles.js';
import { UserError } from '../diagnostics/finding.js';
import type { Profile } from '../forms/definition.js';
import { parseProfile, type ProfileFiles } from '../forms/loadProfile.js';
import { formFinding } from '../forms/messages.js';

/** The profile an input without `profile:` is read as. */
export const DEFAULT_PROFILE = 'hunan-2022';

function profilesRoot(): string {
  return join(templatesDir(), 'profiles');
}

/** Ids of the profiles in the templates folder, sorted. */
export function profileIds(): string[] {
  const root = profilesRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'profile.yaml')))
    .sort();
}

function readFolder(dir: string): ProfileFiles {
  const files: ProfileFiles = { 'profile.yaml': readFileSync(join(dir, 'profile.yaml'), 'utf8') };
  const forms = join(dir, 'forms');
  if (existsSync(forms)) for (const f of readdirSync(forms).sort()) if (/\.ya?ml$/.test(f)) files[`forms/${f}`] = readFileSync(join(forms, f), 'utf8');
  return files;
}

function stampOf(dir: string): string {
  const forms = join(dir, 'forms');
  const names = existsSync(forms) ? readdirSync(forms).map((f) => join(forms, f)) : [];
  return [join(dir, 'profile.yaml'), ...names].map((f) => `${f}:${statSync(f).mtimeMs}:${statSync(f).size}`).join('|');
}

const cache = new Map<string, { stamp: string; profile: Profile }>();

/** The profile `id`, validated; an unknown id is the user's mistake, said with the ids there are. */
export function loadProfile(id: string): Profile {
  const dir = join(profilesRoot(), id);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(join(dir, 'profile.yaml'))) {
    const known = profileIds().join('、') || '（无）';
    const finding = formFinding('E_UNKNOWN_PROFILE', { given: id, known }, { path: 'profile', where: '表格类型（profile）', actual: id });
    throw new UserError(finding.message, [finding]);
  }
  const stamp = stampOf(dir);
  const hit = cache.get(dir);
  if (hit?.stamp === stamp) return hit.profile;
  const profile = parseProfile(`profiles/${id}`, readFolder(dir));
  cache.set(dir, { stamp, profile });
  return profile;
}

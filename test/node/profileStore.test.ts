// The shipped profiles validated when the package is bundled: a run takes one only for exactly the files it was
// validated from; any edited file (a --templates folder) is validated again, its mistakes reported at their keys.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWN_CHECKS } from '../../src/check/ruleNames.js';
import { loadProfile, profileFiles, profileIds } from '../../src/core/profiles.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseProfile } from '../../src/forms/loadProfile.js';
import { lookUpProfile, profileKey, storeFile, storeFiles, type ProfileStore } from '../../src/node/profileStore.js';
import { buildProfileStore } from '../../src/node/profileStoreBuild.js';
import { nodeResources } from '../../src/node/resources.js';
import { useResources } from '../../src/resources.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

const text = (name: string) => nodeResources.template(name).source;

/** The Node resources offering `store`, as the bundle's do with its own, over the templates folder `dir`. */
function withStore(store: ProfileStore, dir?: string): void {
  if (dir) process.env.JIXIAO_TEMPLATES = dir;
  useResources({ ...nodeResources, storedProfile: (folder, files) => lookUpProfile(store, folder, files, text) });
}

function copiedTemplates(): string {
  const dir = join(tempDir('jixiao-profile-store-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  return dir;
}

afterEach(() => {
  delete process.env.JIXIAO_TEMPLATES;
  useResources(nodeResources);
});

describe('the store of validated profiles', () => {
  const store = buildProfileStore();

  it('holds every shipped profile, exactly as validating its files gives it', () => {
    const ids = profileIds();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(store)).toHaveLength(ids.length);
    for (const id of ids) {
      const { folder, files } = profileFiles(id);
      const stored = lookUpProfile(store, folder, files, text);
      expect(stored, id).toBeDefined();
      expect(stored, id).toEqual(parseProfile(folder, files, undefined, KNOWN_CHECKS));
    }
  });

  it('is written one file per profile folder, each holding that folder\'s profiles alone', () => {
    const files = storeFiles(store);
    expect(files.size).toBe(profileIds().length);
    for (const id of profileIds()) {
      const { folder, files: texts } = profileFiles(id);
      const file = storeFile(folder);
      expect(file).toMatch(/^[\w.-]+\.json$/);
      expect(Object.keys(files.get(file)!)).toEqual([profileKey(folder, texts)]);
      expect(lookUpProfile(files.get(file)!, folder, texts, text)).toEqual(lookUpProfile(store, folder, texts, text));
    }
  });

  it('is taken by loadProfile for the shipped files, without validating them', () => {
    const { folder, files } = profileFiles('national-project');
    const marked = structuredClone(store);
    const entry = marked[profileKey(folder, files)];
    entry.profile = JSON.stringify({ ...JSON.parse(entry.profile), name: 'stored' });
    withStore(marked);
    expect(loadProfile('national-project').name).toBe('stored');
  });

  it('is not taken for a YAML file edited in a copied templates folder: that one is validated, its mistake reported at its key', () => {
    const dir = copiedTemplates();
    const form = join(dir, 'profiles', 'national-project', 'forms', 'project.yaml');
    const shipped = readFileSync(form, 'utf8');
    expect(shipped).toContain('rate: { of: executed, over: budget }');
    writeFileSync(form, shipped.replace('rate: { of: executed, over: budget }', 'rate: { of: executed, over: budgte }'));
    withStore(store, dir);
    const { folder, files } = profileFiles('national-project');
    expect(lookUpProfile(store, folder, files, text)).toBeUndefined();
    let error: unknown;
    try {
      loadProfile('national-project');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).findings.map((f) => `${f.where}: ${f.message}`)).toEqual(['profiles/national-project/forms/project.yaml › sections.1.columns.4: 引用的列“budgte”不存在']);
    // The other profiles of that folder are the shipped ones, and still taken from the store.
    expect(loadProfile('sichuan-project').id).toBe('sichuan-project');
    const sichuan = profileFiles('sichuan-project');
    expect(lookUpProfile(store, sichuan.folder, sichuan.files, text)).toBeDefined();
  });

  it('is not taken when another template its validation read changed: the grades of standards.yaml', () => {
    const dir = copiedTemplates();
    const standards = join(dir, 'standards.yaml');
    const shipped = readFileSync(standards, 'utf8');
    expect(shipped).toContain('name: 优 }');
    writeFileSync(standards, shipped.replace('name: 优 }', 'name: 优秀 }'));
    withStore(store, dir);
    const ids = profileIds().filter((id) => {
      const { folder, files } = profileFiles(id);
      return lookUpProfile(store, folder, files, text) === undefined;
    });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(loadProfile(id).grades.map((g) => g.name)).toContain('优秀');
  });

  it('gives nothing without a store (run from the sources, or a bundle made before it)', () => {
    const { folder, files } = profileFiles('hunan-2022');
    expect(lookUpProfile(null, folder, files, text)).toBeUndefined();
  });
});

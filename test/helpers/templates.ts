import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './example.js';
import { tempDir } from './tmp.js';

/** A copy of the shipped templates folder with one file edited (the edit must change it); returns the folder. */
export function editedTemplates(file: string, edit: (text: string) => string): string {
  return editedTemplateFiles({ [file]: edit });
}

/** A copy of the shipped templates folder with files edited (each edit must change its file); returns the folder. */
export function editedTemplateFiles(edits: Record<string, (text: string) => string>): string {
  const dir = join(tempDir('jixiao-templates-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
  }
  return dir;
}

/** New ids for hunan-2022's three forms in renamedHunanCopy. */
export const RENAMED_HUNAN_FORMS = { basicData: 'jichuShuju', departmentEvaluation: 'bumenZiping', projectEvaluation: 'xiangmuZiping' } as const;

/**
 * hunan-2022 copied into a templates folder of its own: each form file and id renamed (RENAMED_HUNAN_FORMS), the
 * documents that name them changed to match; with `reorder`, 附件4 listed before 附件2. Returns the folder.
 */
export function renamedHunanCopy(reorder = false): string {
  const dir = join(tempDir('jixiao-renamed-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const folder = join(dir, 'profiles', 'hunan-2022');
  for (const [from, to] of Object.entries(RENAMED_HUNAN_FORMS)) {
    const file = join(folder, 'forms', `${to}.yaml`);
    renameSync(join(folder, 'forms', `${from}.yaml`), file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(new RegExp(`^id: ${from}$`, 'm'), `id: ${to}`));
  }
  const profile = readFileSync(join(folder, 'profile.yaml'), 'utf8');
  let edited = profile;
  for (const [from, to] of Object.entries(RENAMED_HUNAN_FORMS)) edited = edited.replace(`    form: ${from}\n`, `    form: ${to}\n`);
  if (reorder) {
    // 附件4's entry (the last document, up to combined:) moved before 附件2's.
    const project = /  - id: projectEvaluation\n[\s\S]*?(?=combined:)/.exec(edited)![0];
    edited = edited.replace(project, '').replace('  - id: basicData\n', `${project}  - id: basicData\n`);
  }
  expect(edited).not.toBe(profile);
  writeFileSync(join(folder, 'profile.yaml'), edited);
  return dir;
}

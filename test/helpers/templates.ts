import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './example.js';
import { tempDir } from './tmp.js';

/** A copy of the shipped templates folder with one file edited (the edit must change it); returns the folder. */
export function editedTemplates(file: string, edit: (text: string) => string): string {
  const dir = join(tempDir('jixiao-templates-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  writeFileSync(path, edited);
  return dir;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

export function templatesDir(): string {
  return process.env.JIXIAO_TEMPLATES ?? join(packageRoot(), 'templates');
}

export function readTemplateFile(name: string): { file: string; source: string } {
  const file = join(templatesDir(), name);
  return { file, source: readFileSync(file, 'utf8') };
}

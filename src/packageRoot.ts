import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_MESSAGES } from './node/messages.js';

let found: string | undefined;

/**
 * The folder holding package.json, found from this module's location (works from src/ and from a bundle in dist/).
 * Found once: every template's stamp asks for it, ~200 times in one `check`, and the module does not move.
 */
export function packageRoot(): string {
  return (found ??= search(dirname(fileURLToPath(import.meta.url))));
}

function search(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(NODE_MESSAGES.noPackageRoot);
}

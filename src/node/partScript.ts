import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../packageRoot.js';

const requireHere = createRequire(import.meta.url);

interface CodeCache {
  loadScript(script: string): unknown;
}

/**
 * A package's file that only some commands use (exceljs's Workbook), from the script the bundle made of it and its
 * dependencies (scripts/bundle.mjs PART_SCRIPTS), run with a V8 code cache by bin/codeCache.cjs: from node_modules,
 * loading the Workbook resolves, reads and compiles some 200 files, ~100 ms of every command that reads or writes a
 * workbook; from the script, ~15 ms. From node_modules when there is no script (`script` is where the bundle puts it).
 */
export function loadPart(file: string, script: URL): unknown {
  // The launcher's own module (bin/jixiao.cjs loads it): it knows the V8 flags the process set, which name the cache.
  const codeCache = requireHere(join(packageRoot(), 'bin', 'codeCache.cjs')) as CodeCache;
  return codeCache.loadScript(fileURLToPath(script)) ?? requireHere(file);
}

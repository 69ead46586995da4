import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';

type Exports = string | { [condition: string]: Exports } | undefined;

/** The file a package's "exports" gives for `conditions` (in the order the package lists its own), if any. */
function target(exports: Exports, conditions: string[]): string | undefined {
  if (typeof exports === 'string' || exports === undefined) return exports;
  const entry = exports['.'] ?? exports;
  if (typeof entry === 'string') return entry;
  for (const [condition, value] of Object.entries(entry)) if (condition === 'default' || conditions.includes(condition)) return target(value, conditions) ?? undefined;
  return undefined;
}

type Inputs = Record<string, { imports: { path: string }[] }>;

/**
 * Of the packages a bundle holds, those with both their ES and their CommonJS build in it, each on its own (an ES
 * entry that only wraps the CommonJS one, as commander's, is one copy).
 */
function twice(inputs: Inputs, platform: 'node' | 'browser'): string[] {
  const byPackage = new Map<string, Set<string>>();
  for (const input of Object.keys(inputs)) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
    if (m) byPackage.set(m[1], (byPackage.get(m[1]) ?? new Set()).add(`./${m[2]}`));
  }
  return [...byPackage].flatMap(([name, files]) => {
    const { exports } = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { exports?: Exports };
    const esm = target(exports, [platform, 'import']);
    const cjs = target(exports, [platform, 'require']);
    if (!esm || !cjs || esm === cjs || !files.has(esm) || !files.has(cjs)) return [];
    const path = (file: string) => `node_modules/${name}/${file.slice(2)}`;
    const wraps = inputs[path(esm)]?.imports.some((i) => i.path === path(cjs));
    return wraps ? [] : [name];
  });
}

describe('each bundle holds each package once: one that pdfkit requires and jixiao imports is not in it as both its ES and its CommonJS build', () => {
  it('the CLI', async () => {
    // @ts-expect-error -- a plain .mjs build script without types
    const { COMMON } = await import('../../scripts/bundle.mjs');
    const r = await build({ ...COMMON, entryPoints: ['src/cli/run.ts'], format: 'cjs', write: false, metafile: true, logLevel: 'error', define: { 'import.meta.url': '__jixiaoUrl' }, outfile: 'jixiao.cjs' });
    const inputs = r.metafile!.inputs as Inputs;
    expect(Object.keys(inputs).some((f) => f.includes('node_modules/fontkit/'))).toBe(true);
    expect(twice(inputs, 'node')).toEqual([]);
  }, 120_000);

  it('the web page', async () => {
    // @ts-expect-error -- a plain .mjs build script without types
    const { webOptions } = await import('../../scripts/webBundle.mjs');
    const r = await build({ ...webOptions({ main: 'src/web/main.ts', worker: 'src/web/worker.ts' }, join(ROOT, 'node_modules', '.cache', 'jixiao-one-copy-web')), write: false });
    const inputs = r.metafile!.inputs as Inputs;
    expect(Object.keys(inputs).some((f) => f.includes('node_modules/fontkit/'))).toBe(true);
    expect(twice(inputs, 'browser')).toEqual([]);
  }, 120_000);
});

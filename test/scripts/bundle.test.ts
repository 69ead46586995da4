import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

// A folder of its own: other test files bundle into theirs, in parallel.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-bundle');

function jixiao(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
}

const chunks = () => readdirSync(DIST).filter((n) => n.endsWith('.mjs'));

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
}, 120_000);

describe('the bundle', () => {
  it('imports no zlib: every stream is deflated by the one implementation in src/render/deflate.ts', () => {
    for (const name of chunks()) {
      const code = readFileSync(join(DIST, name), 'utf8');
      expect(code, name).not.toMatch(/(from|import|require\()\s*["'](node:)?zlib["']/);
    }
  });

  it('writes the same bytes as the source, and again on a second run', async () => {
    const fromSource = await buildReport(EXAMPLE_PATH, tempDir('jixiao-bundle-src-'));
    const runs = [1, 2].map(() => {
      const out = tempDir('jixiao-bundle-out-');
      const r = jixiao(['build', EXAMPLE_PATH, '-o', out, '--force', '--json']);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files.map((f: { sha256: string }) => f.sha256);
    });
    expect(runs[0]).toEqual(fromSource.files.map((f) => f.sha256));
    expect(runs[1]).toEqual(runs[0]);
  }, 120_000);
});

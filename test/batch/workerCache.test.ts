import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerModule } from '../../src/batch/runBatch.js';
import { EXAMPLE_PATH, ROOT, exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

// A folder of its own: other test files bundle into theirs, in parallel.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-worker-cache');
const SCRIPT = join(DIST, 'batch-worker.cjs');
const CACHE = `${SCRIPT}.batch-build.cache`;

let inputs: string;

/** A batch build of the two inputs from the bundle; the sha256 of every file of each unit, by unit folder. */
function batch(): Record<string, string[]> {
  const out = tempDir('jixiao-worker-cache-out-');
  const r = spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), 'build', inputs, '-o', out, '--force', '--json'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const results = JSON.parse(r.stdout).results as { folder: string }[];
  return Object.fromEntries(results.map((u) => [u.folder.slice(out.length), JSON.parse(readFileSync(join(u.folder, 'manifest.json'), 'utf8')).files.map((f: { sha256: string }) => f.sha256)]));
}

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
  inputs = tempDir('jixiao-worker-cache-in-');
  const other = exampleData();
  other.unit.name = '衡阳市另一单位';
  writeFileSync(join(inputs, 'a.json'), readFileSync(EXAMPLE_PATH));
  writeFileSync(join(inputs, 'b.json'), JSON.stringify(other));
}, 120_000);

describe('the batch worker’s module', () => {
  it('is the TypeScript source from src/', () => {
    expect(workerModule('build', pathToFileURL(join(ROOT, 'src', 'batch', 'runBatch.ts')).href)).toEqual({ filename: pathToFileURL(join(ROOT, 'src', 'batch', 'workerEntry.ts')).href });
  });

  it('is the worker’s script with its code cache from a bundle that has it, the chunks from one that has not', () => {
    const here = pathToFileURL(join(DIST, 'chunk.mjs')).href;
    expect(workerModule('check', here)).toEqual({
      filename: pathToFileURL(join(ROOT, 'bin', 'batchWorker.cjs')).href,
      workerData: { script: SCRIPT, chunks: pathToFileURL(join(DIST, 'batch-worker.mjs')).href, mode: 'check' },
    });
    const older = pathToFileURL(join(tempDir('jixiao-worker-cache-old-'), 'chunk.mjs')).href;
    expect(workerModule('build', older)).toEqual({ filename: new URL('./batch-worker.mjs', older).href });
  });
});

describe('the batch worker’s code cache', () => {
  it('is written by a batch that had none, used by the next, and the units’ files are those the chunks write', () => {
    expect(existsSync(CACHE)).toBe(false);
    const first = batch();
    expect(Object.keys(first)).toHaveLength(2);
    const written = readFileSync(CACHE);
    expect(batch()).toEqual(first);
    // Accepted, so not written again.
    expect(readFileSync(CACHE).equals(written)).toBe(true);
    // Without the script the workers run the chunks, to the same bytes.
    renameSync(SCRIPT, `${SCRIPT}.away`);
    try {
      expect(batch()).toEqual(first);
    } finally {
      renameSync(`${SCRIPT}.away`, SCRIPT);
    }
  }, 180_000);

  it('is ignored and written again when damaged', () => {
    const expected = batch();
    const damaged = Buffer.from(readFileSync(CACHE));
    for (let i = damaged.length - 5000; i < damaged.length; i += 7) damaged[i] ^= 0x5a;
    writeFileSync(CACHE, damaged);
    expect(batch()).toEqual(expected);
    expect(readFileSync(CACHE).equals(damaged)).toBe(false);
  }, 180_000);
});

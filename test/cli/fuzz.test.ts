import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleData } from '../helpers/example.js';

/** Every path to a leaf of the example, so that mutations reach any field. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

const PATHS = leafPaths(exampleData());

const replacement = fc.oneof(
  fc.constant(undefined), // deletion
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('abc', 'NaN', '-1', '1e400', '０.５', '', '  ', '≥', '😀', '䶮', '{{x}}', '../../x'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.string({ minLength: 2000, maxLength: 3000 }),
);

const mutation = fc.array(fc.tuple(fc.nat(PATHS.length - 1), replacement), { minLength: 1, maxLength: 4 });

function apply(data: any, changes: [number, unknown][]): any {
  for (const [i, value] of changes) {
    const path = PATHS[i];
    const parent = path.slice(0, -1).reduce((o: any, k) => (o == null ? o : o[k]), data);
    if (parent == null || typeof parent !== 'object') continue;
    const key = path[path.length - 1];
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  }
  return data;
}

describe('fuzz: random damage to the example ends in a valid PDF or a clean error', () => {
  it('never lets an exception escape, never writes a half file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-fuzz-'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        run += 1;
        const file = join(dir, `in-${run}.json`);
        writeFileSync(file, JSON.stringify(apply(exampleData(), changes)));
        const out = join(dir, `out-${run}`);
        const started = Date.now();
        const r = await runCli(['build', file, '-o', out, '--force']);
        // FUZZ_LOG=file keeps a line per run, for finding what made a run slow or fail.
        if (process.env.FUZZ_LOG) appendFileSync(process.env.FUZZ_LOG, `${run} ${r.code} ${Date.now() - started}ms ${JSON.stringify(changes).slice(0, 150)}\n`);
        expect([0, 1], r.stderr).toContain(r.code);
        expect(r.stderr).not.toContain('内部错误');
        const written = existsSync(out) ? readdirSync(out) : [];
        if (r.code === 0) {
          const pdfs = written.filter((n) => n.endsWith('.pdf'));
          expect(pdfs.length).toBeGreaterThanOrEqual(5);
          for (const n of pdfs) {
            const bytes = readFileSync(join(out, n));
            expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
            expect(bytes.subarray(-8).toString()).toContain('%%EOF');
          }
        } else {
          expect(r.stderr).toMatch(/错误|找不到|无法/);
          expect(written.filter((n) => n.endsWith('.pdf'))).toEqual([]);
        }
        expect(written.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      }),
      { numRuns: 30, seed: 20230322, endOnFailure: true },
    );
  }, 240_000);
});

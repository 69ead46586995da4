import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPart } from '../../src/node/partScript.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

const CODE_CACHE = join(ROOT, 'bin', 'codeCache.cjs');

/** A script that says which it is, as a part's script exports its module. */
function script(dir: string, name = 'part.cjs'): string {
  const file = join(dir, name);
  writeFileSync(file, `module.exports = { from: 'script', twice: (x) => x * 2 };\n`);
  return file;
}

/** A process that loads `file` with loadScript (under `flags`), calls it, and says what it got. */
function run(file: string, flags: string[] = []) {
  const code = `const r = require(${JSON.stringify(CODE_CACHE)}).loadScript(${JSON.stringify(file)}); console.log(JSON.stringify([r?.from, r?.twice(21)]));`;
  const r = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as unknown[];
}

const caches = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.cache')).sort();

describe('a package part loaded from the bundle’s script of it', () => {
  it('is the script’s exports when the script is there', () => {
    const file = script(tempDir('jixiao-part-'));
    const part = loadPart('decimal.js', pathToFileURL(file)) as { from: string; twice(x: number): number };
    expect([part.from, part.twice(4)]).toEqual(['script', 8]);
  });

  it('is the package’s own file when there is no script', () => {
    const missing = pathToFileURL(join(tempDir('jixiao-part-'), 'gone.cjs'));
    expect((loadPart('decimal.js', missing) as { Decimal: unknown }).Decimal).toBeTypeOf('function');
  });
});

describe('a script run with a code cache for the V8 flags in effect (bin/codeCache.cjs loadScript)', () => {
  it('writes its cache at exit when there was none, and reads it afterwards without writing it again', () => {
    const dir = tempDir('jixiao-part-cache-');
    const file = script(dir);
    expect(run(file)).toEqual(['script', 42]);
    const [cache] = caches(dir);
    expect(cache).toMatch(/^part\.cjs\.flags-[0-9a-f]+\.cache$/);
    const written = statSync(join(dir, cache)).ino;
    expect(run(file)).toEqual(['script', 42]);
    expect(caches(dir)).toEqual([cache]);
    expect(statSync(join(dir, cache)).ino).toBe(written);
  });

  it('keeps one cache for each set of V8 flags, so that commands run under different flags never replace each other’s', () => {
    const dir = tempDir('jixiao-part-flags-');
    const file = script(dir);
    run(file);
    const [plain] = caches(dir);
    const written = statSync(join(dir, plain)).ino;
    // V8 refuses a cache made under other flags: a batch's budget, or the flags build and check set.
    expect(run(file, ['--interrupt-budget=540672'])).toEqual(['script', 42]);
    expect(caches(dir)).toHaveLength(2);
    expect(statSync(join(dir, plain)).ino).toBe(written);
    run(file, ['--interrupt-budget=540672']);
    expect(caches(dir)).toHaveLength(2);
  });

  it('is undefined when there is no such script', () => {
    expect(run(join(tempDir('jixiao-part-none-'), 'none.cjs'))).toEqual([null, null]);
  });
});

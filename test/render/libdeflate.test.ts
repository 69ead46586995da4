import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { MEMORY_KEPT, libdeflateMemoryBytes, zlibCompress } from '../../src/render/libdeflate.js';
import { compressibleBytes } from '../helpers/bytes.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('libdeflate, instantiated by jixiao', () => {
  it('gives, at every level, the bytes the package gives through its own loader', () => {
    const inputs = [new Uint8Array(0), compressibleBytes(1, 1), compressibleBytes(70_000, 2), compressibleBytes(300_000, 3)];
    const levels = [1, 6, 12];
    // The package's loader in a process of its own: in Node it installs process-wide error handlers.
    const script = `
      import { zlib } from 'libdeflate';
      import { createHash } from 'node:crypto';
      ${compressibleBytes.toString()}
      const out = [];
      for (const [length, seed] of ${JSON.stringify(inputs.map((b, i) => [b.length, i]))})
        for (const level of ${JSON.stringify(levels)})
          out.push(createHash('sha256').update(zlib(compressibleBytes(length, seed), level)).digest('hex'));
      console.log(JSON.stringify(out));`;
    const theirs = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    const ours = inputs.flatMap((b) => levels.map((level) => sha(zlibCompress(b, level))));
    expect(ours).toEqual(theirs);
  });

  it('writes the zlib format: it inflates back, and the same input gives the same bytes', () => {
    const b = compressibleBytes(120_000, 7);
    const once = zlibCompress(b, 6);
    expect(sha(inflateSync(once))).toBe(sha(b));
    expect(zlibCompress(Uint8Array.from(b), 6)).toEqual(once);
    expect(once.length).toBeLessThan(b.length / 2);
  });

  it('grows its memory for an input larger than the memory it starts with, and does not keep that memory', () => {
    const small = compressibleBytes(1000, 10);
    const before = zlibCompress(small, 6);
    expect(libdeflateMemoryBytes()).toBeGreaterThan(0);
    expect(libdeflateMemoryBytes()).toBeLessThanOrEqual(MEMORY_KEPT);
    const big = compressibleBytes(24 << 20, 9);
    const out = zlibCompress(big, 1);
    // Compared by digest: toEqual walks 24 million elements one by one.
    expect(sha(inflateSync(out))).toBe(sha(big));
    // The grown instance was let go (a batch worker would otherwise keep it); the next one gives the same bytes.
    expect(libdeflateMemoryBytes()).toBe(0);
    expect(zlibCompress(small, 6)).toEqual(before);
    expect(libdeflateMemoryBytes()).toBeLessThanOrEqual(MEMORY_KEPT);
  }, 30_000);

  it('compresses what does not compress, and a stream of one repeated byte', () => {
    let x = 1;
    const noise = Uint8Array.from({ length: 200_000 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
    const same = new Uint8Array(500_000).fill(7);
    for (const b of [noise, same]) expect(sha(inflateSync(zlibCompress(b, 6)))).toBe(sha(b));
  });

  it('refuses a level libdeflate does not have', () => {
    expect(() => zlibCompress(compressibleBytes(10, 1), 13)).toThrow(/level 13/);
  });

  it('without WebAssembly (node --jitless), stops with a message the user can act on (exit 1), not a defect', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../../src/render/libdeflate.js');
      let thrown: unknown;
      try {
        fresh.zlibCompress(compressibleBytes(10, 1), 6);
      } catch (e) {
        thrown = e;
      }
      // A fresh import of the module: its UserError class is the fresh one too.
      expect((thrown as Error).name).toBe('UserError');
      expect((thrown as UserError).exitCode).toBe(1);
      expect((thrown as Error).message).toMatch(/没有 WebAssembly.*--jitless.*wasm-unsafe-eval/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

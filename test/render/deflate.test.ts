import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LEVELS, MEMO_BYTES, deflate, deflateMemoSize } from '../../src/render/deflate.js';
import { zlibCompress } from '../../src/render/libdeflate.js';
import { compressibleBytes } from '../helpers/bytes.js';

const fresh = (b: Uint8Array) => zlibCompress(b, 6);

describe('deflate', () => {
  it('gives what libdeflate gives at level 6, the first time and again, and it inflates back', () => {
    for (const b of [new Uint8Array(0), compressibleBytes(100, 1), compressibleBytes(50_000, 2)]) {
      expect(deflate(b)).toEqual(fresh(b));
      expect(deflate(b)).toEqual(fresh(b));
      expect(unzlibSync(deflate(b))).toEqual(b);
    }
  });

  it('deflates a font at the fonts\' level, and the same bytes as another stream at the others\'', () => {
    const a = compressibleBytes(60_000, 7);
    const font = zlibCompress(a, LEVELS.font);
    expect(font).not.toEqual(fresh(a));
    expect(deflate(a, 'font')).toEqual(font);
    expect(deflate(a)).toEqual(fresh(a));
    expect(deflate(a, 'font')).toEqual(font);
    expect(unzlibSync(deflate(a, 'font'))).toEqual(a);
  });

  it('deflates a stream equal to one already deflated only once', () => {
    const a = compressibleBytes(80_000, 3);
    expect(deflate(Uint8Array.from(a))).toBe(deflate(a));
  });

  it('tells apart streams that differ only where the key does not look', () => {
    const a = compressibleBytes(40_000, 4);
    const b = Uint8Array.from(a);
    b[1] ^= 0xff;
    expect(deflate(a)).toEqual(fresh(a));
    expect(deflate(b)).toEqual(fresh(b));
    expect(deflate(a)).toEqual(fresh(a));
  });

  it('tells apart streams that differ in their last bytes, and finds equal ones at any offset in their buffer', () => {
    const a = compressibleBytes(40_003, 6);
    const b = Uint8Array.from(a);
    b[40_002] ^= 0x01; // after the last whole word, where the key does not look
    expect(deflate(a)).toEqual(fresh(a));
    expect(deflate(b)).toEqual(fresh(b));
    const unaligned = new Uint8Array(a.length + 1);
    unaligned.set(a, 1);
    expect(deflate(unaligned.subarray(1))).toBe(deflate(a));
    const c = Uint8Array.from(a);
    c[20_001] ^= 0x80; // inside a word
    expect(deflate(c)).toEqual(fresh(c));
  });

  it('is not misled by a caller changing its bytes afterwards', () => {
    const a = compressibleBytes(30_000, 5);
    deflate(a);
    a[100] ^= 0xff;
    expect(deflate(a)).toEqual(fresh(a));
  });

  it('keeps at most MEMO_BYTES', () => {
    // Repetitive streams, quick to deflate: each keeps its 300 kB input and a small output.
    const count = Math.ceil(MEMO_BYTES / 300_000) + 5;
    for (let seed = 0; seed < count; seed++) deflate(new Uint8Array(300_000).fill(seed));
    const { streams, bytes } = deflateMemoSize();
    expect(bytes).toBeLessThanOrEqual(MEMO_BYTES);
    expect(streams).toBeGreaterThan(10);
  }, 30_000);
});

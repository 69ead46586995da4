import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Deflate, Inflate } from '../../src/render/pakoShim.js';
import { deflate } from '../../src/render/deflate.js';
import { compressibleBytes } from '../helpers/bytes.js';

/** What jszip does with pako's classes (jszip/lib/flate.js): chunks pushed, the last with `true`, output to onData. */
function drive(coder: { onData: (c: Uint8Array) => void; push(d: Uint8Array | number[], last: boolean): boolean }, chunks: (Uint8Array | number[])[]): Uint8Array {
  const out: Uint8Array[] = [];
  coder.onData = (c) => out.push(c);
  for (const c of chunks) coder.push(c, false);
  coder.push([], true);
  return Uint8Array.from(out.flatMap((c) => [...c]));
}

describe('pakoShim (jszip\'s pako in the bundles)', () => {
  const bytes = compressibleBytes(70_000, 11);

  it('deflates the chunks as one raw stream: the one deflate\'s, without zlib\'s header and Adler-32', () => {
    const raw = drive(new Deflate({ raw: true }), [bytes.subarray(0, 1000), bytes.subarray(1000, 40_000), bytes.subarray(40_000)]);
    const zlib = deflate(bytes);
    expect(raw).toEqual(zlib.subarray(2, zlib.length - 4));
    expect(inflateSync(raw)).toEqual(bytes);
  });

  it('deflates an empty entry, and gives zlib\'s format when not asked for raw', () => {
    expect(inflateSync(drive(new Deflate({ raw: true }), []))).toEqual(new Uint8Array(0));
    expect(drive(new Deflate(), [bytes])).toEqual(deflate(bytes));
  });

  it('inflates a raw stream pushed in chunks, and an array of numbers as jszip may give', () => {
    const zlib = deflate(bytes);
    const raw = zlib.subarray(2, zlib.length - 4);
    expect(drive(new Inflate(), [raw.subarray(0, 7), raw.subarray(7, 5000), [...raw.subarray(5000)]])).toEqual(bytes);
  });
});

import { zlibCompress } from './libdeflate.js';

/**
 * The one deflate of every stream jixiao writes (page content, fonts, images, metadata). Node's zlib is a fork whose
 * output other implementations do not reproduce: with libdeflate compiled to WebAssembly (libdeflate.ts), in Node
 * and in a browser alike, the bytes depend only on the input and this tool's version. At level 6 (zlib's default) it
 * is about twice as fast as fflate's level 6 and compresses a little better; fonts go at level 1 (LEVELS). The bundle
 * also gives pdfkit this module in place of zlib (scripts/bundle.mjs), so no stream is compressed by anything else.
 *
 * Deflating is most of a warm build's time, and a rebuild (the web page's preview after a keystroke) writes mostly
 * the same streams again: the same font subsets, the pages that did not change. (The next unit of a batch shares
 * few: a report set numbers its glyphs in the order they are first used, so another unit's name alone changes most
 * font subsets and pages.) So the latest results are kept, by content, up to MEMO_BYTES; a stream already deflated
 * costs a comparison. Output is the same either way, since deflate depends only on its input.
 */
export function deflate(bytes: Uint8Array, kind: StreamKind = 'other'): Uint8Array {
  const level = LEVELS[kind];
  if (bytes.length < MEMO_MIN) return zlibCompress(bytes, level);
  const key = keyOf(bytes, level);
  const hit = memo.get(key);
  if (hit && equal(hit.input, bytes)) {
    // Most recently used last: the oldest go first.
    memo.delete(key);
    memo.set(key, hit);
    return hit.output;
  }
  const output = zlibCompress(bytes, level);
  remember(key, { input: bytes.slice(), output });
  return output;
}

/**
 * What a stream holds, for how hard it is compressed. An embedded font file (the glyph outlines of a subset) is three
 * quarters of a report set's stream bytes and four fifths of its deflate time, and shrinks by only about 30 % at any
 * level: on the example's, level 1 took 5.8 ms for 381,362 bytes and level 6 10.5 ms for 368,398 (+3.5 %). Page
 * content (text operators) shrinks to a fifth and is quick either way. So fonts at level 1, the rest at zlib's default.
 */
export type StreamKind = 'font' | 'other';

export const LEVELS: Record<StreamKind, number> = { font: 1, other: 6 };

/** Streams smaller than this are quick to deflate and not kept. */
const MEMO_MIN = 2048;
/** Input and output bytes kept at most: a report set's streams (about 2.6 MB), with room for a changed page or two. */
export const MEMO_BYTES = 4 << 20;

interface Entry {
  input: Uint8Array;
  output: Uint8Array;
}

const memo = new Map<string, Entry>();
let kept = 0;

function remember(key: string, entry: Entry): void {
  const old = memo.get(key);
  if (old) {
    kept -= old.input.length + old.output.length;
    memo.delete(key);
  }
  memo.set(key, entry);
  kept += entry.input.length + entry.output.length;
  for (const [k, e] of memo) {
    if (kept <= MEMO_BYTES) break;
    memo.delete(k);
    kept -= e.input.length + e.output.length;
  }
}

/**
 * Level, length and a hash of every 16th byte: cheap next to deflating, and an equal key is confirmed byte for byte.
 * The same bytes deflated at another level are another entry.
 */
function keyOf(bytes: Uint8Array, level: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i += 16) h = Math.imul(h ^ bytes[i], 0x01000193);
  return `${level}:${bytes.length}:${h >>> 0}`;
}

/**
 * Compared four bytes at a time where both are aligned. Not Buffer.compare: in the web page that is a polyfill which
 * copies both arrays first (tens of milliseconds per build, on the font files); this loop costs well under a
 * millisecond for a build's streams.
 */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) if (wa[w] !== wb[w]) return false;
    i = words * 4;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How many streams are kept and their bytes (input + output), for tests. */
export function deflateMemoSize(): { streams: number; bytes: number } {
  return { streams: memo.size, bytes: kept };
}

/**
 * Bytes that compress as page contents and font files do, different for each seed. Self-contained (no names from
 * outside its body), so that a test may also send its source to a child process.
 */
export function compressibleBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = i % 7 === 0 ? x >>> 24 : 32 + (i % 50);
  }
  return out;
}

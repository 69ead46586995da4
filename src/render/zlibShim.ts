/**
 * What pdfkit and png-js use of Node's zlib: the bundle resolves their `zlib` imports here (scripts/bundle.mjs), so
 * that the PNG images pdfkit re-compresses get the same deflate as every other stream (deflate.ts); fflate inflates.
 */
import { unzlibSync } from 'fflate';
import { deflate } from './deflate.js';

const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export function deflateSync(bytes: Uint8Array): Buffer {
  return asBuffer(deflate(bytes));
}

export function inflateSync(bytes: Uint8Array): Buffer {
  return asBuffer(unzlibSync(bytes));
}

/** png-js decodes with the callback form; a corrupt image reaches the callback as an error, as with zlib. */
export function inflate(bytes: Uint8Array, done: (error: Error | null, data?: Buffer) => void): void {
  let data: Buffer;
  try {
    data = inflateSync(bytes);
  } catch (e) {
    done(e as Error);
    return;
  }
  done(null, data);
}

export default { deflateSync, inflateSync, inflate };

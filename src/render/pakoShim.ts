/**
 * What jszip uses of pako (lib/flate.js), as the CLI's bundle gives it (scripts/bundle.mjs): the entries of every
 * workbook the CLI writes (exceljs's jszip), and of a batch's summary workbook, which jszip packs again with fixed
 * dates, are deflated by the one deflate of every PDF stream (deflate.ts), not by pako's JavaScript, which is still
 * cold when a command writes its one workbook. jszip asks for a raw stream in chunks and takes the output from onData;
 * the chunks are gathered and deflated at once when the last one comes. jszip reads a workbook through Inflate
 * (fflate's, as the workbook reader's).
 */
import { Inflate as RawInflate } from 'fflate';
import { deflate } from './deflate.js';

/** zlib's two-byte header and four-byte Adler-32 around a raw deflate stream (RFC 1950). */
const ZLIB_HEAD = 2;
const ZLIB_TAIL = 4;

export class Deflate {
  onData: (chunk: Uint8Array) => void = () => undefined;
  private readonly chunks: Uint8Array[] = [];
  private readonly raw: boolean;

  constructor(options: { raw?: boolean } = {}) {
    this.raw = options.raw === true;
  }

  push(data: Uint8Array | ArrayLike<number>, last: boolean): boolean {
    if (data.length) this.chunks.push(data instanceof Uint8Array ? data : Uint8Array.from(data));
    if (!last) return true;
    const zlib = deflate(this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks));
    this.chunks.length = 0;
    this.onData(this.raw ? zlib.subarray(ZLIB_HEAD, zlib.length - ZLIB_TAIL) : zlib);
    return true;
  }
}

/** pako's streaming inflater as jszip drives it (raw deflate, chunks pushed, output to onData), on fflate's. */
export class Inflate {
  onData: (chunk: Uint8Array) => void = () => undefined;
  private readonly inflater = new RawInflate((chunk) => this.onData(chunk));

  push(data: Uint8Array | ArrayLike<number>, last: boolean): boolean {
    this.inflater.push(data instanceof Uint8Array ? data : Uint8Array.from(data), last);
    return true;
  }
}

export default { Deflate, Inflate };

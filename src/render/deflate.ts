import { zlibSync } from 'fflate';

/**
 * The one deflate of every stream jixiao writes (page content, fonts, images, metadata). Node's zlib is a fork whose
 * output other implementations do not reproduce: with fflate, in Node and in a browser alike, the bytes depend only
 * on the input and this tool's version. Level 6 is zlib's default; the bundle also gives pdfkit this module in
 * place of zlib (scripts/bundle.mjs), so no stream is compressed by anything else.
 */
export function deflate(bytes: Uint8Array): Uint8Array {
  return zlibSync(bytes, { level: 6 });
}

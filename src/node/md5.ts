/**
 * What src/render/pdfObjects.ts uses of js-md5 (the file ID: an MD5 of every byte written), answered by Node's crypto
 * in the CLI bundle, which resolves that import here (scripts/bundle.mjs): in JavaScript it was ~40 ms of a cold
 * build. MD5 is MD5, so the bytes are those the web page writes with js-md5.
 */
import { createHash } from 'node:crypto';

export default {
  create() {
    const hash = createHash('md5');
    return {
      update(bytes: Uint8Array) {
        hash.update(bytes);
        return this;
      },
      arrayBuffer(): ArrayBuffer {
        const digest = hash.digest();
        return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
      },
    };
  },
};

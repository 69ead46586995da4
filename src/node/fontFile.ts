import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../diagnostics/finding.js';
import type { LazyGlyphs } from '../resources.js';
import { NODE_MESSAGES } from './messages.js';

/**
 * A TrueType file read without its glyph outlines, which are read when used (LazyGlyphs). Reading a whole 4.4 MB
 * font costs a cold build ~20 ms per weight, mostly the first touch of fresh memory: here the buffer is allocated
 * zeroed, which the system does lazily, and only the pages of the other tables (and of glyph 0, which pdfkit measures
 * when it opens the font) are ever written.
 */
export function readFontFile(path: string): { bytes: Buffer; glyphs?: LazyGlyphs } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const bytes = Buffer.alloc(size);
  const fill = (from: number, to: number) => {
    for (let at = from; at < to; ) {
      const n = readSync(fd, bytes, at, to - at, at);
      if (n === 0) break;
      at += n;
    }
  };
  fill(0, Math.min(size, 12));
  const tables = size >= 12 ? bytes.readUInt16BE(4) : 0;
  fill(12, Math.min(size, 12 + tables * 16));
  // A file cut short (an install interrupted, a full disk): a message the user can act on, not a parser's error later.
  if (!tables || size < 12 + tables * 16 || !tablesFit(bytes, tables, size)) {
    closeSync(fd);
    throw new UserError(NODE_MESSAGES.brokenFont(path));
  }
  const glyf = tableAt(bytes, tables, 'glyf');
  const loca = tableAt(bytes, tables, 'loca');
  const head = tableAt(bytes, tables, 'head');
  if (!glyf || !loca || !head || glyf.offset + glyf.length > size) {
    fill(0, size);
    closeSync(fd);
    return { bytes };
  }
  fill(12 + tables * 16, glyf.offset);
  fill(glyf.offset + glyf.length, size);
  const long = bytes.readInt16BE(head.offset + 50) === 1;
  const glyph0End = long ? bytes.readUInt32BE(loca.offset + 4) : bytes.readUInt16BE(loca.offset + 2) * 2;
  fill(glyf.offset, glyf.offset + Math.min(glyph0End, glyf.length));
  let complete = false;
  return {
    bytes,
    glyphs: {
      read(offset, length) {
        if (complete) return bytes.subarray(offset, offset + length);
        const out = Buffer.alloc(length);
        for (let at = 0; at < length; ) {
          const n = readSync(fd, out, at, length - at, offset + at);
          if (n === 0) break;
          at += n;
        }
        return out;
      },
      complete() {
        if (complete) return;
        fill(glyf.offset, glyf.offset + glyf.length);
        complete = true;
      },
    },
  };
}

/** Whether every table the directory lists lies inside the file. */
function tablesFit(bytes: Buffer, tables: number, size: number): boolean {
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (bytes.readUInt32BE(rec + 8) + bytes.readUInt32BE(rec + 12) > size) return false;
  }
  return true;
}

function tableAt(bytes: Buffer, tables: number, tag: string): { offset: number; length: number } | undefined {
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (bytes.toString('latin1', rec, rec + 4) === tag) return { offset: bytes.readUInt32BE(rec + 8), length: bytes.readUInt32BE(rec + 12) };
  }
  return undefined;
}

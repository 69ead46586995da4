/**
 * TrueType subsetting for the embedded fonts, in place of fontkit's: glyphs are copied as raw bytes (fontkit decodes
 * every outline first, ~100 ms per report), and one subset can be written for the whole report set or for the
 * pages of one file only. Glyph numbers are those of the whole set in either case, so every file can use the same
 * page contents; glyphs a file does not use are written empty.
 *
 * Tables written: head, hhea, maxp, hmtx, loca, glyf, and cvt/fpgm/prep when the font has them. A CIDFontType2 with
 * CIDToGIDMap /Identity needs nothing else (no cmap: the PDF maps codes to glyphs).
 */
import type { LazyGlyphs } from '../resources.js';
import { RENDER_MESSAGES } from './messages.js';

/** Font files whose outlines are read when used, by their memory (resources().font's `glyphs`). */
const lazyFiles = new WeakMap<ArrayBufferLike, LazyGlyphs>();

/** Says that the outlines of the font file in `bytes` are read through `glyphs` (see LazyGlyphs). */
export function useLazyGlyphs(bytes: Uint8Array, glyphs: LazyGlyphs): void {
  lazyFiles.set(bytes.buffer, glyphs);
}

/** Puts every outline of the font file in `bytes` in place, for code that reads them there itself (fontkit). */
export function completeGlyphs(bytes: Uint8Array | undefined): void {
  if (bytes) lazyFiles.get(bytes.buffer)?.complete();
}

/** The tables of a TrueType file, parsed once per process. */
export class TrueTypeFont {
  readonly tables = new Map<string, Buffer>();
  readonly numGlyphs: number;
  private readonly loca: Buffer;
  private readonly longLoca: boolean;
  private readonly glyf: Buffer;
  private readonly hmtx: Buffer;
  private readonly numberOfHMetrics: number;

  constructor(readonly file: Buffer) {
    const numTables = file.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      const tag = file.toString('latin1', rec, rec + 4);
      const offset = file.readUInt32BE(rec + 8);
      const length = file.readUInt32BE(rec + 12);
      this.tables.set(tag, file.subarray(offset, offset + length));
    }
    for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']) if (!this.tables.has(t)) throw new Error(RENDER_MESSAGES.notTrueType(t));
    this.numGlyphs = this.tables.get('maxp')!.readUInt16BE(4);
    this.numberOfHMetrics = this.tables.get('hhea')!.readUInt16BE(34);
    this.glyf = this.tables.get('glyf')!;
    this.lazy = lazyFiles.get(file.buffer);
    this.hmtx = this.tables.get('hmtx')!;
    this.loca = this.tables.get('loca')!;
    this.longLoca = this.tables.get('head')!.readInt16BE(50) === 1;
    this.glyphSums = new Uint32Array(this.numGlyphs);
    this.summed = new Uint8Array(this.numGlyphs);
  }

  glyph(gid: number): Buffer {
    const from = this.offset(gid);
    const to = this.offset(gid + 1);
    if (!this.lazy || from === to) return this.glyf.subarray(from, to);
    let bytes = this.read.get(gid);
    if (!bytes) {
      const read = this.lazy.read(this.glyf.byteOffset - this.file.byteOffset + from, to - from);
      this.read.set(gid, (bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength)));
    }
    return bytes;
  }

  /** The outlines read so far, when the file's are read when used. */
  private readonly read = new Map<number, Buffer>();
  private readonly lazy: LazyGlyphs | undefined;

  /** Where a glyph starts in glyf, read from loca when asked: a report uses a few thousand of 30 000 glyphs. */
  private offset(gid: number): number {
    return this.longLoca ? this.loca.readUInt32BE(gid * 4) : this.loca.readUInt16BE(gid * 2) * 2;
  }

  /** Checksums of glyphs as stored, padded to four bytes (0 until worked out; `summed` says which are). */
  private readonly glyphSums: Uint32Array;
  private readonly summed: Uint8Array;

  /** The checksum of a glyph's bytes as stored, worked out once per process: every subset of a batch sums them. */
  glyphChecksum(gid: number): number {
    if (!this.summed[gid]) {
      this.glyphSums[gid] = checksum(this.glyph(gid));
      this.summed[gid] = 1;
    }
    return this.glyphSums[gid];
  }

  /** Checksums of the tables copied whole into every subset (cvt, fpgm, prep). */
  readonly tableSums = new Map<string, number>();

  /** [advanceWidth, leftSideBearing] */
  metrics(gid: number): [number, number] {
    const n = this.numberOfHMetrics;
    if (gid < n) return [this.hmtx.readUInt16BE(gid * 4), this.hmtx.readInt16BE(gid * 4 + 2)];
    return [this.hmtx.readUInt16BE((n - 1) * 4), this.hmtx.readInt16BE(n * 4 + (gid - n) * 2)];
  }
}

const MORE_COMPONENTS = 0x0020;

/** Offsets (in the glyph's bytes) and glyph numbers of a composite glyph's components; [] for a simple glyph. */
function components(glyph: Buffer): { at: number; gid: number }[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const out: { at: number; gid: number }[] = [];
  let p = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(p);
    out.push({ at: p + 2, gid: glyph.readUInt16BE(p + 2) });
    p += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return out;
  }
}

/** The sum of a table's 32-bit words, the last one padded with zeros. */
function checksum(b: Buffer): number {
  let sum = 0;
  const whole = b.length - (b.length % 4);
  for (let i = 0; i < whole; i += 4) sum = (sum + b.readUInt32BE(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < b.length ? b[i] : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * An sfnt file from its tables, with directory, alignment and checksums (head's checkSumAdjustment included).
 * `sums` gives checksums already known by tag. The whole file's checksum is the header's plus the tables' (every
 * part is padded to four bytes, and the sum is taken modulo 2³²), so no table is summed twice.
 */
function sfnt(tables: Map<string, Buffer>, sums: Map<string, number>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(n * 16 - pow * 16, 10);
  let offset = header.length;
  let total = 0;
  const bodies: Buffer[] = [];
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const rec = 12 + i * 16;
    const sum = sums.get(tag) ?? checksum(data);
    total = (total + sum) >>> 0;
    header.write(tag, rec, 'latin1');
    header.writeUInt32BE(sum, rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(data.length, rec + 12);
    const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
    bodies.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  file.writeUInt32BE((0xb1b0afba - ((checksum(header) + total) >>> 0)) >>> 0, headAt + 8);
  return file;
}

/** The font files encode() wrote, for deflating them as fonts when pdfkit hands one back as a stream's bytes. */
const FONT_FILES = new WeakSet<Uint8Array>();

export function isFontFile(bytes: unknown): boolean {
  return bytes instanceof Uint8Array && FONT_FILES.has(bytes);
}

/**
 * The glyphs a document uses, numbered in order of first use (0 is .notdef), as pdfkit's EmbeddedFont expects of
 * its `subset`: includeGlyph(original) → number in the subset, encode() → font file. Components of a composite glyph
 * are numbered when the glyph is, so every file of a set sees the same numbers.
 */
export class GlyphSubset {
  /** Original glyph number of each subset glyph. */
  readonly glyphs: number[] = [0];
  private readonly numbers = new Map<number, number>([[0, 0]]);
  /** Subset glyphs used on each page (pdfkit page object), for files of a few pages. */
  readonly usedOn = new Map<object, Set<number>>();
  /** Bytes of the last font file written (a FontFile2 stream's Length1). */
  encodedLength = 0;

  constructor(
    private readonly font: TrueTypeFont,
    /** The page being drawn when a glyph is used. */
    private readonly currentPage: () => object | undefined,
  ) {}

  includeGlyph(gid: number): number {
    let n = this.numbers.get(gid);
    if (n === undefined) {
      n = this.glyphs.length;
      this.numbers.set(gid, n);
      this.glyphs.push(gid);
      for (const c of components(this.font.glyph(gid))) this.includeGlyph(c.gid);
    }
    const page = this.currentPage();
    if (page) {
      let used = this.usedOn.get(page);
      if (!used) this.usedOn.set(page, (used = new Set()));
      used.add(n);
    }
    return n;
  }

  /** Subset glyphs used on `pages`, with .notdef and the components of composite glyphs. */
  usedBy(pages: object[]): Set<number> {
    const keep = new Set<number>([0]);
    for (const p of pages) for (const n of this.usedOn.get(p) ?? []) keep.add(n);
    for (const n of [...keep]) this.addComponents(n, keep);
    return keep;
  }

  private addComponents(n: number, keep: Set<number>): void {
    for (const c of components(this.font.glyph(this.glyphs[n]))) {
      const m = this.numbers.get(c.gid)!;
      if (!keep.has(m)) {
        keep.add(m);
        this.addComponents(m, keep);
      }
    }
  }

  /** The font file: every subset glyph, or only those in `keep` (the others empty, their numbers kept). */
  encode(keep?: Set<number>): Buffer {
    const font = this.font;
    const count = this.glyphs.length;
    // Each glyph padded to four bytes, one after the other: sized first, then copied into one zeroed table.
    const at = new Uint32Array(count + 1);
    for (let n = 0; n < count; n++) {
      const length = keep && !keep.has(n) ? 0 : font.glyph(this.glyphs[n]).length;
      at[n + 1] = at[n] + ((length + 3) & ~3);
    }
    const glyf = Buffer.alloc(at[count]);
    const loca = Buffer.alloc((count + 1) * 4);
    const hmtx = Buffer.alloc(count * 4);
    let glyfSum = 0;
    for (let n = 0; n < count; n++) {
      const gid = this.glyphs[n];
      loca.writeUInt32BE(at[n], n * 4);
      const [advance, lsb] = font.metrics(gid);
      hmtx.writeUInt16BE(advance, n * 4);
      hmtx.writeInt16BE(lsb, n * 4 + 2);
      if (at[n + 1] === at[n]) continue;
      const data = font.glyph(gid);
      data.copy(glyf, at[n]);
      const parts = components(data);
      for (const c of parts) glyf.writeUInt16BE(this.numbers.get(c.gid)!, at[n] + c.at);
      const sum = parts.length ? checksum(glyf.subarray(at[n], at[n + 1])) : font.glyphChecksum(gid);
      glyfSum = (glyfSum + sum) >>> 0;
    }
    loca.writeUInt32BE(at[count], count * 4);
    const t = this.font.tables;
    const head = Buffer.from(t.get('head')!);
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set by sfnt()
    head.writeInt16BE(1, 50); // long loca offsets
    const hhea = Buffer.from(t.get('hhea')!);
    hhea.writeUInt16BE(this.glyphs.length, 34);
    const maxp = Buffer.from(t.get('maxp')!);
    maxp.writeUInt16BE(this.glyphs.length, 4);
    const tables = new Map<string, Buffer>([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['hmtx', hmtx],
      ['loca', loca],
      ['glyf', glyf],
    ]);
    const sums = new Map([['glyf', glyfSum]]);
    for (const extra of ['cvt ', 'fpgm', 'prep']) {
      const table = t.get(extra);
      if (!table) continue;
      tables.set(extra, table);
      if (!font.tableSums.has(extra)) font.tableSums.set(extra, checksum(table));
      sums.set(extra, font.tableSums.get(extra)!);
    }
    const file = sfnt(tables, sums);
    this.encodedLength = file.length;
    FONT_FILES.add(file);
    return file;
  }
}

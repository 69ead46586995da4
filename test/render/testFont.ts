import { readFileSync } from 'node:fs';
import { fontFiles } from '../../src/node/resources.js';
import { GlyphSubset, TrueTypeFont } from '../../src/render/trueType.js';

const real = new TrueTypeFont(readFileSync(fontFiles().normal));

/** A composite glyph: one component, glyph `gid`, offset by (dx, dy) bytes. */
function composite(gid: number): Buffer {
  const b = Buffer.alloc(16);
  b.writeInt16BE(-1, 0);
  b.writeUInt16BE(0x0002, 10); // ARGS_ARE_XY_VALUES, byte arguments, no MORE_COMPONENTS
  b.writeUInt16BE(gid, 12);
  b.writeInt8(10, 14);
  b.writeInt8(0, 15);
  return b;
}

/**
 * The font has no composite glyphs, so the tests add some: the real font's tables with glyphs
 * 0 (.notdef), 1–3 (simple, taken from the font), 4 (composite of 2) and 5 (composite of 4).
 */
export function testFont(): TrueTypeFont {
  const simple = [0, 100, 2000, 3000].map((g) => real.glyph(g));
  const glyphs = [...simple, composite(2), composite(4)].map((g) => (g.length % 4 ? Buffer.concat([g, Buffer.alloc(4 - (g.length % 4))]) : g));
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  let at = 0;
  glyphs.forEach((g, i) => {
    loca.writeUInt32BE(at, i * 4);
    at += g.length;
  });
  loca.writeUInt32BE(at, glyphs.length * 4);
  const hmtx = Buffer.alloc(glyphs.length * 4);
  glyphs.forEach((_, i) => hmtx.writeUInt16BE(500 + i, i * 4));
  const head = Buffer.from(real.tables.get('head')!);
  head.writeInt16BE(1, 50);
  const hhea = Buffer.from(real.tables.get('hhea')!);
  hhea.writeUInt16BE(glyphs.length, 34);
  const maxp = Buffer.from(real.tables.get('maxp')!);
  maxp.writeUInt16BE(glyphs.length, 4);
  const tables: [string, Buffer][] = [['glyf', Buffer.concat(glyphs)], ['head', head], ['hhea', hhea], ['hmtx', hmtx], ['loca', loca], ['maxp', maxp]];
  const dir = Buffer.alloc(12 + tables.length * 16);
  dir.writeUInt32BE(0x00010000, 0);
  dir.writeUInt16BE(tables.length, 4);
  let offset = dir.length;
  tables.forEach(([tag, data], i) => {
    dir.write(tag, 12 + i * 16, 'latin1');
    dir.writeUInt32BE(offset, 12 + i * 16 + 8);
    dir.writeUInt32BE(data.length, 12 + i * 16 + 12);
    offset += data.length + ((4 - (data.length % 4)) % 4);
  });
  return new TrueTypeFont(Buffer.concat([dir, ...tables.map(([, d]) => Buffer.concat([d, Buffer.alloc((4 - (d.length % 4)) % 4)]))]));
}

const font = testFont();
export const page1 = {};
export const page2 = {};

/** Glyphs 3 and 1 on page 1, the composite 5 (→ 4 → 2) on page 2. */
export function subset() {
  let page = page1;
  const s = new GlyphSubset(font, () => page);
  s.includeGlyph(3);
  s.includeGlyph(1);
  page = page2;
  const n = s.includeGlyph(5);
  return { s, n };
}

export { font };

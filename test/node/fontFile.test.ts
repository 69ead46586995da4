import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontFile } from '../../src/node/fontFile.js';
import { fontFiles } from '../../src/node/resources.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { tempDir } from '../helpers/tmp.js';
import { GlyphSubset, TrueTypeFont, completeGlyphs, useLazyGlyphs } from '../../src/render/trueType.js';

const path = fontFiles().bold;
const whole = readFileSync(path);

/** Where glyf lies in the file. */
function glyfRange(file: Buffer): [number, number] {
  for (let i = 0; i < file.readUInt16BE(4); i++) {
    const rec = 12 + i * 16;
    if (file.toString('latin1', rec, rec + 4) === 'glyf') return [file.readUInt32BE(rec + 8), file.readUInt32BE(rec + 8) + file.readUInt32BE(rec + 12)];
  }
  throw new Error('no glyf');
}

describe('readFontFile', () => {
  it('holds every table but the outlines (and glyph 0, which pdfkit measures), and reads outlines by offset', () => {
    const { bytes, glyphs } = readFontFile(path);
    const [from, to] = glyfRange(whole);
    expect(bytes.length).toBe(whole.length);
    expect(bytes.subarray(0, from).equals(whole.subarray(0, from))).toBe(true);
    expect(bytes.subarray(to).equals(whole.subarray(to))).toBe(true);
    expect(bytes.subarray(from, to).equals(whole.subarray(from, to))).toBe(false);
    const font = new TrueTypeFont(whole);
    expect(bytes.subarray(from, from + font.glyph(0).length).equals(font.glyph(0))).toBe(true);
    expect(Buffer.from(glyphs!.read(from + 1000, 300)).equals(whole.subarray(from + 1000, from + 1300))).toBe(true);
    glyphs!.complete();
    expect(bytes.equals(whole)).toBe(true);
  });

  it('gives the subsetter the same glyphs and font files as the whole file', () => {
    const { bytes, glyphs } = readFontFile(path);
    useLazyGlyphs(bytes, glyphs!);
    const lazy = new TrueTypeFont(bytes);
    const full = new TrueTypeFont(whole);
    const gids = [1, 500, 2000, 10000, full.numGlyphs - 1];
    for (const g of gids) expect(lazy.glyph(g).equals(full.glyph(g)), `glyph ${g}`).toBe(true);
    const subset = (f: TrueTypeFont) => {
      const s = new GlyphSubset(f, () => undefined);
      for (const g of gids) s.includeGlyph(g);
      return s.encode();
    };
    expect(subset(lazy).equals(subset(full))).toBe(true);
    // Still the file's outlines once they are all in place.
    completeGlyphs(bytes);
    expect(lazy.glyph(500).equals(full.glyph(500))).toBe(true);
  });

  it('a file cut short is a message the user can act on (exit 1), whether it ends in the outlines or after them', () => {
    const dir = tempDir('jixiao-font-');
    for (const size of [30, 2_000_000, whole.length - 10]) {
      const file = join(dir, `cut-${size}.ttf`);
      writeFileSync(file, whole.subarray(0, size));
      expect(() => readFontFile(file), `cut at ${size}`).toThrow(UserError);
      expect(() => readFontFile(file)).toThrow(/字体文件 .* 不完整或已损坏/);
    }
  });
});

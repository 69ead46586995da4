import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { TrueTypeFont } from '../../src/render/trueType.js';
import { font, page1, page2, subset } from './testFont.js';

describe('GlyphSubset', () => {
  it('numbers glyphs in order of first use, .notdef first, components right after their composite', () => {
    const { s, n } = subset();
    expect(s.glyphs).toEqual([0, 3, 1, 5, 4, 2]);
    expect(n).toBe(3);
    expect(s.includeGlyph(3)).toBe(1);
  });

  it('writes the original glyph bytes and metrics, and points composites at the new numbers', () => {
    const { s } = subset();
    const out = new TrueTypeFont(s.encode());
    expect(out.numGlyphs).toBe(6);
    expect(out.glyph(1).equals(font.glyph(3))).toBe(true);
    expect(out.metrics(1)).toEqual(font.metrics(3));
    expect(out.glyph(3).readUInt16BE(12)).toBe(4); // 5 → 4, now numbered 4
    expect(out.glyph(4).readUInt16BE(12)).toBe(5); // 4 → 2, now numbered 5
    expect(out.glyph(5).equals(font.glyph(2))).toBe(true);
  });

  it('keeps only the glyphs of the given pages (and the components they need), numbers unchanged', () => {
    const { s } = subset();
    expect([...s.usedBy([page1])].sort()).toEqual([0, 1, 2]);
    expect([...s.usedBy([page2])].sort()).toEqual([0, 3, 4, 5]);
    const out = new TrueTypeFont(s.encode(s.usedBy([page1])));
    expect(out.numGlyphs).toBe(6);
    expect([1, 2, 3, 4, 5].map((g) => out.glyph(g).length > 0)).toEqual([true, true, false, false, false]);
  });

  it('is read by fontkit, composites drawn through their components', () => {
    const { s } = subset();
    const out = fontkit.create(s.encode()) as fontkit.Font;
    expect(out.numGlyphs).toBe(6);
    const commands = (gid: number) => out.getGlyph(gid).path.commands.length;
    expect(commands(1)).toBeGreaterThan(0);
    expect(commands(5)).toBeGreaterThan(0);
    expect(commands(3)).toBe(commands(5)); // composite 5 draws glyph 2's outline, through 4
    expect(out.getGlyph(3).bbox.minX).toBe(out.getGlyph(5).bbox.minX + 20); // offset by 10 twice
  });

  it('writes table checksums and checkSumAdjustment that a reader recomputes from the bytes', () => {
    const { s } = subset();
    // Summed here word by word over the written file, as the sfnt format defines them.
    const sum = (b: Buffer) => {
      let total = 0;
      for (let i = 0; i < b.length; i += 4) total = (total + Buffer.concat([b.subarray(i, i + 4), Buffer.alloc(4)]).readUInt32BE(0)) >>> 0;
      return total;
    };
    // Twice each: the second time the glyphs' checksums come from the font's memo.
    for (const file of [s.encode(), s.encode(), s.encode(s.usedBy([page1])), s.encode(s.usedBy([page2]))]) {
      const tables = file.readUInt16BE(4);
      let headAt = -1;
      for (let i = 0; i < tables; i++) {
        const rec = 12 + i * 16;
        const [offset, length] = [file.readUInt32BE(rec + 8), file.readUInt32BE(rec + 12)];
        const table = Buffer.from(file.subarray(offset, offset + length));
        if (file.toString('latin1', rec, rec + 4) === 'head') {
          headAt = offset;
          table.writeUInt32BE(0, 8);
        }
        expect(file.readUInt32BE(rec + 4)).toBe(sum(table));
      }
      const adjustment = file.readUInt32BE(headAt + 8);
      const zeroed = Buffer.from(file);
      zeroed.writeUInt32BE(0, headAt + 8);
      expect((0xb1b0afba - sum(zeroed)) >>> 0).toBe(adjustment);
    }
  });
});

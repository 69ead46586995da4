import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it, vi } from 'vitest';
import { fontFiles } from '../../src/node/resources.js';
import { locaView, shareDecodedTables, type FontkitFont } from '../../src/render/fontTables.js';

type Parsed = FontkitFont & { loca: { version: number; offsets: number[] }; _decodeTable(table: { tag: string }): unknown };

/** The font files, read once: fontkit's fonts of one file share its decoded tables (pdfkit is given the same bytes for every document). */
const files = { normal: readFileSync(fontFiles().normal), bold: readFileSync(fontFiles().bold) };
const open = (weight: 'normal' | 'bold') => fontkit.create(files[weight]) as unknown as Parsed;

describe('locaView', () => {
  it("gives each bundled font's offsets as fontkit decodes them", () => {
    for (const weight of ['normal', 'bold'] as const) {
      const decoded = open(weight).loca;
      const view = locaView(open(weight))!;
      expect(view.version).toBe(decoded.version);
      expect(view.offsets.length).toBe(decoded.offsets.length);
      const last = decoded.offsets.length - 1;
      for (let gid = 0; gid <= last; gid += 97) expect(view.offsets[gid]).toBe(decoded.offsets[gid]);
      expect(view.offsets[last]).toBe(decoded.offsets[last]);
      expect(view.offsets[last + 1]).toBeUndefined();
    }
  });

  it('doubles the offsets of a short table, as fontkit does', () => {
    const bytes = Buffer.alloc(16);
    [0, 5, 9, 40].forEach((o, i) => bytes.writeUInt16BE(o, 8 + i * 2));
    const font = { stream: { buffer: bytes }, directory: { tables: { loca: { offset: 8, length: 8 } } }, head: { indexToLocFormat: 0 } };
    const view = locaView(font)!;
    expect(view.version).toBe(0);
    expect([...Array(view.offsets.length).keys()].map((i) => view.offsets[i])).toEqual([0, 10, 18, 80]);
  });

  it('declines a font without its bytes or its format', () => {
    expect(locaView({ directory: { tables: { loca: { offset: 0, length: 4 } } }, head: { indexToLocFormat: 1 } })).toBeUndefined();
    expect(locaView({ stream: { buffer: Buffer.alloc(4) }, directory: { tables: { loca: { offset: 0, length: 4 } } }, head: {} })).toBeUndefined();
  });
});

describe('shareDecodedTables', () => {
  it('decodes no loca table once installed, and each other table once per file', () => {
    const first = open('normal');
    void first.loca;
    shareDecodedTables(first);
    const decode = vi.spyOn(Object.getPrototypeOf(first) as Parsed, '_decodeTable');
    const bold = open('bold');
    const glyph = (bold as unknown as fontkit.Font).getGlyph(0);
    expect(glyph.advanceWidth).toBeGreaterThan(0);
    expect(decode.mock.calls.map(([t]) => t.tag)).not.toContain('loca');
    const again = open('bold');
    void (again as unknown as fontkit.Font).getGlyph(0).advanceWidth;
    const tags = decode.mock.calls.map(([t]) => t.tag);
    expect(tags).toEqual([...new Set(tags)]);
    expect(again.loca).toBe(bold.loca);
    decode.mockRestore();
  });
});

/** The cmap of a TrueType file read from its bytes, so that the checks do not trust one font library's reading. */

export interface CmapSubtable {
  platform: number;
  encoding: number;
  format: number;
  /** For format 4: whether its 16-bit length field covers the segment arrays and stays inside the table. */
  lengthOk?: boolean;
  data: Buffer;
}

export function cmapSubtables(font: Buffer): CmapSubtable[] {
  const numTables = font.readUInt16BE(4);
  let cmap: Buffer | undefined;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.subarray(font.readUInt32BE(rec + 8), font.readUInt32BE(rec + 8) + font.readUInt32BE(rec + 12));
  }
  if (!cmap) throw new Error('no cmap table');
  const out: CmapSubtable[] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const rec = 4 + i * 8;
    const offset = cmap.readUInt32BE(rec + 4);
    const format = cmap.readUInt16BE(offset);
    const s: CmapSubtable = { platform: cmap.readUInt16BE(rec), encoding: cmap.readUInt16BE(rec + 2), format, data: cmap.subarray(offset) };
    if (format === 4) {
      const length = cmap.readUInt16BE(offset + 2);
      const segX2 = cmap.readUInt16BE(offset + 6);
      s.lengthOk = length >= 16 + 4 * segX2 && offset + length <= cmap.length;
      s.data = cmap.subarray(offset, offset + length);
    }
    out.push(s);
  }
  return out;
}

/** Code point → glyph of a format 4 subtable (the OpenType spec's segment mapping), without glyph 0. */
export function format4Map(t: Buffer): Map<number, number> {
  const segX2 = t.readUInt16BE(6);
  const ends = 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const map = new Map<number, number>();
  for (let s = 0; s < segX2; s += 2) {
    const end = t.readUInt16BE(ends + s);
    const start = t.readUInt16BE(starts + s);
    const delta = t.readInt16BE(deltas + s);
    const rangeOffset = t.readUInt16BE(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let g: number;
      if (rangeOffset === 0) g = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s + rangeOffset + (c - start) * 2;
        g = t.readUInt16BE(at);
        if (g) g = (g + delta) & 0xffff;
      }
      if (g) map.set(c, g);
    }
  }
  return map;
}

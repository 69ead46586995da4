#!/usr/bin/env node
// Builds fonts/NotoSansSC-Regular.ttf, fonts/NotoSansSC-Bold.ttf and fonts/coverage.json
// from the unicode-range WOFF slices of @fontsource/noto-sans-sc (run as npm postinstall).
//
// The slices are pieces of one font instance per weight, cut by code point. They have
// TrueType outlines without hinting instructions. This script merges them at the table
// level: each slice's glyph bytes are copied unchanged (composite glyphs are handled by
// remapping their component indices), and head/hhea/maxp/OS/2/hmtx/loca/cmap/name/post
// are rebuilt for the merged glyph set. The cmap gets a format 4 subtable (BMP) that is
// kept below the 64 KiB limit of its 16-bit length field, plus a format 12 subtable with
// every code point. GSUB/GPOS/GDEF/STAT/vhea/vmtx and the format 14 (variation
// sequences) subtable are left out: merging them across slices is not needed to set
// horizontal Chinese text in a PDF.
//
// Usage: node scripts/prepare-fonts.mjs [--force]
// No network access; fast no-op when fonts/.stamp matches the package version, this script and the outputs' size and mtime.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const t0 = process.hrtime.bigint();
const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const OUT_DIR = path.join(ROOT, 'fonts');
const PKG = '@fontsource/noto-sans-sc';

const WEIGHTS = [
  { weight: 400, file: 'NotoSansSC-Regular.ttf', style: 'Regular', full: 'Noto Sans SC', ps: 'NotoSansSC-Regular', bold: false },
  { weight: 700, file: 'NotoSansSC-Bold.ttf', style: 'Bold', full: 'Noto Sans SC Bold', ps: 'NotoSansSC-Bold', bold: true },
];
const FAMILY = 'Noto Sans SC';
const COVERAGE_FILE = 'coverage.json';
const STAMP_FILE = '.stamp';
// Characters the reports need; the build fails if the package stops providing one of them.
const REQUIRED = '≥≤✓①（：“”、％—。，《》·衡阳市投资促进事务中心绩效年度';
const OFL_DESCRIPTION =
  'This Font Software is licensed under the SIL Open Font License, Version 1.1. ' +
  'This license is available with a FAQ at: https://openfontlicense.org';

class FontError extends Error {}
const fail = (msg) => {
  throw new FontError(msg);
};

// ---------------------------------------------------------------- sfnt reading

function decodeWoff(buf, name) {
  if (buf.length < 44 || buf.toString('latin1', 0, 4) !== 'wOFF') fail(`${name}: not a WOFF file`);
  if (buf.readUInt32BE(4) !== 0x00010000) fail(`${name}: WOFF does not hold TrueType outlines`);
  const numTables = buf.readUInt16BE(12);
  const tables = new Map();
  for (let i = 0; i < numTables; i++) {
    const p = 44 + i * 20;
    const tag = buf.toString('latin1', p, p + 4);
    const offset = buf.readUInt32BE(p + 4);
    const compLength = buf.readUInt32BE(p + 8);
    const origLength = buf.readUInt32BE(p + 12);
    if (offset + compLength > buf.length) fail(`${name}: table ${tag} runs past the end of the file`);
    const raw = buf.subarray(offset, offset + compLength);
    const data = compLength < origLength ? zlib.inflateSync(raw) : raw;
    if (data.length !== origLength) fail(`${name}: table ${tag} has ${data.length} bytes, expected ${origLength}`);
    tables.set(tag, data);
  }
  for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf', 'OS/2', 'post', 'name']) {
    if (!tables.has(tag)) fail(`${name}: no ${tag} table`);
  }
  return tables;
}

/** Returns Map<codePoint, glyphId> from the best Unicode subtable(s) of a cmap. */
function readCmap(cmap, name) {
  const n = cmap.readUInt16BE(2);
  const subs = [];
  for (let i = 0; i < n; i++) {
    const p = 4 + i * 8;
    const platform = cmap.readUInt16BE(p);
    const encoding = cmap.readUInt16BE(p + 2);
    const offset = cmap.readUInt32BE(p + 4);
    subs.push({ platform, encoding, offset, format: cmap.readUInt16BE(offset) });
  }
  const unicode = (s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subs.find((s) => unicode(s) && s.format === 12);
  const bmp = subs.find((s) => unicode(s) && s.format === 4);
  if (!full && !bmp) fail(`${name}: no Unicode cmap subtable of format 4 or 12`);
  const map = new Map();
  if (bmp) readFormat4(cmap, bmp.offset, map);
  if (full) readFormat12(cmap, full.offset, map);
  return map;
}

function readFormat4(b, off, map) {
  const segX2 = b.readUInt16BE(off + 6);
  const ends = off + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let i = 0; i < segX2; i += 2) {
    const end = b.readUInt16BE(ends + i);
    const start = b.readUInt16BE(starts + i);
    const delta = b.readUInt16BE(deltas + i);
    const ro = b.readUInt16BE(ranges + i);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let g;
      if (ro === 0) g = (c + delta) & 0xffff;
      else {
        const gp = ranges + i + ro + 2 * (c - start);
        g = b.readUInt16BE(gp);
        if (g !== 0) g = (g + delta) & 0xffff;
      }
      if (g !== 0) map.set(c, g);
    }
  }
}

function readFormat12(b, off, map) {
  const groups = b.readUInt32BE(off + 12);
  for (let i = 0; i < groups; i++) {
    const p = off + 16 + i * 12;
    const start = b.readUInt32BE(p);
    const end = b.readUInt32BE(p + 4);
    const gid = b.readUInt32BE(p + 8);
    for (let c = start; c <= end; c++) if (gid + c - start !== 0) map.set(c, gid + c - start);
  }
}

function loadSlice(file, name) {
  const t = decodeWoff(fs.readFileSync(file), name);
  const head = t.get('head');
  const numGlyphs = t.get('maxp').readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const loca = t.get('loca');
  const offsets = new Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) offsets[i] = longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2;
  const numH = t.get('hhea').readUInt16BE(34);
  const hmtx = t.get('hmtx');
  const metric = (g) => {
    if (g < numH) return [hmtx.readUInt16BE(g * 4), hmtx.readInt16BE(g * 4 + 2)];
    return [hmtx.readUInt16BE((numH - 1) * 4), hmtx.readInt16BE(numH * 4 + (g - numH) * 2)];
  };
  return { name, tables: t, numGlyphs, offsets, metric, cmap: readCmap(t.get('cmap'), name) };
}

// ---------------------------------------------------------------- glyph helpers

const ARG_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/** Calls fn(position of the glyphIndex field, glyphIndex) for each component of a composite glyph. */
function forEachComponent(glyph, fn) {
  let p = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(p);
    fn(p + 2, glyph.readUInt16BE(p + 2));
    p += 4 + (flags & ARG_WORDS ? 4 : 2);
    if (flags & HAVE_SCALE) p += 2;
    else if (flags & HAVE_XY_SCALE) p += 4;
    else if (flags & HAVE_2X2) p += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
}

// ---------------------------------------------------------------- merging

function mergeWeight(slices, spec) {
  const base = slices[0];
  const taken = new Map(); // code point -> glyph record
  const glyphs = []; // records: { slice, gid, cps: [], bytes }
  const bySliceGid = new Map();
  const glyphFor = (slice, gid) => {
    const key = `${slice.name}\u0000${gid}`;
    let rec = bySliceGid.get(key);
    if (!rec) {
      if (gid >= slice.numGlyphs) fail(`${slice.name}: cmap points at glyph ${gid} of ${slice.numGlyphs}`);
      const bytes = Buffer.from(slice.tables.get('glyf').subarray(slice.offsets[gid], slice.offsets[gid + 1]));
      rec = { slice, gid, cps: [], bytes, components: [] };
      bySliceGid.set(key, rec);
      glyphs.push(rec);
      if (bytes.length >= 10 && bytes.readInt16BE(0) < 0) {
        forEachComponent(bytes, (pos, cg) => rec.components.push({ pos, rec: glyphFor(slice, cg) }));
      }
    }
    return rec;
  };

  for (const slice of slices) {
    for (const [cp, gid] of [...slice.cmap].sort((a, b) => a[0] - b[0])) {
      if (taken.has(cp)) continue; // an earlier slice already has this code point
      const rec = glyphFor(slice, gid);
      rec.cps.push(cp);
      taken.set(cp, rec);
    }
  }

  // Glyph order: .notdef, then glyphs by their lowest code point (keeps the cmap compact),
  // then glyphs reached only as components of composite glyphs.
  const notdef = { slice: base, gid: 0, cps: [], components: [], bytes: Buffer.from(base.tables.get('glyf').subarray(base.offsets[0], base.offsets[1])) };
  const mapped = glyphs.filter((g) => g.cps.length).sort((a, b) => a.cps[0] - b.cps[0]);
  const unmapped = glyphs.filter((g) => !g.cps.length);
  const order = [notdef, ...mapped, ...unmapped];
  if (order.length > 0xffff) fail(`merged font would have ${order.length} glyphs, more than 65535`);
  order.forEach((g, i) => (g.newId = i));
  for (const g of order) for (const c of g.components) g.bytes.writeUInt16BE(c.rec.newId, c.pos);

  // glyf + loca + hmtx, and the numbers for head/hhea/maxp
  const glyfParts = [];
  const loca = Buffer.alloc((order.length + 1) * 4);
  let off = 0;
  const widths = [];
  const lsbs = [];
  let xMin = 32767, yMin = 32767, xMax = -32768, yMax = -32768;
  let minLsb = 32767, minRsb = 32767, maxExtent = -32768, maxAdv = 0;
  let maxPoints = 0, maxContours = 0;
  order.forEach((g, i) => {
    loca.writeUInt32BE(off, i * 4);
    const b = g.bytes;
    const [adv, lsb] = g.slice.metric(g.gid);
    widths.push(adv);
    lsbs.push(lsb);
    maxAdv = Math.max(maxAdv, adv);
    if (b.length >= 10) {
      const nc = b.readInt16BE(0);
      const gx0 = b.readInt16BE(2), gy0 = b.readInt16BE(4), gx1 = b.readInt16BE(6), gy1 = b.readInt16BE(8);
      xMin = Math.min(xMin, gx0); yMin = Math.min(yMin, gy0); xMax = Math.max(xMax, gx1); yMax = Math.max(yMax, gy1);
      minLsb = Math.min(minLsb, lsb);
      minRsb = Math.min(minRsb, adv - (lsb + gx1 - gx0));
      maxExtent = Math.max(maxExtent, lsb + gx1 - gx0);
      if (nc > 0) {
        maxContours = Math.max(maxContours, nc);
        maxPoints = Math.max(maxPoints, b.readUInt16BE(10 + (nc - 1) * 2) + 1);
      }
    } else if (b.length !== 0) fail(`${g.slice.name}: glyph ${g.gid} is truncated`);
    const padded = (b.length + 3) & ~3;
    glyfParts.push(b, Buffer.alloc(padded - b.length));
    off += padded;
  });
  loca.writeUInt32BE(off, order.length * 4);
  const glyf = Buffer.concat(glyfParts);
  if (minLsb === 32767) fail('merged font has no outlines');

  let numH = order.length;
  while (numH > 1 && widths[numH - 1] === widths[numH - 2]) numH--;
  const hmtx = Buffer.alloc(numH * 4 + (order.length - numH) * 2);
  for (let i = 0; i < order.length; i++) {
    if (i < numH) {
      hmtx.writeUInt16BE(widths[i], i * 4);
      hmtx.writeInt16BE(lsbs[i], i * 4 + 2);
    } else hmtx.writeInt16BE(lsbs[i], numH * 4 + (i - numH) * 2);
  }

  const bt = base.tables;
  const head = Buffer.from(bt.get('head'));
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set at the end
  head.writeInt16BE(xMin, 36); head.writeInt16BE(yMin, 38); head.writeInt16BE(xMax, 40); head.writeInt16BE(yMax, 42);
  head.writeUInt16BE((head.readUInt16BE(44) & ~0x3) | (spec.bold ? 0x1 : 0), 44); // macStyle: bold, not italic
  head.writeInt16BE(1, 50); // long loca

  const hhea = Buffer.from(bt.get('hhea'));
  hhea.writeUInt16BE(maxAdv, 10);
  hhea.writeInt16BE(minLsb, 12);
  hhea.writeInt16BE(minRsb, 14);
  hhea.writeInt16BE(maxExtent, 16);
  hhea.writeUInt16BE(numH, 34);

  const maxp = Buffer.from(bt.get('maxp'));
  maxp.writeUInt16BE(order.length, 4);
  if (maxp.readUInt32BE(0) === 0x00010000) {
    for (const s of slices) {
      const m = s.tables.get('maxp');
      for (let p = 10; p < 32; p += 2) maxp.writeUInt16BE(Math.max(maxp.readUInt16BE(p), m.readUInt16BE(p)), p);
    }
    maxp.writeUInt16BE(maxPoints, 6);
    maxp.writeUInt16BE(maxContours, 8);
  }

  const os2 = Buffer.from(bt.get('OS/2'));
  const nonZero = widths.filter((w) => w > 0);
  os2.writeInt16BE(Math.round(nonZero.reduce((a, w) => a + w, 0) / nonZero.length), 2); // xAvgCharWidth
  os2.writeUInt16BE(spec.weight, 4);
  let fsSel = os2.readUInt16BE(62) & ~(0x1 | 0x20 | 0x40);
  os2.writeUInt16BE(fsSel | (spec.bold ? 0x20 : 0x40), 62);
  const cps = [...taken.keys()].sort((a, b) => a - b);
  os2.writeUInt16BE(Math.min(cps[0], 0xffff), 64);
  os2.writeUInt16BE(Math.min(cps[cps.length - 1], 0xffff), 66);
  for (const s of slices) {
    const o = s.tables.get('OS/2');
    for (const p of [42, 46, 50, 54]) os2.writeUInt32BE((os2.readUInt32BE(p) | o.readUInt32BE(p)) >>> 0, p);
    if (os2.readUInt16BE(0) >= 1 && o.readUInt16BE(0) >= 1) {
      for (const p of [78, 82]) os2.writeUInt32BE((os2.readUInt32BE(p) | o.readUInt32BE(p)) >>> 0, p);
    }
  }
  if (os2.readUInt16BE(0) >= 2) os2.writeUInt16BE(0, 92); // usMaxContext: no GSUB/GPOS any more

  const post = Buffer.alloc(32);
  bt.get('post').copy(post, 4, 4, 16); // italicAngle, underline position/thickness, isFixedPitch
  post.writeUInt32BE(0x00030000, 0);

  const cmapEntries = cps.map((cp) => [cp, taken.get(cp).newId]);
  const cmap = buildCmap(cmapEntries);

  const tables = {
    'OS/2': os2, cmap, glyf, head, hhea, hmtx, loca, maxp, name: buildName(base, spec), post,
  };
  if (bt.has('gasp')) tables.gasp = bt.get('gasp');
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (bt.has(tag)) tables[tag] = bt.get(tag);
  const font = buildSfnt(tables);
  verifyCmap(font, cmapEntries, spec.file);
  return { font, cps, glyphCount: order.length };
}

// ---------------------------------------------------------------- table writers

function buildCmap(entries) {
  // runs of consecutive code points mapped to consecutive glyph ids
  const runs = [];
  for (const [cp, g] of entries) {
    const r = runs[runs.length - 1];
    if (r && cp === r.end + 1 && g === r.gid + (cp - r.start)) r.end = cp;
    else runs.push({ start: cp, end: cp, gid: g });
  }
  // format 4: BMP runs as delta segments, as many as fit in 65535 bytes (in practice all of them)
  const bmpRuns = [];
  for (const r of runs) {
    if (r.start > 0xfffe) break;
    const end = Math.min(r.end, 0xfffe);
    if (16 + 8 * (bmpRuns.length + 2) > 0xffff) break;
    bmpRuns.push({ start: r.start, end, gid: r.gid });
  }
  const segCount = bmpRuns.length + 1;
  const f4 = Buffer.alloc(16 + 8 * segCount);
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 * 2 ** entrySelector;
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(0, 4);
  f4.writeUInt16BE(segCount * 2, 6);
  f4.writeUInt16BE(searchRange, 8);
  f4.writeUInt16BE(entrySelector, 10);
  f4.writeUInt16BE(segCount * 2 - searchRange, 12);
  const ends = 14, starts = 16 + segCount * 2, deltas = starts + segCount * 2; // idRangeOffsets stay 0
  bmpRuns.forEach((r, i) => {
    f4.writeUInt16BE(r.end, ends + i * 2);
    f4.writeUInt16BE(r.start, starts + i * 2);
    f4.writeUInt16BE((r.gid - r.start) & 0xffff, deltas + i * 2);
  });
  const last = segCount - 1;
  f4.writeUInt16BE(0xffff, ends + last * 2);
  f4.writeUInt16BE(0xffff, starts + last * 2);
  f4.writeUInt16BE(1, deltas + last * 2);

  const f12 = Buffer.alloc(16 + 12 * runs.length);
  f12.writeUInt16BE(12, 0);
  f12.writeUInt32BE(f12.length, 4);
  f12.writeUInt32BE(runs.length, 12);
  runs.forEach((r, i) => {
    f12.writeUInt32BE(r.start, 16 + i * 12);
    f12.writeUInt32BE(r.end, 20 + i * 12);
    f12.writeUInt32BE(r.gid, 24 + i * 12);
  });

  // (0,3) and (3,1) share the format 4 data, (0,4) and (3,10) the format 12 data
  const header = Buffer.alloc(4 + 4 * 8);
  header.writeUInt16BE(4, 2);
  const f4Off = header.length;
  const f12Off = f4Off + f4.length;
  [[0, 3, f4Off], [0, 4, f12Off], [3, 1, f4Off], [3, 10, f12Off]].forEach(([p, e, o], i) => {
    header.writeUInt16BE(p, 4 + i * 8);
    header.writeUInt16BE(e, 6 + i * 8);
    header.writeUInt32BE(o, 8 + i * 8);
  });
  return Buffer.concat([header, f4, f12]);
}

function readNames(nameTable) {
  const count = nameTable.readUInt16BE(2);
  const strOff = nameTable.readUInt16BE(4);
  const names = new Map();
  for (let i = 0; i < count; i++) {
    const p = 6 + i * 12;
    const [platform, encoding, language, id, len, off] = [0, 2, 4, 6, 8, 10].map((d) => nameTable.readUInt16BE(p + d));
    if (platform === 3 && encoding === 1 && language === 0x409) {
      names.set(id, nameTable.subarray(strOff + off, strOff + off + len).swap16().toString('utf16le'));
    }
  }
  return names;
}

function buildName(base, spec) {
  const src = readNames(Buffer.from(base.tables.get('name')));
  const version = src.get(5) || 'Version 1.000';
  const revision = (/Version\s+([0-9.]+)/.exec(version) || [])[1] || '1.000';
  const records = new Map([
    [1, FAMILY],
    [2, spec.style],
    [3, `${revision};${spec.ps};merged from ${PKG} WOFF slices`],
    [4, spec.full],
    [5, version],
    [6, spec.ps],
  ]);
  for (const id of [0, 7, 8, 9, 10, 11, 12, 13, 14]) if (src.has(id)) records.set(id, src.get(id));
  if (!records.has(0)) fail(`${base.name}: name table has no copyright record`);
  if (!records.has(13)) records.set(13, OFL_DESCRIPTION);
  const ids = [...records.keys()].sort((a, b) => a - b);
  const strings = ids.map((id) => Buffer.from(records.get(id), 'utf16le').swap16());
  const out = Buffer.alloc(6 + ids.length * 12);
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(ids.length, 2);
  out.writeUInt16BE(out.length, 4);
  let off = 0;
  ids.forEach((id, i) => {
    const p = 6 + i * 12;
    out.writeUInt16BE(3, p); // Windows
    out.writeUInt16BE(1, p + 2); // Unicode BMP
    out.writeUInt16BE(0x409, p + 4); // en-US
    out.writeUInt16BE(id, p + 6);
    out.writeUInt16BE(strings[i].length, p + 8);
    out.writeUInt16BE(off, p + 10);
    off += strings[i].length;
  });
  return Buffer.concat([out, ...strings]);
}

function checksum(buf) {
  let sum = 0;
  const n = buf.length & ~3;
  for (let i = 0; i < n; i += 4) sum = (sum + buf.readUInt32BE(i)) >>> 0;
  if (n < buf.length) {
    const tail = Buffer.alloc(4);
    buf.copy(tail, 0, n);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

function buildSfnt(tables) {
  const tags = Object.keys(tables).sort(); // byte order: uppercase tags (OS/2) first
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 16 * 2 ** entrySelector;
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - searchRange, 10);
  const parts = [header];
  let off = header.length;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const p = 12 + i * 16;
    header.write(tag, p, 'latin1');
    header.writeUInt32BE(checksum(data), p + 4);
    header.writeUInt32BE(off, p + 8);
    header.writeUInt32BE(data.length, p + 12);
    if (tag === 'head') headOffset = off;
    const padded = (data.length + 3) & ~3;
    parts.push(data, Buffer.alloc(padded - data.length));
    off += padded;
  });
  const font = Buffer.concat(parts);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

/** Reads the written font's cmap back and compares it with what was meant. */
function verifyCmap(font, entries, name) {
  const n = font.readUInt16BE(4);
  let cmap;
  for (let i = 0; i < n; i++) {
    const p = 12 + i * 16;
    if (font.toString('latin1', p, p + 4) === 'cmap') {
      const off = font.readUInt32BE(p + 8);
      cmap = font.subarray(off, off + font.readUInt32BE(p + 12));
    }
  }
  const f4 = new Map();
  const f12 = new Map();
  readFormat4(cmap, cmap.readUInt32BE(8), f4);
  readFormat12(cmap, cmap.readUInt32BE(16), f12);
  const bmp = entries.filter(([cp]) => cp <= 0xffff);
  if (f12.size !== entries.length || f4.size !== bmp.length) {
    fail(`${name}: cmap check failed (format 12 maps ${f12.size} of ${entries.length}, format 4 maps ${f4.size} of ${bmp.length})`);
  }
  for (const [cp, g] of entries) {
    if (f12.get(cp) !== g || (cp <= 0xffff && f4.get(cp) !== g)) fail(`${name}: cmap check failed at U+${cp.toString(16).toUpperCase()}`);
  }
}

// ---------------------------------------------------------------- coverage, files, stamp

function toRanges(sorted) {
  const ranges = [];
  for (const cp of sorted) {
    const r = ranges[ranges.length - 1];
    if (r && cp === r[1] + 1) r[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

function writeAtomic(file, data) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function sliceFiles(dir, weight) {
  const re = new RegExp(`^noto-sans-sc-(\\d+)-${weight}-normal\\.woff$`);
  const list = fs
    .readdirSync(dir)
    .map((f) => [f, re.exec(f)])
    .filter(([, m]) => m)
    .map(([f, m]) => ({ file: path.join(dir, f), name: f, n: Number(m[1]) }))
    .sort((a, b) => a.n - b.n);
  if (list.length === 0) fail(`no files/noto-sans-sc-<N>-${weight}-normal.woff in ${dir}`);
  return list;
}

function main() {
  const force = process.argv.includes('--force');
  let pkgJson;
  try {
    pkgJson = createRequire(import.meta.url).resolve(`${PKG}/package.json`);
  } catch {
    fail(`${PKG} is not installed (run npm install)`);
  }
  const pkgDir = path.dirname(pkgJson);
  const source = `${PKG}@${JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version}`;
  const scriptHash = createHash('sha256').update(fs.readFileSync(SCRIPT)).digest('hex').slice(0, 16);
  const outputs = [...WEIGHTS.map((w) => w.file), COVERAGE_FILE];
  const stampPath = path.join(OUT_DIR, STAMP_FILE);

  if (!force) {
    try {
      const stamp = JSON.parse(fs.readFileSync(stampPath, 'utf8'));
      const same =
        stamp.source === source &&
        stamp.script === scriptHash &&
        outputs.every((f) => {
          const st = fs.statSync(path.join(OUT_DIR, f));
          return st.size === stamp.files?.[f]?.size && st.mtimeMs === stamp.files?.[f]?.mtimeMs;
        });
      if (same) {
        console.log(`prepare-fonts: fonts/ up to date (${source}), nothing to do`);
        return;
      }
    } catch {
      // no stamp or missing output: build
    }
  }

  const filesDir = path.join(pkgDir, 'files');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const built = [];
  for (const spec of WEIGHTS) {
    const slices = sliceFiles(filesDir, spec.weight).map((s) => loadSlice(s.file, s.name));
    built.push({ spec, ...mergeWeight(slices, spec) });
  }

  const sets = built.map((b) => new Set(b.cps));
  const common = built[0].cps.filter((cp) => sets.every((s) => s.has(cp)));
  const missing = [...REQUIRED].filter((ch) => !sets.every((s) => s.has(ch.codePointAt(0))));
  if (missing.length) fail(`${source} lacks required characters: ${missing.join(' ')}`);

  const coverage = `{"source": ${JSON.stringify(source)}, "ranges": ${JSON.stringify(toRanges(common))}}\n`;
  const files = {};
  // Stamp first removed, then outputs, then the new stamp: an interruption never leaves a valid stamp over stale files.
  fs.rmSync(stampPath, { force: true });
  for (const b of built) {
    writeAtomic(path.join(OUT_DIR, b.spec.file), b.font);
  }
  writeAtomic(path.join(OUT_DIR, COVERAGE_FILE), coverage);
  for (const f of outputs) {
    const st = fs.statSync(path.join(OUT_DIR, f));
    files[f] = { size: st.size, mtimeMs: st.mtimeMs };
  }
  writeAtomic(stampPath, `${JSON.stringify({ source, script: scriptHash, files }, null, 2)}\n`);

  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  console.log(
    `prepare-fonts: built ${built.map((b) => `fonts/${b.spec.file} (${mb(b.font.length)}, ${b.glyphCount} glyphs)`).join(', ')} ` +
      `and fonts/coverage.json (${common.length} code points) from ${source} in ${(ms / 1000).toFixed(1)} s`,
  );
}

try {
  main();
} catch (e) {
  const msg = e instanceof FontError ? e.message : e?.stack || String(e);
  console.error(`prepare-fonts: failed: ${msg}`);
  process.exitCode = 1;
}

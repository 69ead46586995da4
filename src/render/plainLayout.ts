/**
 * fontkit's layout of plain text in a font with nothing to shape, read off the font's tables directly.
 *
 * pdfkit lays out every text through fontkit: script detection and glyph classes from Unicode tables (decoded when
 * first used, ~40 ms in a cold process), then each glyph's advance read through its outline's header. For a font
 * without GSUB, GPOS, kern or morx (the bundled fonts, scripts/prepare-fonts.mjs), that layout of a text whose
 * characters are neither marks nor default-ignorable nor variation selectors is: each character's glyph from the
 * cmap, positioned by its hmtx advance, in order. That is computed here, with the same glyph objects (the first made
 * for a glyph number is the one every later layout returns, as fontkit's own cache does), so pdfkit writes the same
 * glyphs, widths and unicode maps. Any other text, and any other font, goes to fontkit.
 */
import type { TrueTypeFont } from './trueType.js';
import { mapList } from '../mapList.js';

/** What a laid-out glyph carries for pdfkit: its number, the characters it stands for, its advance in font units. */
export interface PlainGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** A glyph position as pdfkit's layoutRun leaves it: fontkit's four fields scaled, then the scaled advance. */
export interface PlainPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface PlainRun {
  glyphs: PlainGlyph[];
  positions: PlainPosition[];
  advanceWidth: number;
}

/** The part of a fontkit font read here: its cache of glyph objects by number. */
export interface FontkitFontLike {
  _glyphs?: Record<number, PlainGlyph | undefined>;
}

/**
 * Code points fontkit lays out as plain glyphs: no mark (General Category M), no default-ignorable character, no
 * variation selector, no control or surrogate. Inclusive ranges, sorted; test/render/plainLayout.test.ts checks
 * each against Unicode's tables as fontkit reads them.
 */
export const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x00ac], // Latin-1 (U+00AD soft hyphen is ignorable)
  [0x00ae, 0x02ff], // Latin-1, Latin Extended, IPA, spacing modifiers
  [0x2010, 0x2027], // dashes, quotes, bullets
  [0x2030, 0x205e], // per mille, primes, punctuation
  [0x2070, 0x20bf], // super- and subscripts, currency
  [0x2100, 0x2bff], // letterlike, number forms, arrows, operators, technical, enclosed, shapes, symbols
  [0x3000, 0x3029], // CJK punctuation (U+302A–302F are tone marks)
  [0x3030, 0x303f],
  [0x3041, 0x3096], // kana (U+3099–309A are marks)
  [0x309b, 0x30ff],
  [0x3105, 0x312f], // bopomofo
  [0x3190, 0x31ff],
  [0x3200, 0x4dbf], // enclosed CJK, compatibility, Extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff01, 0xffbe], // fullwidth and halfwidth forms
  [0xffe0, 0xffee],
];

/** Whether every UTF-16 unit of `text` is a code point of PLAIN_RANGES (all are in the BMP). */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters of a Chinese report: one comparison.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (!isPlainCode(c)) return false;
  }
  return true;
}

// Indexed, not for-of with destructuring: that makes iterator objects in code V8 has not optimised yet, and this runs
// for each character of a cold build (1.2 of its 69 MB allocated).
function isPlainCode(c: number): boolean {
  for (let i = 0; i < PLAIN_RANGES.length; i++) {
    const range = PLAIN_RANGES[i];
    if (c < range[0]) return false;
    if (c <= range[1]) return true;
  }
  return false;
}

/** Tables whose presence means fontkit may change glyphs or positions (or read glyphs another way). */
const SHAPING_TABLES = ['GSUB', 'GPOS', 'kern', 'morx', 'fvar', 'CFF ', 'CFF2', 'sbix', 'COLR'];

/** A format 12 cmap subtable: its groups (start, end, first glyph; 12 bytes each), read where they lie. */
interface Groups {
  table: Buffer;
  /** Offset of the first group in `table`. */
  at: number;
  count: number;
}

/** The font's first Windows Unicode full-repertoire cmap (3, 10), as fontkit picks it, if it is format 12. */
function fullCmap(cmap: Buffer | undefined): Groups | undefined {
  if (!cmap) return undefined;
  const tables = cmap.readUInt16BE(2);
  for (let i = 0; i < tables; i++) {
    const rec = 4 + i * 8;
    if (cmap.readUInt16BE(rec) !== 3 || cmap.readUInt16BE(rec + 2) !== 10) continue;
    const at = cmap.readUInt32BE(rec + 4);
    if (cmap.readUInt16BE(at) !== 12) return undefined;
    return { table: cmap, at: at + 16, count: cmap.readUInt32BE(at + 12) };
  }
  return undefined;
}

const layouts = new WeakMap<object, PlainLayout>();

/** The plain layout registered for a fontkit font (see PlainLayout.register). */
export function plainLayoutOf(fontkitFont: object): PlainLayout | undefined {
  return layouts.get(fontkitFont);
}

/** A font's plain layouts: its cmap and advances, and the glyph objects handed out so far. */
export class PlainLayout {
  /** Glyph objects by number: the first made or seen for each number. */
  private readonly glyphs = new Map<number, PlainGlyph>();
  private readonly gids = new Map<number, number>();
  private spaceMade = false;

  private constructor(
    private readonly file: TrueTypeFont,
    private readonly fontkitFont: FontkitFontLike,
    private readonly cmap: Groups,
  ) {}

  /**
   * Lays out the text of `fontkitFont` (parsed from `file`) from here on, when fontkit could not lay out its text
   * otherwise: the font has no table that shapes, and a format 12 cmap.
   */
  static register(file: TrueTypeFont, fontkitFont: FontkitFontLike & object): PlainLayout | undefined {
    if (layouts.has(fontkitFont)) return layouts.get(fontkitFont);
    if (SHAPING_TABLES.some((t) => file.tables.has(t))) return undefined;
    const cmap = fullCmap(file.tables.get('cmap'));
    if (!cmap) return undefined;
    const layout = new PlainLayout(file, fontkitFont, cmap);
    layouts.set(fontkitFont, layout);
    return layout;
  }

  /** fontkit's format 12 lookup: a binary search of the groups, 0 when none holds the code point. */
  private gid(cp: number): number {
    let gid = this.gids.get(cp);
    if (gid !== undefined) return gid;
    const { table, at, count } = this.cmap;
    let min = 0;
    let max = count - 1;
    gid = 0;
    while (min <= max) {
      const mid = (min + max) >> 1;
      const group = at + mid * 12;
      const start = table.readUInt32BE(group);
      if (cp < start) max = mid - 1;
      else if (cp > table.readUInt32BE(group + 4)) min = mid + 1;
      else {
        gid = table.readUInt32BE(group + 8) + (cp - start);
        break;
      }
    }
    this.gids.set(cp, gid);
    return gid;
  }

  /** The glyph object for a number: the one handed out first, by this layout or by fontkit's. */
  private glyph(gid: number, cp: number): PlainGlyph {
    let g = this.glyphs.get(gid) ?? this.fontkitFont._glyphs?.[gid];
    if (!g) g = { id: gid, codePoints: [cp], advanceWidth: this.file.metrics(gid)[0] };
    this.glyphs.set(gid, g);
    return g;
  }

  /**
   * pdfkit's layoutRun of `text` (positions scaled by `scale`), or undefined when fontkit must lay it out: text
   * outside PLAIN_RANGES, or a glyph number the font does not have.
   */
  layout(text: string, scale: number): PlainRun | undefined {
    if (!isPlainText(text)) return undefined;
    const gids = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) {
      gids[i] = this.gid(text.charCodeAt(i));
      if (gids[i] >= this.file.numGlyphs) return undefined;
    }
    const glyphs = mapList(gids, (gid, i) => this.glyph(gid, text.charCodeAt(i)));
    const positions: PlainPosition[] = [];
    let advanceWidth = 0;
    // fontkit's layout of any text ends by looking up the space's glyph (to hide ignorables): that makes its object
    // if nothing made it before, with the space as its character.
    if (!this.spaceMade && glyphs.length) {
      this.glyph(this.gid(0x20), 0x20);
      this.spaceMade = true;
    }
    for (const g of glyphs) {
      // fontkit's advance in font units, scaled as pdfkit scales each field; its run width sums the scaled advances.
      const x = this.file.metrics(g.id)[0] * scale;
      positions.push({ xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: x });
      advanceWidth += x;
    }
    return { glyphs, positions, advanceWidth };
  }

  /**
   * After fontkit laid out a text itself: each glyph number keeps the object handed out first. fontkit made its own
   * for a number this layout handed out before, which it would not have with a single cache.
   */
  adopt(glyphs: PlainGlyph[]): void {
    for (let i = 0; i < glyphs.length; i++) {
      const first = this.glyphs.get(glyphs[i].id);
      if (first) glyphs[i] = first;
      else this.glyphs.set(glyphs[i].id, glyphs[i]);
    }
    // fontkit looked up the space's glyph too (see layout).
    if (glyphs.length && !this.spaceMade) {
      this.spaceMade = true;
      const space = this.fontkitFont._glyphs?.[this.gid(0x20)];
      if (space && !this.glyphs.has(space.id)) this.glyphs.set(space.id, space);
    }
  }
}

import { plainLayoutOf } from './plainLayout.js';
import { completeGlyphs } from './trueType.js';

/**
 * pdfkit's EmbeddedFont.layout and encode, for the text jixiao hands it. The layout stage gives pdfmake each line as
 * one run (textRuns.ts), and a Chinese line has no space: pdfkit's layout still walks it character by character
 * looking for spaces and tabs (a small array made and searched per character) before it takes the whole line from
 * its cache of word layouts. Such a text is looked up at once here; text with a space or a tab goes to pdfkit's own
 * code. encode keeps pdfkit's order of glyph numbering and its widths and unicode maps, and reuses the hex of each
 * glyph number. Same glyphs, same widths, same bytes (pdfkit 0.19.1's EmbeddedFont, read line by line).
 */

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Run {
  glyphs: Glyph[];
  positions: { advanceWidth: number }[];
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont, the parts read and replaced here. */
interface EmbeddedFontLike {
  font: { stream?: { buffer?: Uint8Array } };
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Glyph[] | null; positions: Run['positions'] | null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], Run['positions'] | null];
  subset: { includeGlyph(gid: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

const PATCHED = Symbol('jixiao.fontLayout');

/** The four hex digits pdfkit writes for a glyph number, made once per number. */
const hex: string[] = [];
function hex4(n: number): string {
  return (hex[n] ??= `0000${n.toString(16)}`.slice(-4));
}

/**
 * A cached run's advance width. fontkit's getter adds up the run's positions on every read, and the runs are
 * pdfkit's cached layouts, read again for every measurement of the same line; nothing changes their positions
 * (pdfkit copies a position before adding word spacing), so the sum is the same each time.
 */
const widths = new WeakMap<Run, number>();
function widthOf(run: Run): number {
  let width = widths.get(run);
  if (width === undefined) widths.set(run, (width = run.advanceWidth));
  return width;
}

/** Whether pdfkit lays `text` out as one cached run: no features, and no space or tab to cut it at. */
function oneRun(text: string, features: unknown): boolean {
  return !features && typeof text === 'string' && text.length > 0 && !text.includes(' ') && !text.includes('\t');
}

export function installFontLayout(proto: object): void {
  const font = proto as EmbeddedFontLike & { [PATCHED]?: true };
  if (font[PATCHED]) return;
  const layoutRun = font.layoutRun;
  // A text of plain characters in a font with nothing to shape is laid out from the font's tables (plainLayout.ts).
  font.layoutRun = function (this: EmbeddedFontLike, text, features) {
    const plain = plainLayoutOf(this.font);
    const run = plain && !features ? plain.layout(text, this.scale) : undefined;
    if (run) return run;
    // fontkit's own layout may read outlines (a mark's placement reads its base glyph's box).
    completeGlyphs(this.font.stream?.buffer);
    const laid = layoutRun.call(this, text, features);
    if (!plain) return laid;
    plain.adopt(laid.glyphs);
    return laid;
  };
  const layout = font.layout;
  font.layout = function (this: EmbeddedFontLike, text, features, onlyWidth) {
    if (!oneRun(text, features)) return layout.call(this, text, features, onlyWidth);
    // pdfkit's loop for a text without separators: one run, the whole text, its arrays copied.
    const run = this.layoutCached(text);
    return { glyphs: onlyWidth ? null : [].concat(run.glyphs as never), positions: onlyWidth ? null : [].concat(run.positions as never), advanceWidth: 0 + widthOf(run) };
  };
  font.encode = function (this: EmbeddedFontLike, text, features) {
    // A text of one run is encoded from the cached run itself, not from a copy of its arrays as layout returns: encode
    // and its callers only read them (drawRun; pdfkit's _fragment copies a position before changing it).
    const { glyphs, positions } = oneRun(text, features) ? this.layoutCached(text) : this.layout(text, features);
    const res: string[] = [];
    for (let i = 0; i < glyphs!.length; i++) {
      const glyph = glyphs![i];
      const gid = this.subset.includeGlyph(glyph.id);
      res.push(hex4(gid));
      // pdfkit's glyph.advanceWidth * scale, as layoutRun stored it with the position.
      if (this.widths[gid] == null) this.widths[gid] = positions![i].advanceWidth;
      if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
    }
    return [res, positions];
  };
  font[PATCHED] = true;
}

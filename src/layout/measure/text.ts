import { ADVANCES_BOLD, ADVANCES_REGULAR, ASCENDER, DESCENDER, MISSING_ADVANCE, UNITS_PER_EM } from './fontData.js';
import { splitWords } from './lineBreak.js';
import { mapList } from '../../mapList.js';

// Predicts how pdfmake 0.3 wraps a text node: the same words (lineBreak.ts), the same widths (the font's advances,
// no kerning: the bundled fonts have no GPOS), the same greedy line filling with hard wrap of over-long words.

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  /** pdfmake's lineHeight factor (1 by default). */
  lineHeight?: number;
  /** First-line indent in points (pdfmake's leadingIndent). */
  leadingIndent?: number;
  noWrap?: boolean;
}

/**
 * Advances by code point: BMP code points in an array (every one set), the others in a map of the listed ones.
 * Advances are font units from hmtx, whole numbers, so an Int32Array holds them exactly.
 */
interface Advances {
  bmp: Int32Array;
  astral: Map<number, number>;
}

function advanceTable(source: Record<number, string>): Advances {
  const bmp = new Int32Array(0x10000).fill(DEFAULT_ADVANCE);
  bmp.fill(MISSING_ADVANCE, 0, 0x20);
  const astral = new Map<number, number>();
  for (const [adv, cps] of Object.entries(source)) {
    for (const cp of cps.split(' ')) {
      const code = parseInt(cp, 16);
      if (code <= 0xffff) bmp[code] = Number(adv);
      else astral.set(code, Number(adv));
    }
  }
  return { bmp, astral };
}

// Built on first measure: check loads this module (the report stage imports it) but measures nothing.
let advances: { regular: Advances; bold: Advances } | undefined;
const DEFAULT_ADVANCE = 1000;

/** Width of `text` in font units, as fontkit sums the glyph advances (by code point; a lone surrogate is one). */
function units(text: string, bold: boolean): number {
  advances ??= { regular: advanceTable(ADVANCES_REGULAR), bold: advanceTable(ADVANCES_BOLD) };
  const { bmp, astral } = bold ? advances.bold : advances.regular;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp <= 0xffff) sum += bmp[cp];
    else {
      sum += astral.get(cp) ?? DEFAULT_ADVANCE;
      i++;
    }
  }
  return sum;
}

/** Width of `text` in points at the style's size. */
export function textWidth(text: string, style: TextStyle): number {
  return units(text, !!style.bold) * (style.fontSize / UNITS_PER_EM);
}

/** Height of one line: pdfkit's lineHeight (ascender − descender, no gap) times pdfmake's factor. */
export function lineHeight(style: TextStyle): number {
  return ((ASCENDER - DESCENDER) / UNITS_PER_EM) * style.fontSize * (style.lineHeight ?? 1);
}

interface Inline {
  text: string;
  width: number;
  leadingCut: number;
  trailingCut: number;
  lineEnd?: boolean;
}

/** Whether a UTF-16 unit is one that `\s` matches in a JavaScript regular expression. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function inline(text: string, style: TextStyle, lineEnd?: boolean): Inline {
  // Most words (a Chinese character) neither start nor end with a space: no regular expression runs for them.
  const leading = text.length && isSpaceUnit(text.charCodeAt(0)) ? /^(\s)+/.exec(text) : null;
  const trailing = text.length && isSpaceUnit(text.charCodeAt(text.length - 1)) ? /(\s)+$/.exec(text) : null;
  return {
    text,
    width: textWidth(text, style),
    leadingCut: leading ? textWidth(leading[0], style) : 0,
    trailingCut: trailing ? textWidth(trailing[0], style) : 0,
    ...(lineEnd ? { lineEnd } : {}),
  };
}

class Line {
  inlines: Inline[] = [];
  inlineWidths = 0;
  leadingCut = 0;
  trailingCut = 0;
  newLineForced = false;
  constructor(readonly maxWidth: number) {}

  add(i: Inline): void {
    if (this.inlines.length === 0) this.leadingCut = i.leadingCut;
    this.trailingCut = i.trailingCut;
    this.inlines.push(i);
    this.inlineWidths += i.width;
    if (i.lineEnd) this.newLineForced = true;
  }
  available(): number {
    return this.maxWidth - (this.inlineWidths - this.leadingCut - this.trailingCut);
  }
  fits(i: Inline): boolean {
    if (this.inlines.length === 0) return true;
    if (this.newLineForced) return false;
    return this.inlineWidths + i.width - this.leadingCut - i.trailingCut <= this.maxWidth;
  }
}

/** The longest prefix of `text` (at least one character) whose width is within `max`, found as pdfmake does. */
function maxFit(text: string, max: number, style: TextStyle): number {
  let lo = 1;
  let hi = text.length;
  let best = 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (textWidth(text.substring(0, mid), style) <= max) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** One line as pdfmake lays it out; `newline` when a newline in the text ended it. */
export interface TextLine {
  text: string;
  newline: boolean;
  /** The length (UTF-16 units) of each word pdfmake places on the line, in order: when asked for (wrapLines). */
  words?: number[];
}

/**
 * The lines pdfmake makes of `text` in a box `width` points wide; with `words`, each line says which words it holds
 * (a justified line is spread between them).
 */
export function wrapLines(text: string, style: TextStyle, width: number, o: { words?: boolean } = {}): TextLine[] {
  const words = style.noWrap ? [{ text }] : splitWords(text);
  const queue = mapList(words, (w) => inline(w.text, style, w.lineEnd));
  if (style.leadingIndent && queue.length) queue[0].leadingCut = -style.leadingIndent;
  const lines: TextLine[] = [];
  // The queue's front is queue[at]: taking words by index, not shift(), which moves the rest of a long text's words.
  let at = 0;
  while (at < queue.length) {
    const line = new Line(width);
    while (at < queue.length && line.fits(queue[at])) {
      const next = queue[at++];
      if (!style.noWrap && next.text.length > 1 && next.width > line.available()) {
        const n = maxFit(next.text, line.available(), style);
        if (n < next.text.length) {
          // pdfmake clones the word: both halves keep its cuts and line end; only text and width are new. The rest
          // goes back to the front of the queue.
          const rest = next.text.substring(n);
          queue[--at] = { ...next, text: rest, width: textWidth(rest, style) };
          next.text = next.text.substring(0, n);
          next.width = textWidth(next.text, style);
        }
      }
      line.add(next);
    }
    const texts = mapList(line.inlines, (i) => i.text);
    lines.push(o.words ? { text: texts.join(''), newline: line.newLineForced, words: mapList(texts, (t) => t.length) } : { text: texts.join(''), newline: line.newLineForced });
  }
  return lines;
}

/** Lines joined back into text (newlines restored), so that pdfmake wraps them again the same way. */
export function joinLines(lines: TextLine[]): string {
  return mapList(lines, (l, i) => (l.newline && i < lines.length - 1 ? `${l.text}\n` : l.text)).join('');
}

/**
 * The pdfmake node of text already broken into `lines`: each line is its own node that pdfmake does not break or
 * measure word by word again (noWrap: one inline per line). `first` is given to the first line (a paragraph's
 * leadingIndent). With `justify`, each line pdfmake would spread between its words (one with more than one word,
 * neither the last nor ended by a newline) carries its words' lengths as `justifiedWords`, and the render stage
 * spreads it as pdfmake does (src/render/justify.ts); the lines need their words (wrapLines with `words`).
 */
export function linesNode(lines: TextLine[], first?: Record<string, unknown>, justify = false): Record<string, unknown> {
  // A new object each time: callers add their own keys to it (a table cell's alignment).
  const nodes: Record<string, unknown>[] = mapList(lines, (l, k) =>
    justify && k < lines.length - 1 && !l.newline && l.words && l.words.length > 1 ? { text: l.text, noWrap: true, justifiedWords: l.words } : { text: l.text, noWrap: true });
  if (first && nodes.length) Object.assign(nodes[0], first);
  return nodes.length === 1 ? nodes[0] : { stack: nodes };
}

import { ADVANCES_BOLD, ADVANCES_REGULAR, ASCENDER, DESCENDER, MISSING_ADVANCE, UNITS_PER_EM } from './fontData.js';
import { wordBounds } from './lineBreak.js';
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

function advancesOf(bold: boolean): Advances {
  advances ??= { regular: advanceTable(ADVANCES_REGULAR), bold: advanceTable(ADVANCES_BOLD) };
  return bold ? advances.bold : advances.regular;
}

/**
 * Width of `text.slice(from, to)` in font units, as fontkit sums the glyph advances (by code point; a lone surrogate,
 * also one the slice's edge cuts from its pair, is one).
 */
function units(text: string, from: number, to: number, { bmp, astral }: Advances): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        sum += astral.get(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ?? DEFAULT_ADVANCE;
        i++;
        continue;
      }
    }
    sum += bmp[c];
  }
  return sum;
}

/** Width of `text` in points at the style's size. */
export function textWidth(text: string, style: TextStyle): number {
  return widthsIn(style)(text, 0, text.length);
}

/** Height of one line: pdfkit's lineHeight (ascender − descender, no gap) times pdfmake's factor. */
export function lineHeight(style: TextStyle): number {
  return ((ASCENDER - DESCENDER) / UNITS_PER_EM) * style.fontSize * (style.lineHeight ?? 1);
}

/** Whether a UTF-16 unit is one that `\s` matches in a JavaScript regular expression. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Width in points of a slice of a text at the style's size: textWidth of `text.slice(from, to)`, without making it. */
type SliceWidth = (text: string, from: number, to: number) => number;

function widthsIn(style: TextStyle): SliceWidth {
  const table = advancesOf(!!style.bold);
  const scale = style.fontSize / UNITS_PER_EM;
  return (text, from, to) => units(text, from, to, table) * scale;
}

// A word of the queue, as pdfmake's TextInlines measures it: where it is in the text, its width, the widths of the
// spaces at its start and end (a line's first and last word do not count them), and whether a newline ends it.
const [START, END, WIDTH, LEADING, TRAILING, LINE_END, STRIDE] = [0, 1, 2, 3, 4, 5, 6];

/** The words pdfmake breaks `text` into (one word when it does not wrap), measured, STRIDE numbers a word. */
function wordQueue(text: string, style: TextStyle, widthOf: SliceWidth): Float64Array {
  const bounds = style.noWrap ? [0, text.length, 0] : wordBounds(text);
  const queue = new Float64Array((bounds.length / 3) * STRIDE);
  for (let b = 0, at = 0; b < bounds.length; b += 3, at += STRIDE) {
    const start = bounds[b];
    const end = bounds[b + 1];
    queue[at + START] = start;
    queue[at + END] = end;
    queue[at + WIDTH] = widthOf(text, start, end);
    // Most words (a Chinese character) neither start nor end with a space.
    if (start < end && isSpaceUnit(text.charCodeAt(start))) queue[at + LEADING] = widthOf(text, start, spacesFrom(text, start, end));
    if (start < end && isSpaceUnit(text.charCodeAt(end - 1))) queue[at + TRAILING] = widthOf(text, spacesBefore(text, start, end), end);
    queue[at + LINE_END] = bounds[b + 2];
  }
  if (style.leadingIndent && queue.length) queue[LEADING] = -style.leadingIndent;
  return queue;
}

/** Where the spaces that start `text.slice(from, to)` end. */
function spacesFrom(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}

/** Where the spaces that end `text.slice(from, to)` start. */
function spacesBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The longest prefix of the word `text.slice(from, to)` (at least one character) whose width is within `max`, found as pdfmake does. */
function maxFit(text: string, from: number, to: number, max: number, widthOf: SliceWidth): number {
  let lo = 1;
  let hi = to - from;
  let best = 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (widthOf(text, from, from + mid) <= max) {
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
  const widthOf = widthsIn(style);
  const queue = wordQueue(text, style, widthOf);
  const lines: TextLine[] = [];
  let at = 0;
  while (at < queue.length) {
    // The line as pdfmake's Line keeps it: the widths of its words, the first one's leading cut, the last one's
    // trailing cut, and whether a newline ended it. Its words are adjacent in the text: only a newline is left out
    // of a word, and it ends the line.
    let count = 0;
    let widths = 0;
    let leadingCut = 0;
    let trailingCut = 0;
    let forced = false;
    const from = queue[at + START];
    let to = from;
    const words: number[] | undefined = o.words ? [] : undefined;
    while (at < queue.length) {
      if (count > 0 && (forced || !(widths + queue[at + WIDTH] - leadingCut - queue[at + TRAILING] <= width))) break;
      const start = queue[at + START];
      let end = queue[at + END];
      let wordWidth = queue[at + WIDTH];
      const available = width - (widths - leadingCut - trailingCut);
      let split = false;
      if (!style.noWrap && end - start > 1 && wordWidth > available) {
        const n = maxFit(text, start, end, available, widthOf);
        if (n < end - start) {
          // pdfmake clones the word: both halves keep its cuts and line end; only text and width are new. The rest
          // stays at the front of the queue.
          queue[at + START] = start + n;
          queue[at + WIDTH] = widthOf(text, start + n, end);
          end = start + n;
          wordWidth = widthOf(text, start, end);
          split = true;
        }
      }
      if (count === 0) leadingCut = queue[at + LEADING];
      trailingCut = queue[at + TRAILING];
      if (queue[at + LINE_END]) forced = true;
      widths += wordWidth;
      count++;
      to = end;
      words?.push(end - start);
      if (!split) at += STRIDE;
    }
    const line = text.slice(from, to);
    lines.push(words ? { text: line, newline: forced, words } : { text: line, newline: forced });
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

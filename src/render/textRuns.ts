/**
 * A faster text path for pdfmake's renderer. pdfmake breaks Chinese text into one inline per character and draws
 * each with its own pdfkit `text()` call: save, two transforms, colour, opacity, BT…ET, restore, ~110 bytes of
 * content per character. Here the inlines of a line that share font, size, colour, opacity and baseline are drawn
 * as one text object: their glyphs in one TJ array, with the gaps pdfmake left between them (justification) as TJ
 * offsets. Glyph positions are the same as pdfmake's; lines with links, outlines, page references or font features
 * go through pdfmake's own code.
 */

import { placeWords, spreadLine, type PlacedWord } from './justify.js';

/** The fields of a pdfmake inline this module reads. */
interface Inline {
  text: string;
  x: number;
  width: number;
  font: PdfkitFont;
  fontSize: number;
  color?: unknown;
  opacity?: number;
  sup?: boolean;
  sub?: boolean;
  characterSpacing?: number;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  _pageNodeRef?: unknown;
  background?: unknown;
  decoration?: unknown;
  justifiedWords?: number[];
}

export interface PdfkitFont {
  id: string;
  ascender: number;
  ref(): unknown;
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}

interface Line {
  inlines: Inline[];
  maxWidth: number;
  getHeight(): number;
  getAscenderHeight(): number;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  id?: unknown;
}

interface PdfkitDocument {
  page: { height: number; fonts: Record<string, unknown> };
  _font: unknown;
  opacity(o: number): void;
  fillColor(c: unknown): void;
  fontSize(s: number): void;
  resolveColor(c: unknown, fallback: string): unknown;
  addContent(s: string): void;
  text(text: string, x: number, y: number, options: Record<string, unknown>): void;
}

interface Decorator {
  drawBackground(line: Line, x: number, y: number): void;
  drawDecorations(line: Line, x: number, y: number): void;
}

interface RendererLike {
  pdfDocument: PdfkitDocument;
  renderLine(line: Line, x: number, y: number): void;
}

const PATCHED = Symbol('jixiao.textRuns');

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function special(i: Inline): boolean {
  return Boolean(i.link || i.linkToPage || i.linkToDestination || i._pageNodeRef || i.fontFeatures || i.characterSpacing);
}

/** pdfmake's superscript/subscript shift (Renderer.js offsetText). */
function baselineShift(i: Inline): number {
  return (i.sup ? -i.fontSize * 0.75 : 0) + (i.sub ? i.fontSize * 0.35 : 0);
}

/**
 * Draws `run` (x positions relative to `dx`) as one text object in the style of `first`; false when it cannot (glyph
 * offsets). `run` is the inlines of a line, or the words of a justified one (placeWords).
 */
function drawRun(doc: PdfkitDocument, first: Inline, run: readonly { text: string; x: number }[], top: number, dx: number): boolean {
  const size = first.fontSize;
  const parts: string[] = [];
  let cursor = run[0].x + dx;
  for (const inline of run) {
    const text = inline.text.replace(/\n/g, '');
    if (!text) continue;
    const [glyphs, positions] = first.font.encode(text);
    if (positions.some((p) => p.xOffset || p.yOffset)) return false;
    const gap = inline.x + dx - cursor;
    if (Math.abs(gap) > 1e-9) parts.push(num((-gap * 1000) / size));
    let hex = '';
    for (let g = 0; g < glyphs.length; g++) {
      hex += glyphs[g];
      const kern = positions[g].xAdvance - positions[g].advanceWidth;
      if (kern !== 0) {
        parts.push(`<${hex}>`, num(-kern));
        hex = '';
      }
    }
    if (hex) parts.push(`<${hex}>`);
    cursor = inline.x + dx + (positions.reduce((w, p) => w + p.xAdvance, 0) * size) / 1000;
  }
  if (!parts.length) return true;
  doc.opacity(typeof first.opacity === 'number' ? first.opacity : 1);
  doc.fillColor(doc.resolveColor(first.color, 'black'));
  doc.page.fonts[first.font.id] ??= first.font.ref();
  const y = doc.page.height - top - (first.font.ascender / 1000) * size;
  // Same operators as pdfkit's _fragment: flip back to PDF coordinates, one text object, restore.
  doc.addContent(`q\n1 0 0 -1 0 ${num(doc.page.height)} cm\nBT\n1 0 0 1 ${num(run[0].x + dx)} ${num(y)} Tm\n/${first.font.id} ${num(size)} Tf\n[${parts.join(' ')}] TJ\nET\nQ`);
  return true;
}

/** pdfkit's own path, as pdfmake uses it, for a run drawRun cannot write (glyphs with offsets). */
function drawInlines(doc: PdfkitDocument, run: Inline[], top: number, dx: number): void {
  for (const inline of run) {
    doc.opacity(typeof inline.opacity === 'number' ? inline.opacity : 1);
    doc.fillColor(doc.resolveColor(inline.color, 'black'));
    doc._font = inline.font;
    doc.fontSize(inline.fontSize);
    doc.text(inline.text, inline.x + dx, top, { lineBreak: false, textWidth: inline.width, wordCount: 1 });
  }
}

/** A line pdfmake's own renderLine draws: an outline entry, a page reference, an id, or an inline special() names. */
function pdfmakeDraws(line: Line): boolean {
  return Boolean(line._outline || line._pageNodeRef || line.id || line.inlines.some(special));
}

/** Where an inline's text starts: the line's bottom less the inline's ascent and the line's descent, then its baseline shift. */
function inlineTop(i: Inline, lineBottom: number, descent: number): number {
  return lineBottom - (i.font.ascender / 1000) * i.fontSize - descent + baselineShift(i);
}

function sameRun(a: Inline, b: Inline, topA: number, topB: number): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity && topA === topB;
}

/** Replaces pdfmake's Renderer.prototype.renderLine (once per process). */
export function installTextRuns(Renderer: { prototype: RendererLike }, TextDecorator: new (doc: PdfkitDocument) => Decorator): void {
  const proto = Renderer.prototype as RendererLike & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto.renderLine;
  proto.renderLine = function renderLine(this: RendererLike, line: Line, x = 0, y = 0) {
    // A justified line (justify.ts) is drawn from its words' places, unless pdfmake's own code draws it.
    // Asked once: the spread line's words carry the whole line's style, so pdfmake would draw it too.
    const pdfmakeOwn = pdfmakeDraws(line);
    let words: PlacedWord[] | undefined;
    const whole = line.inlines.length === 1 && line.inlines[0].justifiedWords ? line.inlines[0] : undefined;
    if (whole && (pdfmakeOwn || whole.background || whole.decoration)) line = spreadLine(line);
    else if (whole) words = placeWords(whole, line.maxWidth);
    if (pdfmakeOwn) return original.call(this, line, x, y);
    const doc = this.pdfDocument;
    x = x || 0;
    y = y || 0;
    const lineHeight = line.getHeight();
    const descent = lineHeight - line.getAscenderHeight();
    const decorator = new TextDecorator(doc);
    decorator.drawBackground(line, x, y);
    const flush = (run: Inline[], runTop: number) => {
      if (words ? !drawRun(doc, run[0], words, runTop, x) : !drawRun(doc, run[0], run, runTop, x)) drawInlines(doc, words ? spreadLine(line).inlines : run, runTop, x);
    };
    let run: Inline[] = [];
    let runTop = 0;
    for (const inline of line.inlines) {
      const t = inlineTop(inline, y + lineHeight, descent);
      if (run.length && !sameRun(run[0], inline, runTop, t)) {
        flush(run, runTop);
        run = [];
      }
      if (!run.length) runTop = t;
      run.push(inline);
    }
    if (run.length) flush(run, runTop);
    decorator.drawDecorations(line, x, y);
  };
  proto[PATCHED] = true;
}

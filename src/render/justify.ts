import { mapList } from '../mapList.js';
/**
 * Justified lines, spread when they are drawn. The layout stage breaks a justified paragraph into lines itself and
 * hands each to pdfmake as one run (a line leaf), so pdfmake measures and places one inline per line instead of one
 * per character; the line carries the lengths of the words pdfmake would have placed (`justifiedWords`). Here the
 * line is cut back into those words and each is placed with pdfmake's own arithmetic (Line.addInline, then
 * ElementWriter.alignLine for 'justify'), so that the words land where pdfmake would have put them, to the bit.
 */

/** The fields of a pdfmake inline read here. */
export interface JustifiableInline {
  text: string;
  leadingCut?: number;
  trailingCut?: number;
  fontSize: number;
  characterSpacing?: number;
  fontFeatures?: unknown;
  font: { widthOfString(text: string, size: number, features?: unknown): number };
  justifiedWords?: number[];
}

/** A pdfmake Line, the parts read here. */
export interface JustifiableLine<I extends JustifiableInline> {
  inlines: I[];
  /** The width the line was filled to: the context's available width, which alignLine spreads it to. */
  maxWidth: number;
}

/** A word of a justified line where pdfmake places it; `justifyShift` as pdfmake sets it (not on the first word). */
export interface PlacedWord {
  text: string;
  x: number;
  width: number;
  justifyShift?: number;
}

/** The words of `whole` (one line, its words' lengths in justifiedWords), placed across `width`. */
export function placeWords(whole: JustifiableInline, width: number): PlacedWord[] {
  // TextInlines.widthOfText, in the style the whole line was measured in (its words share it).
  const widthOf = (text: string) => whole.font.widthOfString(text, whole.fontSize, whole.fontFeatures) + (whole.characterSpacing || 0) * (text.length - 1);
  // The line's cuts are its first word's leading and its last word's trailing ones: a line's leading (trailing)
  // spaces all belong to its first (last) word, as no word boundary falls between two spaces.
  const leadingCut = whole.leadingCut || 0;
  const trailingCut = whole.trailingCut || 0;
  const words: PlacedWord[] = [];
  let inlineWidths = 0;
  let at = 0;
  for (const length of whole.justifiedWords!) {
    const text = whole.text.slice(at, at + length);
    at += length;
    const w = widthOf(text);
    words.push({ text, x: inlineWidths - leadingCut, width: w, justifyShift: undefined });
    inlineWidths += w;
  }
  const additionalSpacing = (width - (inlineWidths - leadingCut - trailingCut)) / (words.length - 1);
  for (let i = 1; i < words.length; i++) {
    words[i].x += i * additionalSpacing;
    words[i].justifyShift = additionalSpacing;
  }
  return words;
}

/**
 * The line as pdfmake would have laid it out word by word: a copy of `line` whose inlines are the words, each with
 * the whole line's style, for the code that draws them as pdfmake does (links, decorations, glyph offsets).
 */
export function spreadLine<I extends JustifiableInline, L extends JustifiableLine<I>>(line: L): L {
  const whole = line.inlines[0];
  const words = placeWords(whole, line.maxWidth);
  const last = words.length - 1;
  const spread = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as L, line);
  spread.inlines = mapList(words, (w, i) => ({ ...whole, ...w, leadingCut: i === 0 ? whole.leadingCut : 0, trailingCut: i === last ? whole.trailingCut : 0, justifiedWords: undefined }));
  return spread;
}

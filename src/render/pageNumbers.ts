import type { PdfkitPage } from './engine.js';
import { NewObject } from './pdfObjects.js';
import type { PdfkitFont } from './textRuns.js';

/**
 * Page numbers are not part of pdfmake's layout: one rendering serves the combined file (numbered through) and
 * each separate file (numbered from 1), so each page gets one small footer stream per numbering. A footer is drawn
 * in PDF coordinates after a Q that closes the q the page's contents are wrapped in (see `wrapStart`), so it does
 * not depend on the graphics state the page's own drawing leaves behind.
 */
export interface FooterStyle {
  fontSize: number;
  /** Distance from the page's bottom edge to the top of the footer line, in points. */
  top: number;
}

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** Encodes `text` with the document's font (adding its glyphs to the embedded subset) and returns the stream. */
export function footerStream(page: PdfkitPage, font: PdfkitFont, text: string, style: FooterStyle): NewObject {
  const [glyphs, positions] = font.encode(text);
  page.fonts[font.id] ??= font.ref();
  const width = (positions.reduce((w, p) => w + p.xAdvance, 0) * style.fontSize) / 1000;
  const x = (page.width - width) / 2;
  const baseline = style.top - (font.ascender / 1000) * style.fontSize;
  const ops = `Q\nBT\n1 0 0 1 ${num(x)} ${num(baseline)} Tm\n/${font.id} ${num(style.fontSize)} Tf\n[<${glyphs.join('')}>] TJ\nET\n`;
  return new NewObject({}, Buffer.from(ops, 'latin1'));
}

/** The stream that opens every page's contents: saves the initial graphics state for the footer. */
export function wrapStart(): NewObject {
  return new NewObject({}, Buffer.from('q\n', 'latin1'));
}

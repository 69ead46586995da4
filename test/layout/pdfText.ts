import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  /** Left, right, top and bottom of the text, in points from the page's top left corner. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** The text in the order it is drawn (a table cell's lines together). */
  text: string;
  items: TextItem[];
}

/**
 * Every page of a PDF read back with pdf.js: its size, its text and where each piece of text lies.
 * One pass over the file (pdftotext takes about 40 ms a page on these fonts; pdf.js a third of that).
 */
export async function readPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const it of content.items) {
      if (!('str' in it)) continue;
      text += it.str + (it.hasEOL ? '\n' : '');
      if (!it.str.trim()) continue;
      const [size, , , , x, y] = it.transform as number[];
      items.push({ str: it.str, left: x, right: x + it.width, top: height - y - size, bottom: height - y });
    }
    pages.push({ width, height, text, items });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/**
 * Whether `value` is in `text` in order, perhaps cut into pieces by what a page break puts between them
 * (page number, 续表 mark, repeated header rows). Pieces shorter than `minPiece` characters do not count,
 * except a value that is short as a whole, which must be there in one piece.
 */
export function containsInPieces(text: string, value: string, minPiece = 12): boolean {
  let from = 0;
  let rest = value;
  while (rest.length) {
    if (rest.length <= minPiece) return text.indexOf(rest, from) >= 0;
    let lo = minPiece;
    let hi = rest.length;
    let best = -1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const i = text.indexOf(rest.slice(0, mid), from);
      if (i >= 0) {
        best = mid;
        at = i;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return false;
    from = at + best;
    rest = rest.slice(best);
  }
  return true;
}

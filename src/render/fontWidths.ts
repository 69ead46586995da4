import { mapList } from '../mapList.js';
/**
 * pdfkit writes a CID font's widths as one list, `[0 [w0 w1 w2 …]]`. Most glyphs of a Chinese report are 1000
 * units wide, so runs of equal widths are written as `first last width` instead (PDF 32000 §9.7.4.3): the same
 * widths, about 3 KB less per font.
 */
export function compactWidths(widths: number[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let i = 0;
  let list: number[] = [];
  let listStart = 0;
  const flushList = () => {
    if (list.length) out.push(listStart, list);
    list = [];
  };
  while (i < widths.length) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (j - i >= 2) {
      flushList();
      out.push(i, j, widths[i]);
    } else {
      if (!list.length) listStart = i;
      for (let k = i; k <= j; k++) list.push(widths[k]);
    }
    i = j + 1;
  }
  flushList();
  return out;
}

/** Rewrites the W entry of every CID font among `objects` (pdfkit's `[0 widths]` form only). */
export function compactFontWidths(objects: Iterable<{ data: Record<string, unknown> }>): void {
  for (const ref of objects) {
    const w = ref.data.W;
    if (ref.data.Type !== 'Font' || !Array.isArray(w) || w.length !== 2 || w[0] !== 0 || !Array.isArray(w[1])) continue;
    const widths = mapList(w[1] as unknown[], (x) => (typeof x === 'number' ? x : 0));
    ref.data.W = compactWidths(widths);
  }
}

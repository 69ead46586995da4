import { objectDict, pageObjects, readIndex, refsIn } from '../../src/sign/pdfFile.js';

/**
 * Offset of a byte inside the first page's own content stream of a signed jixiao PDF. The signed file starts with
 * the file as built (up to its first %%EOF), whose cross-reference table finds the page and its streams; a page's
 * Contents are [graphics-state wrapper, the page's drawing, footer], and the drawing is the one to change.
 */
export function pageContentByte(signed: Buffer): number {
  const built = signed.subarray(0, signed.indexOf('%%EOF\n') + '%%EOF\n'.length);
  const index = readIndex(built);
  const page = pageObjects(built, index)[0];
  const contents = refsIn(objectDict(built, index, page), 'Contents');
  const start = built.indexOf('stream\n', index.offsets.get(contents[1])!) + 'stream\n'.length;
  const end = built.indexOf('\nendstream', start);
  return start + Math.floor((end - start) / 2);
}

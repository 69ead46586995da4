/**
 * East Asian wide characters (Unicode's East Asian Width W and F, approximately): CJK radicals to Yi, Hangul
 * syllables, CJK compatibility ideographs, vertical and small forms, full-width forms, pictographs and emoji, and
 * the supplementary ideographs. Not the replacement character U+FFFD, which a message puts for a control character.
 */
const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * The columns a text takes where a wide character (汉字, full-width punctuation) takes two: in a terminal, and in
 * Excel's column widths, measured in widths of "0".
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/** Whether a character takes two columns. */
export const isWide = (ch: string): boolean => WIDE.test(ch);

import { lineHeight } from './measure/text.js';
import { contentHeight, contentWidth, type Styles } from './styles.js';

/**
 * Characters one narrative page holds: a line of full-width characters (one em each) times the lines of a page.
 * The densest text of the report set: a form's cells hold less per page, so an estimate from this errs low.
 */
export function charsPerPage(styles: Styles): number {
  const s = styles.narrative;
  const perLine = Math.floor(contentWidth(styles, 'narrative') / s.bodySize);
  const lines = Math.floor(contentHeight(styles, 'narrative') / lineHeight({ fontSize: s.bodySize, lineHeight: s.lineHeight }));
  return perLine * lines;
}

/** Pages a report set takes at least, from its documents (a page each) and its characters, before any layout. */
export function estimatePages(documents: number, textChars: number, styles: Styles): number {
  return documents + Math.ceil(textChars / charsPerPage(styles));
}

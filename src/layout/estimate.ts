import { lineHeight } from './measure/text.js';
import { hunanProfile } from '../forms/hunan2022.js';
import { contentHeight, contentWidth, type Orientation, type Styles } from './styles.js';
import { mapList } from '../mapList.js';

/** Text columns of a form are this share of the page's width at the narrowest (三级指标, 指标值 …). */
const NARROWEST_COLUMN = 1 / 8;

/**
 * Characters one narrative page holds: a line of full-width characters (one em each) times the lines of a page.
 * The densest text of the report set.
 */
export function charsPerPage(styles: Styles): number {
  const s = styles.narrative;
  const perLine = Math.floor(contentWidth(styles, styles.orientation.narrative) / s.bodySize);
  const lines = Math.floor(contentHeight(styles, styles.orientation.narrative) / lineHeight({ fontSize: s.bodySize, lineHeight: s.lineHeight }));
  return perLine * lines;
}

/**
 * Characters a form page holds in its narrowest text column: a text there runs down page after page, so the forms'
 * text is counted at this density (an estimate that errs high for wide columns, never low). Of the set's forms, the
 * page that holds the fewest, whatever the forms are named.
 */
export function formCharsPerPage(styles: Styles): number {
  return Math.min(...mapList(Object.values(hunanProfile().forms), (form) => charsPerFormPage(styles, form.orientation)));
}

function charsPerFormPage(styles: Styles, orientation: Orientation): number {
  const t = styles.tables;
  const width = contentWidth(styles, orientation) * NARROWEST_COLUMN - 2 * t.cellPadding;
  const perLine = Math.max(1, Math.floor(width / t.cellSize));
  const lines = Math.floor(contentHeight(styles, orientation) / lineHeight({ fontSize: t.cellSize }));
  return perLine * lines;
}

/**
 * A form cell's first characters sit beside its row's other cells, as dense as the narrative; past this many, the
 * text runs on alone down its column, page after page.
 */
export const FORM_CELL_CHARS = 200;

/**
 * Pages a report set takes as estimated before any layout: a page per document; then its text, as dense as the
 * narrative, except the part of a form cell's text past FORM_CELL_CHARS, counted at its narrow column's density.
 */
export function estimatePages(documents: number, text: { dense: number; narrow: number }, styles: Styles): number {
  return documents + Math.ceil(text.dense / charsPerPage(styles)) + Math.ceil(text.narrow / formCharsPerPage(styles));
}

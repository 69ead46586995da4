/** What the layout stage says when it cannot go on. */
export const LAYOUT_MESSAGES = {
  rowTooTall: '表格的一行放不进一页',
} as const;

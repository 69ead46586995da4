import type { Styles } from '../layout/styles.js';

/**
 * The styles to try for a form that should fit one page (templates/styles.yaml `fit.<name>`), largest first: the
 * form's own, then smaller title and captions, then smaller type in half points with less padding, down to the
 * set minimums. Without such an entry, only the form's own.
 */
export function fitStyles(styles: Styles, name: string): Styles[] {
  const fit = styles.fit?.[name as keyof NonNullable<Styles['fit']>];
  if (!fit?.onePage) return [styles];
  const t = styles.tables;
  const smaller = { ...t, captionSize: Math.min(t.captionSize, fit.minCaptionSize), titleSize: Math.min(t.titleSize, fit.minTitleSize) };
  const out = [styles, { ...styles, tables: smaller }];
  const paddings = [...new Set([Math.min(t.cellPadding, 2), fit.minCellPadding])].filter((p) => p <= t.cellPadding);
  for (let size = t.cellSize; size >= fit.minCellSize; size -= 0.5) {
    for (const cellPadding of paddings) out.push({ ...styles, tables: { ...smaller, cellSize: size, cellPadding } });
  }
  return out;
}

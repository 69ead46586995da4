import { joinLines } from '../measure/text.js';
import { cellLines, tableLineHeight } from './geometry.js';
import type { Cell, Row, TableStyle } from './model.js';
import { mapList } from '../../mapList.js';

/**
 * A row too tall for the room left, cut after the lines that fit in `maxContent` points: the head keeps the first
 * lines of every cell, the tail the rest. Merged labels that fit are repeated whole in the tail, so that the label
 * is there again on the next page. Null when not even one line fits, or when every cell fits whole.
 */
export function splitRow(r: Row, widths: number[], s: TableStyle, maxContent: number): [Row, Row] | null {
  const fit = Math.floor((maxContent + 1e-6) / tableLineHeight(s));
  if (fit < 1) return null;
  let cut = false;
  const halves = mapList(r, (cell, col): [Cell | null, Cell | null] => {
    if (!cell) return [null, null];
    const lines = cellLines(cell, widths, col, s);
    if (fit >= lines.length) return cell.merge ? [cell, cell] : [cell, { ...cell, text: '' }];
    cut = true;
    return [
      { ...cell, text: joinLines(lines.slice(0, fit)), top: true },
      { ...cell, text: joinLines(lines.slice(fit)), top: true },
    ];
  });
  return cut ? [mapList(halves, (h) => h[0]), mapList(halves, (h) => h[1])] : null;
}

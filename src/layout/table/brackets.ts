import { wrapLines } from '../measure/text.js';
import { cellWidth, textStyle } from './geometry.js';
import type { Cell, Row, TableSpec, TableStyle } from './model.js';

/** A label ending in a bracketed note: "绩效指标（90分）", "项目资金（万元）". */
const TRAILING_NOTE = /^([^\n]+?)([（(][^（）()\n]+[）)])$/;

/**
 * A label or a merged group cell that wraps keeps its closing note whole on a line of its own ("绩效指标" / "（90分）") instead of breaking
 * inside it ("绩效指标（90" / "分）"), where that takes no more lines. Labels that fit, or whose words before the note
 * do not fit on one line, print as before.
 */
export function notesWhole(spec: TableSpec, s: TableStyle): TableSpec {
  const replaced = new Map<Cell, Cell>();
  const [header, body] = [mended(spec.header, spec, s, replaced), mended(spec.body, spec, s, replaced)];
  return [...replaced].some(([a, b]) => a !== b) ? { ...spec, header, body } : spec;
}

/** The rows with their labels' notes whole, each cell worked out once (`replaced`: a merged cell is in several rows). */
function mended(rows: Row[], spec: TableSpec, s: TableStyle, replaced: Map<Cell, Cell>): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const cells: Row = [];
    for (let col = 0; col < r.length; col++) {
      const cell = r[col];
      // Labels and merged group cells ("产出指标（50分）"); a cell of running text wraps as it falls.
      if (!cell || !(cell.bold || cell.merge !== undefined) || cell.noWrap) {
        cells.push(cell);
        continue;
      }
      let whole = replaced.get(cell);
      if (!whole) replaced.set(cell, (whole = withNoteWhole(cell, cellWidth(spec.widths, col, cell.colSpan ?? 1, s, cell.indent), s)));
      cells.push(whole);
    }
    out.push(cells);
  }
  return out;
}

/** A label's words and its closing note ("绩效指标", "（90分）"), or undefined when it has none. */
export function trailingNote(text: string): [string, string] | undefined {
  const m = TRAILING_NOTE.exec(text);
  return m ? [m[1], m[2]] : undefined;
}

function withNoteWhole(cell: Cell, width: number, s: TableStyle): Cell {
  const parts = trailingNote(cell.text);
  if (!parts) return cell;
  const [words, note] = parts;
  const style = textStyle(cell, s);
  const lines = wrapLines(cell.text, style, width);
  if (lines.length < 2 || lines.some((l) => l.text.endsWith(note))) return cell;
  // Two lines at most: the words on one, the note on the other, and never more lines than before.
  const fits = wrapLines(words, style, width).length === 1 && wrapLines(note, style, width).length === 1;
  return fits ? { ...cell, text: `${words}\n${note}` } : cell;
}

import { describe, expect, it } from 'vitest';
import { TableMeasure, place, rowHeights, tableHeight, type Placed } from '../../../src/layout/table/geometry.js';
import { row, type Cell, type Row, type TableStyle } from '../../../src/layout/table/model.js';
import { fitWidths } from '../../../src/layout/table/widths.js';
import { rng } from '../../helpers/random.js';
import { randomText } from '../randomText.js';

const style: TableStyle = { fontSize: 10.5, padding: 3, rule: 0.6 };
const widths = fitWidths([22, 50, 50, 200, 26], 442.2, style, [21.5]);

/**
 * Rows like the indicator tables': labels merged down runs of rows (short and long runs; with `blocks` false, one
 * label down every row), a text column, spans.
 */
function rows(random: () => number, count: number, blocks = true): Row[] {
  const out: Row[] = [];
  let group = 0;
  let block = 0;
  for (let i = 0; i < count; i++) {
    if (random() < 0.3) group++;
    if (blocks && random() < 0.1) block++;
    const text = (n: number): Cell => ({ text: randomText(random, n) });
    if (random() < 0.08) out.push(row({ ...text(30), colSpan: 4 }, { text: String(i), noWrap: true }));
    else
      out.push(
        row(
          { ...text(random() < 0.2 ? 90 : 6), merge: `b${block}` },
          { ...text(random() < 0.3 ? 60 : 8), merge: `g${group}` },
          text(random() < 0.5 ? 10 : 40),
          text(Math.floor(random() * 200)),
          { text: String(i), noWrap: true },
        ),
      );
  }
  return out;
}

describe('TableMeasure', () => {
  it('gives what tableHeight gives, to the last bit, as a paginator asks: one row more, a new page, a row cut, rows taken back, either top rule', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const header = rows(random, 1 + Math.floor(random() * 2));
      const body = rows(random, 40, seed % 2 === 0);
      const measure = new TableMeasure(widths, style);
      let chunk: Row[] = [];
      let topRule = true;
      let asked = 0;
      for (const r of body) {
        const choice = random();
        if (choice < 0.1) {
          chunk = [];
          topRule = random() < 0.5;
        } else if (choice < 0.2 && chunk.length) {
          // A cut row: a new object in the last place, its cells new too.
          chunk = [...chunk.slice(0, -1), chunk[chunk.length - 1].map((c) => (c ? { ...c, text: c.text.slice(0, 3) } : null))];
        } else if (choice < 0.3 && chunk.length) {
          // Rows taken back (the same row objects, fewer of them): merges that ran into them must end above.
          chunk = chunk.slice(0, -1 - Math.floor(random() * Math.min(3, chunk.length)));
          const fewer = [...header, ...chunk];
          expect(measure.height(fewer, topRule), `seed ${seed}, back to ${chunk.length} rows`).toBe(tableHeight(fewer, { widths }, style, topRule));
        }
        chunk = [...chunk, r];
        const table = [...header, ...chunk];
        expect(measure.height(table, topRule), `seed ${seed}, ${chunk.length} rows`).toBe(tableHeight(table, { widths }, style, topRule));
        // What the paginator hands to tableNode: the same cells, spans and row heights as placing the table anew.
        const placed = place(table);
        const plain = (p: Placed) => ({ cell: p.cell, row: p.row, col: p.col, rowSpan: p.rowSpan, colSpan: p.colSpan });
        const measured = measure.measured();
        expect(measured.placed.map((r) => r.map(plain)), `seed ${seed}, ${chunk.length} rows`).toEqual(placed.map((r) => r.map(plain)));
        expect(measured.heights).toEqual(rowHeights(placed, widths, style));
        asked++;
      }
      expect(asked).toBe(body.length);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { row, type Cell, type Row, type TableStyle } from '../../../src/layout/table/model.js';
import { balanceAfresh, balanceWidths, fitWidths } from '../../../src/layout/table/widths.js';
import { rng } from '../../helpers/random.js';
import { randomText } from '../randomText.js';

const style: TableStyle = { fontSize: 10.5, padding: 3, rule: 0.6 };
const COLUMNS = [1, 2, 3];

/** A list's rows: a merged label, three text columns of mixed lengths (some merged), a number. */
function rows(random: () => number, count: number): Row[] {
  const out: Row[] = [];
  let group = 0;
  for (let i = 0; i < count; i++) {
    if (random() < 0.3) group++;
    const text = (n: number): Cell => ({ text: randomText(random, n) });
    out.push(row({ ...text(6), merge: `b${group}` }, { ...text(random() < 0.3 ? 40 : 8), merge: `g${group}` }, text(random() < 0.5 ? 10 : 50), text(Math.floor(random() * 120)), { text: String(i), noWrap: true }));
  }
  return out;
}

interface Table {
  widths: number[];
  rows: Row[];
  columns: number[];
  style: TableStyle;
  minimums: number[];
}

type Balance = typeof balanceWidths;

const copy = (rs: Row[]): Row[] => rs.map((r) => r.map((c) => (c ? { ...c } : c)));

/** Each a change to one thing the balance reads; a key that left it out would answer with the unchanged table's widths. */
const CHANGES: Record<string, (t: Table, random: () => number) => Table> = {
  text: (t, random) => {
    const rs = copy(t.rows);
    const r = rs[Math.floor(random() * rs.length)];
    r[2] = { ...r[2]!, text: randomText(random, 150) };
    return { ...t, rows: rs };
  },
  bold: (t) => ({ ...t, rows: copy(t.rows).map((r) => r.map((c, col) => (c && col === 3 ? { ...c, bold: !c.bold } : c))) }),
  merge: (t) => ({ ...t, rows: copy(t.rows).map((r, i) => r.map((c, col) => (c && col === 1 ? { ...c, merge: `own${i}` } : c))) }),
  indent: (t) => ({ ...t, rows: copy(t.rows).map((r) => r.map((c, col) => (c && col === 2 ? { ...c, indent: 24 } : c))) }),
  whole: (t) => ({ ...t, rows: copy(t.rows).map((r) => r.map((c, col) => (c && col === 2 ? { ...c, whole: true } : c))) }),
  minimum: (t) => ({ ...t, minimums: t.minimums.map((m, col) => (col === 3 ? t.widths[3] : m)) }),
  start: (t) => ({ ...t, widths: t.widths.map((w, col) => (col === 2 ? w + 40 : col === 3 ? w - 40 : w)) }),
  columns: (t) => ({ ...t, columns: [2, 3] }),
  fontSize: (t) => ({ ...t, style: { ...t.style, fontSize: 12 } }),
};

describe('balanceWidths', () => {
  it('answers a table it balanced before with the same widths, and a changed one as the search itself does', () => {
    const changed = Object.fromEntries(Object.keys(CHANGES).map((k) => [k, 0]));
    for (let seed = 1; seed <= 6; seed++) {
      const random = rng(seed);
      const rs = rows(random, 6 + Math.floor(random() * 8));
      const minimums = [21.5, 0, 0, 0, 20];
      const table: Table = { widths: fitWidths([22, 60, 60, 200, 26], 442.2, style, minimums), rows: rs, columns: COLUMNS, style, minimums };
      const run = (b: Balance, t: Table) => b(t.widths, t.rows, t.columns, t.style, t.minimums);
      const first = run(balanceWidths, table);
      expect(first, `seed ${seed}`).toEqual(run(balanceAfresh, table));
      expect(run(balanceWidths, { ...table, rows: copy(rs) }), `seed ${seed}: the same table again`).toEqual(first);
      for (const [name, change] of Object.entries(CHANGES)) {
        const other = change(table, random);
        const got = run(balanceWidths, other);
        expect(got, `seed ${seed}: ${name}`).toEqual(run(balanceAfresh, other));
        if (JSON.stringify(got) !== JSON.stringify(first)) changed[name]++;
      }
    }
    // Every change moves the widths of some tables: a key without it would have been caught above.
    for (const [name, n] of Object.entries(changed)) expect(n, name).toBeGreaterThan(0);
  }, 60_000);

  it('hands out its own copy: changing the widths returned does not change the next answer', () => {
    const rs = rows(rng(3), 12);
    const start = fitWidths([22, 60, 60, 200, 26], 442.2, style, [21.5]);
    const a = balanceWidths(start, rs, COLUMNS, style, [21.5]);
    const kept = [...a];
    a[1] += 100;
    expect(balanceWidths(start, rs, COLUMNS, style, [21.5])).toEqual(kept);
  });
});

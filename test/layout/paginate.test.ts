import { describe, expect, it } from 'vitest';
import { unbroken } from '../helpers/unbroken.js';
import type { BlockItem, FlowItem } from '../../src/layout/flow/items.js';
import { paginate } from '../../src/layout/flow/paginate.js';
import { loadStyles, type Node } from '../../src/layout/index.js';
import { lineHeight } from '../../src/layout/measure/text.js';
import { row, type Cell, type Row, type TableSpec, type TableStyle } from '../../src/layout/table/model.js';
import { fitWidths, noWrapMinimums } from '../../src/layout/table/widths.js';
import { layOut } from './pdfmakeLayout.js';
import { rng } from '../helpers/random.js';
import { randomText } from './randomText.js';

const styles = loadStyles();
const style: TableStyle = { fontSize: 10.5, padding: 3, rule: 0.6 };
const PAGE = 637.8;
const continued: BlockItem = { kind: 'block', height: lineHeight({ fontSize: 12 }) + 4, make: () => ({ text: '续表', fontSize: 12, alignment: 'right', margin: [0, 0, 0, 4] }) };
const trailer: BlockItem = { kind: 'block', height: 40, keepWithPrevious: true, make: () => ({ text: '填表人：张三', fontSize: 12, margin: [0, 22.6, 0, 0] }) };

/** A table like the indicator block: a label merged down every row, two merged groups, a text column. */
function table(rows: number, text: (i: number) => string): TableSpec {
  const label: Cell = { text: '部门整体支出年度绩效指标', bold: true, merge: 'block' };
  const header = [row(label, { text: '一级指标', bold: true }, { text: '二级指标', bold: true }, { text: '三级指标', bold: true }, { text: '分值', bold: true })];
  const body: Row[] = Array.from({ length: rows }, (_, i) =>
    row(label, { text: `一级${Math.floor(i / 12)}`, merge: `1:${Math.floor(i / 12)}` }, { text: `二级${Math.floor(i / 4)}`, merge: `2:${Math.floor(i / 4)}` }, { text: text(i) }, { text: String(i), noWrap: true }),
  );
  body.push(row({ text: '分值', colSpan: 4 }, { text: '100', noWrap: true }));
  return { widths: fitWidths([22, 50, 50, 200, 26], 442.2, style, [21.5]), header, body, keepLast: 2 };
}

/** The content split where pages begin. */
function pages(content: Node[]): Node[][] {
  const out: Node[][] = [];
  for (const n of content) {
    if (!out.length || (n as { pageBreak?: string }).pageBreak === 'before') out.push([]);
    out[out.length - 1].push(n);
  }
  return out;
}

type TableNode = { table: { body: { text?: string; rowSpan?: number }[][] } };
const tables = (nodes: Node[]) => unbroken(nodes).filter((n): n is TableNode => !!(n as TableNode).table);

function plan(items: FlowItem[]) {
  return paginate(items, { height: PAGE, continued });
}

describe('paginate', () => {
  it('cuts a long table between rows: every page has the 续表 mark and the header rows again', async () => {
    const spec = table(60, (i) => `三级指标${i}：${'很长的指标名称'.repeat(i % 5)}`);
    const p = plan([{ kind: 'table', spec, style }, trailer]);
    const split = pages(p.content);
    expect(split.length).toBe(p.pages);
    expect(p.pages).toBeGreaterThan(2);
    split.forEach((nodes, i) => {
      if (i > 0) expect((nodes[0] as { text: string }).text).toBe('续表');
      for (const t of tables(nodes)) expect(t.table.body[0].map((c) => c.text)).toEqual(['部门整体支出年度绩效指标', '一级指标', '二级指标', '三级指标', '分值']);
    });
    // Every row is on exactly one page.
    const printed = split.flatMap((nodes) => tables(nodes).flatMap((t) => t.table.body.slice(1).map((r) => r[3].text)));
    expect(printed).toEqual([...spec.body.slice(0, -1).map((r) => r[3]!.text), undefined]);
    const laid = await layOut({ content: p.content, orientation: 'portrait' }, styles);
    expect(laid).toMatchObject({ pages: p.pages, tablesAcrossPages: [] });
  });

  it('merges labels page by page: a group cut by a page break has its label on both pages', () => {
    const spec = table(60, (i) => `指标${i}${'文字'.repeat(20)}`);
    const split = pages(plan([{ kind: 'table', spec, style }]).content);
    for (const nodes of split.slice(1)) {
      const first = tables(nodes)[0].table.body[1];
      expect(first[1].text).toMatch(/^一级\d+$/);
      expect(first[2].text).toMatch(/^二级\d+$/);
      // The block label spans the header and every row of the page, down to the total row where there is one.
      const body = tables(nodes)[0].table.body;
      expect(body[0][0].rowSpan).toBe(body.at(-1)![0].text === '分值' ? body.length - 1 : body.length);
    }
  });

  it('keeps what follows the table on the page of its last rows, never alone', () => {
    for (let rows = 20; rows < 60; rows += 3) {
      const p = plan([{ kind: 'table', spec: table(rows, (i) => `指标${i}${'文字'.repeat(i % 9)}`), style }, trailer]);
      const last = pages(p.content).at(-1)!;
      expect(tables(last).length, `${rows} rows`).toBe(1);
      expect(tables(last)[0].table.body.length, `${rows} rows`).toBeGreaterThanOrEqual(3);
    }
  });

  it('cuts a row taller than a page line by line, losing no text, and pdfmake agrees', async () => {
    const random = rng(3);
    const long = randomText(random, 6000);
    const spec = table(8, (i) => (i === 3 ? long : `指标${i}`));
    const p = plan([{ kind: 'table', spec, style }, trailer]);
    const cells = pages(p.content).flatMap((nodes) => tables(nodes).flatMap((t) => t.table.body.slice(1).map((r) => r[3]?.text ?? '')));
    expect(cells.join('').replace(/\s/g, '')).toContain(long.replace(/\s/g, ''));
    expect(p.pages).toBeGreaterThan(3);
    const laid = await layOut({ content: p.content, orientation: 'portrait' }, styles);
    expect(laid).toMatchObject({ pages: p.pages, tablesAcrossPages: [] });
  });

  it('never leaves a heading at the foot of a page: it goes over with the start of its text', async () => {
    const lh = lineHeight({ fontSize: 16, lineHeight: 1.25 });
    const make = (part: { text: string; marginTop: number; marginBottom: number }) => ({ text: part.text, fontSize: 16, lineHeight: 1.25, margin: [0, part.marginTop, 0, part.marginBottom] });
    const para = (text: string, keepWithNext = false): FlowItem => ({ kind: 'text', text, style: { fontSize: 16, lineHeight: 1.25 }, width: 442.2, marginTop: 0, marginBottom: 0, make, keepWithNext });
    const perPage = Math.floor(PAGE / lh);
    for (const filler of [perPage - 3, perPage - 2, perPage - 1]) {
      const items = [para('正文'.repeat(13 * filler)), para('一、标题', true), para('（一）小标题', true), para('正文'.repeat(60))];
      const p = plan(items);
      const laid = await layOut({ content: p.content, orientation: 'portrait' }, styles);
      expect(laid.pages).toBe(p.pages);
      // Both headings start on the page where the text under them starts.
      expect(new Set(laid.firstPages.slice(1)).size, `${filler} lines before`).toBe(1);
    }
  });

  it('runs paragraphs over pages as pdfmake does, and moves a closing along with the last lines', async () => {
    const make = (part: { text: string; marginTop: number; marginBottom: number }) => ({ text: part.text, fontSize: 16, lineHeight: 1.25, margin: [0, part.marginTop, 0, part.marginBottom] });
    const para = (text: string): FlowItem => ({ kind: 'text', text, style: { fontSize: 16, lineHeight: 1.25 }, width: 442.2, marginTop: 0, marginBottom: 0, make });
    const closing: BlockItem = { kind: 'block', height: 3 * lineHeight({ fontSize: 16, lineHeight: 1.25 }), keepWithPrevious: true, make: () => ({ text: '单位\n日期\n', fontSize: 16, lineHeight: 1.25 }) };
    for (const chars of [400, 520, 560, 600, 1500]) {
      const p = plan([para('正文'.repeat(chars / 2)), para('结尾一段'.repeat(20)), closing]);
      const last = pages(p.content).at(-1)!;
      expect(last.length, `${chars}`).toBeGreaterThan(1);
      const laid = await layOut({ content: p.content, orientation: 'portrait' }, styles);
      expect(laid.pages, `${chars}`).toBe(p.pages);
    }
  });
});

describe('column widths', () => {
  it('give numbers the room they need, taken from the text columns', () => {
    const rows = [row({ text: '名称' }, { text: '1234567.89', noWrap: true }, { text: '100.00%', noWrap: true })];
    const widths = fitWidths([300, 10, 10], 442.2, style, noWrapMinimums(rows, 3, style));
    expect(widths[1]).toBeGreaterThanOrEqual(55.4);
    expect(widths[2]).toBeGreaterThanOrEqual(41.7);
    expect(widths.reduce((a, b) => a + b, 0) + 3 * 6.6 + 0.6).toBeLessThanOrEqual(442.2);
  });
});

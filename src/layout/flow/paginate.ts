import { TableMeasure, cellHeight, padBottom, padTop, tableHeight, tableLineHeight } from '../table/geometry.js';
import type { Row } from '../table/model.js';
import { splitRow } from '../table/split.js';
import { tableNode } from '../table/toNode.js';
import type { Node } from '../types.js';
import { splitText, textLineHeight, textLines, type BlockItem, type FlowItem, type TableItem, type TextItem } from './items.js';
import { LAYOUT_MESSAGES } from '../messages.js';
import { mapList } from '../../mapList.js';

// Lays a document out page by page before pdfmake does, with the same arithmetic, and cuts it where pdfmake would
// have to: tables between rows (header rows and a 续表 mark repeated, merged cells merged again on each page),
// over-tall rows line by line, paragraphs line by line. Each page that starts with a table starts with an explicit
// page break, so pdfmake never breaks a table itself (its rowSpans break wrongly across pages).

const EPS = 0.01;

export interface PageSpec {
  /** Height of the content area in points. */
  height: number;
  /** The mark at the top of a page where a table goes on (续表). */
  continued: BlockItem;
}

export interface Pagination {
  content: Node[];
  /** Pages the document takes, as planned (pdfmake must agree: tests check it). */
  pages: number;
}

export function paginate(items: FlowItem[], page: PageSpec): Pagination {
  return new Paginator(page).run(items);
}

interface Page {
  nodes: Node[];
  /** Started by a page break of ours (not by pdfmake running a paragraph over). */
  explicit: boolean;
  /** Holds something besides the 续表 mark. */
  used: boolean;
}

class Paginator {
  private pages: Page[] = [{ nodes: [], explicit: true, used: false }];
  private y = 0;
  /** The last thing on the page is a table (a table right below shares its top rule). */
  private afterTable = false;

  constructor(private readonly page: PageSpec) {}

  run(items: FlowItem[]): Pagination {
    items.forEach((item, i) => {
      const next = items[i + 1];
      const after = () => this.startHeight(items, i + 1);
      if (item.kind === 'pageBreak') this.newPage(false);
      else if (item.kind === 'block') this.block(item, after);
      else if (item.kind === 'text') this.text(item, next, after);
      else this.table(item, next?.kind === 'block' && next.keepWithPrevious ? next.height : 0);
    });
    const content = this.pages.flatMap((p, i) =>
      i > 0 && p.explicit && p.nodes.length ? [{ ...(p.nodes[0] as object), pageBreak: 'before' }, ...p.nodes.slice(1)] : p.nodes,
    );
    return { content, pages: this.pages.length };
  }

  private get current(): Page {
    return this.pages[this.pages.length - 1];
  }

  private get room(): number {
    return this.page.height - this.y;
  }

  private push(node: Node, height: number, isTable = false): void {
    this.current.nodes.push(node);
    this.current.used = true;
    this.y += height;
    this.afterTable = isTable;
  }

  private newPage(continued: boolean): void {
    if (!this.current.used) return;
    this.pages.push({ nodes: [], explicit: true, used: false });
    this.y = 0;
    this.afterTable = false;
    if (continued) {
      this.current.nodes.push(this.page.continued.make());
      this.y = this.page.continued.height;
    }
  }

  /**
   * Height the items from `i` on need on this page to keep the ones before with them: whole items as long as they
   * keep with the next (a heading before a heading), then the first lines or the first row of the next.
   */
  private startHeight(items: FlowItem[], i: number): number {
    const next = items[i];
    if (!next || next.kind === 'pageBreak') return 0;
    const keeps = next.kind !== 'table' && next.keepWithNext;
    if (next.kind === 'block') return next.height + (keeps ? this.startHeight(items, i + 1) : 0);
    if (next.kind === 'text') {
      const lines = textLines(next).length;
      if (keeps) return next.marginTop + lines * textLineHeight(next) + next.marginBottom + this.startHeight(items, i + 1);
      return next.marginTop + Math.min(2, lines) * textLineHeight(next);
    }
    return tableHeight([...next.spec.header, next.spec.body[0]], next.spec, next.style, !this.afterTable);
  }

  private block(item: BlockItem, after: () => number): void {
    const need = item.height + (item.keepWithNext ? after() : 0);
    if (need > this.room + EPS) this.newPage(false);
    this.push(item.make(), item.height);
  }

  private text(item: TextItem, next: FlowItem | undefined, after: () => number): void {
    const n = textLines(item).length;
    const lh = textLineHeight(item);
    if (item.keepWithNext && item.marginTop + n * lh + item.marginBottom + after() > this.room + EPS) this.newPage(false);
    if (next?.kind === 'block' && next.keepWithPrevious && this.flowText(item, true) + next.height > this.page.height + EPS) {
      // What must follow the paragraph (a closing, a seal) would be left alone: its last two lines go along.
      if (n > 2) {
        const [head, tail] = splitText(item, n - 2);
        this.flowText(head, false);
        this.newPage(false);
        this.flowText(tail, false);
        return;
      }
      this.newPage(false);
    }
    this.flowText(item, false);
  }

  /** A paragraph, left for pdfmake to run over pages line by line and tracked the same way; returns where it ends. */
  private flowText(item: TextItem, dryRun: boolean): number {
    const lh = textLineHeight(item);
    let lines = textLines(item).length;
    let y = this.y + item.marginTop;
    if (!dryRun) this.push(item.make(item), 0);
    while (lines > 0) {
      const fit = Math.max(y === 0 ? 1 : 0, Math.floor((this.page.height - y + EPS) / lh));
      if (fit >= lines) {
        y += lines * lh;
        break;
      }
      lines -= fit;
      y = 0;
      if (!dryRun) this.pages.push({ nodes: [], explicit: false, used: true });
    }
    y += item.marginBottom;
    if (!dryRun) this.y = y;
    return y;
  }

  private table(item: TableItem, reserveAfter: number): void {
    const { spec, style } = item;
    const queue = [...spec.body];
    const keepLast = Math.min(spec.keepLast ?? 1, queue.length);
    // What follows the table (the signatures) goes on the page of its last rows, when it is small enough to.
    let reserve = reserveAfter <= this.page.height / 2 ? reserveAfter : 0;
    const freshRoom = this.page.height - this.page.continued.height;
    let chunk: Row[] = [];
    let stuck = 0;
    // Asked again and again with one row more: the rows measured before keep their heights.
    const placing: Placing = { measure: new TableMeasure(spec.widths, style), header: spec.header, topRule: !this.afterTable };
    const flush = () => {
      if (chunk.length) {
        // Measured last, so that the measure holds these rows' placing and heights for the node.
        const h = bodyHeight(placing, chunk);
        this.push(tableNode([...placing.header, ...chunk], spec.widths, style, placing.topRule, placing.measure.measured()), h, true);
      }
      chunk = [];
    };
    const turn = () => {
      // Turning pages without placing anything: give up keeping the signatures with the rows before failing.
      if (!chunk.length && ++stuck > 2) {
        if (!reserve) throw new Error(LAYOUT_MESSAGES.rowTooTall);
        reserve = 0;
      }
      flush();
      this.newPage(true);
      placing.topRule = !this.afterTable;
    };
    while (queue.length) {
      if (queue.length === keepLast && keepLast > 1 && reserve > 0) {
        // The last rows go together, with what follows them.
        if (this.fits(placing, [...chunk, ...queue], reserve)) {
          chunk.push(...queue.splice(0));
          break;
        }
        if (tableHeight([...spec.header, ...queue], spec, style) + reserve <= freshRoom + EPS && (chunk.length || this.current.used)) {
          turn();
          continue;
        }
      }
      const r = queue[0];
      const after = queue.length === 1 ? reserve : 0;
      if (this.fits(placing, [...chunk, r], after)) {
        chunk.push(queue.shift()!);
        stuck = 0;
        continue;
      }
      if (tableHeight([...spec.header, r], spec, style) + after > freshRoom + EPS) {
        // Taller than a page (or, the last row, than a page with the signatures under it): it is cut, its head
        // filling the room left here (the last row leaves two lines at least to go with the signatures).
        const cap = after ? Math.max(...mapList(r, (c, col) => (c ? cellHeight(c, spec.widths, col, style) : 0))) - 2 * tableLineHeight(style) : Infinity;
        const parts = this.cut(r, chunk, item, placing, cap);
        if (parts) {
          chunk.push(parts[0]);
          queue[0] = parts[1];
          stuck = 0;
        }
      }
      turn();
    }
    flush();
  }

  private fits(placing: Placing, body: Row[], extra: number): boolean {
    return bodyHeight(placing, body) + extra <= this.room + EPS;
  }

  /** The over-tall row `r` cut so that its head fills the room left below `chunk` (at most `cap`); null if it cannot be. */
  private cut(r: Row, chunk: Row[], item: TableItem, placing: Placing, cap = Infinity): [Row, Row] | null {
    const { spec, style } = item;
    const lh = tableLineHeight(style);
    // Start from all the room below the rows already here (merged labels may make the header alone look taller),
    // and take off what overflows until the head fits.
    let room = Math.min(cap, this.room - (chunk.length ? bodyHeight(placing, chunk) : style.rule) - padTop(style) - padBottom(style) - style.rule);
    // Only long cells are cut: the row's cells under half a page must fit whole in the head.
    const whole = mapList(r, (cell, col) => (cell ? cellHeight(cell, spec.widths, col, style) : 0)).filter((h) => h <= this.page.height / 2);
    const least = Math.max(lh, ...whole);
    while (room >= least) {
      const parts = splitRow(r, spec.widths, style, room);
      const over = bodyHeight(placing, [...chunk, parts ? parts[0] : r]) - this.room;
      if (!parts && over <= EPS) return null;
      if (over <= EPS) return parts;
      room -= Math.max(lh / 2, over);
    }
    return null;
  }
}

/**
 * A table's rows being placed on a page: measured with the heights of the rows measured before, under a rule when
 * they open the page. A plain object and a function of the module, not closures made per table, so that V8's
 * optimised code for them is kept from one table (and one document) to the next.
 */
interface Placing {
  measure: TableMeasure;
  header: Row[];
  topRule: boolean;
}

function bodyHeight(placing: Placing, body: Row[]): number {
  return placing.measure.height([...placing.header, ...body], placing.topRule);
}

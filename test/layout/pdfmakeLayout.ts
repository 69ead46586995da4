import pdfmake from 'pdfmake';
import { pageMargins, type DocumentLayout, type Styles } from '../../src/layout/index.js';
import { fontFiles, fontsDir } from '../../src/node/resources.js';

let ready = false;

function setUp(): void {
  if (ready) return;
  pdfmake.setFonts({ NotoSansSC: fontFiles() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir()));
  ready = true;
}

export interface LaidOut {
  /** Pages pdfmake made. */
  pages: number;
  /** Tables pdfmake ran over more than one page, by the pages they touch. */
  tablesAcrossPages: number[][];
  /** The page each top-level node starts on. */
  firstPages: number[];
}

type Positioned = { positions?: { pageNumber: number }[]; table?: { body: unknown[][] }; stack?: unknown[]; columns?: unknown[] };

/** A document laid out by pdfmake alone (no PDF kept): where its nodes landed, read back from the nodes. */
export async function layOut(doc: Pick<DocumentLayout, 'content' | 'orientation'>, styles: Styles): Promise<LaidOut> {
  setUp();
  const dd = { pageSize: 'A4', pageOrientation: doc.orientation, pageMargins: pageMargins(styles), defaultStyle: { font: 'NotoSansSC', fontSize: 12 }, content: fresh(doc.content) };
  await pdfmake.createPdf(dd).getBuffer();
  let pages = 0;
  const tablesAcrossPages: number[][] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const node = n as Positioned;
    const onPages = new Set((node.positions ?? []).map((p) => p.pageNumber));
    for (const p of onPages) pages = Math.max(pages, p);
    if (node.table && onPages.size > 1) tablesAcrossPages.push([...onPages]);
    walk(node.stack);
    walk(node.columns);
    if (node.table) node.table.body.forEach(walk);
  };
  walk(dd.content);
  const firstPages = (dd.content as Positioned[]).map((n) => firstPage(n));
  return { pages, tablesAcrossPages, firstPages };
}

/** The first page a node (or anything inside it) was laid out on. */
function firstPage(n: unknown): number {
  if (!n || typeof n !== 'object') return Infinity;
  if (Array.isArray(n)) return Math.min(Infinity, ...n.map(firstPage));
  const node = n as Positioned;
  const own = node.positions?.length ? node.positions[0].pageNumber : Infinity;
  return Math.min(own, firstPage(node.stack), firstPage(node.columns), node.table ? firstPage(node.table.body) : Infinity);
}

/** A copy of plain objects and arrays (pdfmake writes into the nodes it lays out); functions are shared. */
function fresh<T>(value: T): T {
  if (Array.isArray(value)) return value.map(fresh) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fresh(v)])) as T;
  return value;
}

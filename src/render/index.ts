import pdfmake from 'pdfmake';
import type { DocumentLayout, Node, Styles } from '../layout/index.js';
import { pageMargins } from '../layout/index.js';
import { FONT_FAMILY, fontFiles, fontsDir } from './fonts.js';

/** What the PDF's metadata says, all from the input so that the same input gives the same bytes. */
export interface DocumentMeta {
  author: string;
  subject: string;
  keywords: string;
  /** ISO date (the report's date): never the clock. */
  date: string;
  producer: string;
}

export interface RenderOptions {
  styles: Styles;
  meta: DocumentMeta;
  /** e.g. "— {{page}} —" already compiled to a function of the page number. */
  pageNumber: (page: number, pages: number) => string;
  draftMark?: string;
}

export interface RenderedDocument {
  layout: { kind: string; title: string; fileName: string };
  bytes: Buffer;
  pages: number;
}

let fontsReady = false;

/** A deep copy of plain objects and arrays; functions, Dates and Buffers are shared (pdfmake does not mutate those). */
function fresh<T>(value: T): T {
  if (Array.isArray(value)) return value.map(fresh) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fresh(v);
    return out as T;
  }
  return value;
}

function setUp(): void {
  if (fontsReady) return;
  const dir = fontsDir();
  pdfmake.setFonts({ [FONT_FAMILY]: fontFiles() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(dir));
  fontsReady = true;
}

function definition(title: string, parts: { orientation: string; content: Node[] }[], o: RenderOptions, count: { pages: number }): Record<string, unknown> {
  const content: Node[] = parts.map((p, i) => ({
    stack: p.content,
    ...(i > 0 ? { pageBreak: 'before', pageOrientation: p.orientation } : {}),
  }));
  return {
    version: '1.7',
    subset: 'PDF/A-2b',
    pageSize: o.styles.page.size,
    pageOrientation: parts[0].orientation,
    pageMargins: pageMargins(o.styles),
    info: {
      title,
      author: o.meta.author,
      subject: o.meta.subject,
      keywords: o.meta.keywords,
      creator: o.meta.producer,
      producer: o.meta.producer,
      creationDate: new Date(`${o.meta.date}T00:00:00Z`),
      modDate: new Date(`${o.meta.date}T00:00:00Z`),
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 12 },
    footer: (page: number, pages: number) => {
      count.pages = pages;
      return { text: o.pageNumber(page, pages), alignment: 'center', fontSize: o.styles.page.footerFontSize, margin: [0, 20, 0, 0] };
    },
    ...(o.draftMark ? { watermark: { text: o.draftMark, opacity: 0.12, bold: true, angle: -45, fontSize: 120 } } : {}),
    content,
  };
}

async function renderParts(title: string, parts: { orientation: string; content: Node[] }[], o: RenderOptions): Promise<{ bytes: Buffer; pages: number }> {
  setUp();
  const count = { pages: 0 };
  // pdfmake mutates what it lays out: each call gets a definition of its own, never shared nodes.
  const dd = fresh(definition(title, parts, o, count)) as Record<string, unknown>;
  const bytes = await pdfmake.createPdf(dd).getBuffer();
  return { bytes, pages: count.pages };
}

/** Renders each document alone, then all of them as one combined PDF (continuous page numbers). */
export async function renderDocuments(docs: DocumentLayout[], combinedTitle: string, combinedFileName: string, o: RenderOptions): Promise<RenderedDocument[]> {
  const out: RenderedDocument[] = [];
  for (const d of docs) {
    const r = await renderParts(d.title, [d], o);
    out.push({ layout: { kind: d.kind, title: d.title, fileName: d.fileName }, ...r });
  }
  const combined = await renderParts(combinedTitle, docs, o);
  out.unshift({ layout: { kind: 'combined', title: combinedTitle, fileName: combinedFileName }, ...combined });
  return out;
}

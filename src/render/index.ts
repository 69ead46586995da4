import type { DocumentLayout, Node, Styles } from '../layout/index.js';
import { resources } from '../resources.js';
import type { SignaturePlace } from '../layout/types.js';
import { pageMargins } from '../layout/index.js';
import { deflate } from './deflate.js';
import { embeddedFonts, loadEngine, type EmbeddedFontFile, type PdfkitDocument } from './engine.js';
import { FONT_FAMILY } from './fonts.js';
import { RENDER_MESSAGES } from './messages.js';
import { compactFontWidths } from './fontWidths.js';
import { footerStream, wrapStart } from './pageNumbers.js';
import { NewObject, PdfFile, capturedOf, pdfString, type Captured } from './pdfObjects.js';
import { xmpPacket, type PdfMetadata } from './xmp.js';
import { mapList } from '../mapList.js';

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

/** A signature place as rendered: page (0-based, in its file) and rectangle [x1, y1, x2, y2] in PDF points, y up. */
export interface PlacedSignature {
  role: SignaturePlace['role'];
  page: number;
  rect: [number, number, number, number];
  /** The image drawn there: its XObject's name in the page's resources and its size as drawn (fit, top left). */
  image?: { name: string; width: number; height: number };
}

export interface RenderedDocument {
  layout: { kind: string; title: string; fileName: string; places?: PlacedSignature[] };
  bytes: Buffer;
  pages: number;
}

type Part = { orientation: string; content: Node[]; images?: Record<string, string> };

/** The PNG files the layouts name (signatures, seal), read here and handed to pdfmake as data URLs. */
const PNG_DATA_URI = 'data:image/png;base64,';

function images(parts: Part[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, path] of parts.flatMap((p) => Object.entries(p.images ?? {}))) {
    if (out[name]) continue;
    // A picture pasted into the workbook arrives as a PNG data URI, already admitted by the loader.
    out[name] = path.startsWith(PNG_DATA_URI) ? path : `data:image/png;base64,${base64(resources().image(path))}`;
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * A deep copy of plain objects and arrays; functions, Dates and Buffers are shared (pdfmake does not mutate those).
 * The copies of the nodes that mark a signature's place are added to `marks`, in document order: pdfmake gives
 * them their positions, read after the layout, without walking the document again.
 */
function fresh<T>(value: T, marks?: SignatureMark[]): T {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(fresh(value[i], marks));
    return out as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // By key, not Object.entries, which makes an array for each key (the example has ~3,200 keys in ~1,700 objects).
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) out[keys[i]] = fresh((value as Record<string, unknown>)[keys[i]], marks);
    if (marks && out.signaturePlace) marks.push(out as unknown as SignatureMark);
    return out as T;
  }
  return value;
}

/** One pdfmake definition holding every document, each starting on a new page in its own orientation. */
function definition(parts: Part[], o: RenderOptions): Record<string, unknown> {
  const content: Node[] = mapList(parts, (p, i) => ({
    stack: p.content,
    ...(i > 0 ? { pageBreak: 'before', pageOrientation: p.orientation } : {}),
  }));
  return {
    version: '1.7',
    // pdfkit then embeds the sRGB OutputIntent; the XMP packet and Info are written per file (pdfObjects, xmp).
    subset: 'PDF/A-2b',
    pageSize: o.styles.page.size,
    pageOrientation: parts[0].orientation,
    pageMargins: pageMargins(o.styles),
    defaultStyle: { font: FONT_FAMILY, fontSize: 12 },
    images: images(parts),
    ...(o.draftMark ? { watermark: { text: o.draftMark, opacity: 0.12, bold: true, angle: -45, fontSize: 120 } } : {}),
    content,
  };
}

/** The first page (0-based) of each document, from the positions pdfmake records on the nodes it laid out. */
function firstPages(content: { positions?: { pageNumber: number }[] }[]): number[] {
  return mapList(content, (node, i) => {
    const first = node.positions?.[0]?.pageNumber;
    if (!first) throw new Error(RENDER_MESSAGES.noPages(i + 1));
    return first - 1;
  });
}

interface Assembly {
  captured: Captured;
  pages: { page: object; dictionary: object; data: Record<string, unknown>; content: object; footer: { combined: NewObject; alone: NewObject } }[];
  outputIntents: unknown[];
  fonts: EmbeddedFontFile[];
}

/** Ends the pdfkit document with its objects captured, after adding both page-number footers to every page. */
async function finish(pdf: PdfkitDocument, starts: number[], o: RenderOptions): Promise<Assembly> {
  const font = pdf.provideFont(FONT_FAMILY, false, false);
  const margins = pageMargins(o.styles);
  const all = pdf._pageBuffer.slice();
  const bounds = [...starts, all.length];
  const pages = mapList(all, (page, i) => {
    const d = bounds.findIndex((b, k) => i >= b && i < bounds[k + 1]);
    const style = { fontSize: o.styles.page.footerFontSize, top: margins[3] - 20 };
    // The footers' glyphs count as used on this page (each file's font subset holds what its pages use).
    pdf.page = page;
    return {
      page,
      dictionary: page.dictionary,
      data: page.dictionary.data,
      content: page.content,
      footer: {
        combined: footerStream(page, font, o.pageNumber(i + 1, all.length), style),
        alone: footerStream(page, font, o.pageNumber(i - bounds[d] + 1, bounds[d + 1] - bounds[d]), style),
      },
    };
  });
  // pdfkit's own cross-reference table and trailer would describe objects it never wrote: skip them.
  // Images with an alpha channel are embedded asynchronously: pdfkit calls _finalize once the last object is done.
  await new Promise<void>((done) => {
    pdf._finalize = () => done();
    pdf.end();
  });
  const captured = capturedOf(pdf);
  compactFontWidths(captured.keys() as Iterable<{ data: Record<string, unknown> }>);
  if (pdf._waiting !== 0) throw new Error(RENDER_MESSAGES.objectsPending);
  return { captured, pages, outputIntents: pdf._root.data.OutputIntents as unknown[], fonts: embeddedFonts(pdf) };
}

/** Writes one file holding pages [from, to) of the assembly, with its own catalog, info and XMP metadata. */
function writeFile(a: Assembly, from: number, to: number, footer: 'combined' | 'alone', meta: PdfMetadata): Buffer {
  const kids = new NewObject({ Type: 'Pages', Count: to - from, Kids: [] });
  const open = wrapStart();
  const overrides = new Map<object, Record<string, unknown>>();
  const pages = a.pages.slice(from, to);
  for (const p of pages) {
    overrides.set(p.dictionary, { ...p.data, Parent: kids, Contents: [open, p.content, p.footer[footer]] });
    (kids.data as { Kids: object[] }).Kids.push(p.dictionary);
  }
  // A file of part of the set embeds only the glyphs of its own pages (same glyph numbers, the others empty).
  if (pages.length < a.pages.length) {
    for (const f of a.fonts) {
      const file = f.subset.encode(f.subset.usedBy(mapList(pages, (p) => p.page)));
      overrides.set(f.descriptor, { ...f.descriptor.data, FontFile2: new NewObject({ Length1: file.length, Filter: 'FlateDecode' }, deflate(file, 'font')) });
    }
  }
  const info = new NewObject({
    Title: pdfString(meta.title),
    Author: pdfString(meta.author),
    Subject: pdfString(meta.subject),
    Keywords: pdfString(meta.keywords),
    Creator: pdfString(meta.creator),
    Producer: pdfString(meta.producer),
    CreationDate: meta.date,
    ModDate: meta.date,
  });
  const root = new NewObject({
    Type: 'Catalog',
    Pages: kids,
    Lang: pdfString('zh-CN'),
    Metadata: new NewObject({ Type: 'Metadata', Subtype: 'XML' }, xmpPacket(meta)),
    OutputIntents: a.outputIntents,
  });
  return new PdfFile(a.captured, overrides).bytes(root, info);
}

/**
 * A report set laid out and rendered once, its files not yet written: what each file is, and a writer for each. The
 * web page writes the file it previews first and the others after; every order gives the same bytes.
 */
export interface AssembledSet {
  /** The combined file first, then one per document. */
  files: { layout: RenderedDocument['layout']; pages: number }[];
  /** The bytes of file `i` of `files`. */
  write(i: number): Buffer;
}

/**
 * Lays out and renders every document once, as one pdfkit document; each file is then written from the same page
 * objects: the combined PDF (continuous page numbers) and one PDF per document (numbered from 1).
 */
export async function assembleDocuments(docs: DocumentLayout[], combinedTitle: string, combinedFileName: string, o: RenderOptions): Promise<AssembledSet> {
  const engine = await loadEngine();
  // pdfmake mutates what it lays out: it gets a definition of its own, never shared nodes.
  const marks: SignatureMark[] = [];
  const dd = fresh(definition(docs, o), marks);
  const pdf = await engine.createDocument(dd);
  const starts = firstPages(dd.content as { positions?: { pageNumber: number }[] }[]);
  const places = signaturePlaces(marks, pdf._pageBuffer, (pdf as { _imageRegistry?: Record<string, PdfkitImage> })._imageRegistry ?? {});
  const assembly = await finish(pdf, starts, o);
  const total = assembly.pages.length;
  const metaFor = (title: string): PdfMetadata => ({ title, author: o.meta.author, subject: o.meta.subject, keywords: o.meta.keywords, creator: o.meta.producer, producer: o.meta.producer, date: new Date(`${o.meta.date}T00:00:00Z`) });
  const ranges = [{ from: 0, to: total, footer: 'combined' as const }, ...mapList(docs, (_, i) => ({ from: starts[i], to: starts[i + 1] ?? total, footer: 'alone' as const }))];
  const files = [
    { layout: { kind: 'combined', title: combinedTitle, fileName: combinedFileName, places }, pages: total },
    ...mapList(docs, (d, i) => {
      const { from, to } = ranges[i + 1];
      const own = mapList(places.filter((p) => p.page >= from && p.page < to), (p) => ({ ...p, page: p.page - from }));
      return { layout: { kind: d.kind, title: d.title, fileName: d.fileName, places: own }, pages: to - from };
    }),
  ];
  return { files, write: (i) => writeFile(assembly, ranges[i].from, ranges[i].to, ranges[i].footer, metaFor(files[i].layout.title)) };
}

/**
 * Loads pdfmake and its fonts now, so that a later render does not wait for them: the batch command does this while
 * its workers build the units, and its summary is then rendered without loading anything.
 */
export async function prepareRendering(): Promise<void> {
  await loadEngine();
}

/** Every PDF of a set, the combined one first (see assembleDocuments). */
export async function renderDocuments(docs: DocumentLayout[], combinedTitle: string, combinedFileName: string, o: RenderOptions): Promise<RenderedDocument[]> {
  const set = await assembleDocuments(docs, combinedTitle, combinedFileName, o);
  return mapList(set.files, (f, i) => ({ ...f, bytes: set.write(i) }));
}

interface PdfkitImage {
  label: string;
  width: number;
  height: number;
}

/**
 * Every signature place the layouts marked, where pdfmake put it: the node's first position (page, column left, line
 * top) plus the place's offset, turned into PDF coordinates (y up from the page's bottom).
 */
function signaturePlaces(marks: SignatureMark[], pages: { height: number }[], images: Record<string, PdfkitImage>): PlacedSignature[] {
  const out: PlacedSignature[] = [];
  for (const mark of marks) {
    const at = mark.positions?.[0];
    if (at) out.push(placedSignature(mark.signaturePlace, at, pages, images));
  }
  return out;
}

/** A node of the definition that marks where a signature goes; pdfmake adds where it laid the node out. */
interface SignatureMark {
  signaturePlace: SignaturePlace;
  positions?: { pageNumber: number; left: number; top: number }[];
}

function placedSignature(p: SignaturePlace, at: { pageNumber: number; left: number; top: number }, pages: { height: number }[], images: Record<string, PdfkitImage>): PlacedSignature {
  const height = pages[at.pageNumber - 1].height;
  const [x, top] = [at.left + p.x, at.top + p.y];
  const rect = mapList([x, height - top - p.height, x + p.width, height - top], round) as PlacedSignature['rect'];
  const img = p.image ? images[p.image] : undefined;
  // pdfmake's fit: scaled to fit the box, aspect kept.
  const scale = img ? Math.min(p.width / img.width, p.height / img.height) : 0;
  return { role: p.role, page: at.pageNumber - 1, rect, ...(img ? { image: { name: img.label, width: round(img.width * scale), height: round(img.height * scale) } } : {}) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The text of every page of each document, as laid out (no PDF is written): for telling which pages a change of
 * the input moves. Pages are numbered per document, as in the separate files.
 */
export async function pageTexts(docs: DocumentLayout[], o: RenderOptions): Promise<string[][]> {
  const engine = await loadEngine();
  const dd = fresh(definition(docs, o));
  const pdf = (await engine.createDocument(dd)) as PdfkitDocument & { _pdfMakePages: { items: { type: string; item: { inlines?: { text: string }[] } }[] }[] };
  const starts = firstPages(dd.content as { positions?: { pageNumber: number }[] }[]);
  const texts = mapList(pdf._pdfMakePages, (page) =>
    mapList(page.items
      .filter((i) => i.type === 'line'), (i) => mapList(i.item.inlines ?? [], (x) => x.text).join(''))
      .join('\n'));
  return mapList(docs, (_, i) => texts.slice(starts[i], starts[i + 1] ?? texts.length));
}

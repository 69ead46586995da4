import { PDF_PROBLEMS as P } from './messages.js';
import { objectDict, pageObjects, pdfDate, PdfFormatError, readIndex, refIn, refsIn, textString, withEntries, type PdfIndex } from './pdfFile.js';
import { mapList } from '../mapList.js';

/** A visible signature widget: a rectangle in PDF points on a page (0-based), and what it shows. */
export interface Widget {
  page: number;
  rect: [number, number, number, number];
  /**
   * The appearance, `width` × `height` points: a form XObject's content and resources (appearance.ts). `pageImage`
   * finds an image XObject of the widget's page by its resource name, to show it again in the appearance.
   */
  appearance?: (add: AddObject, width: number, height: number, pageImage: (name: string) => number | undefined) => { content: Buffer; resources: string };
}

/** Adds an object to the update and returns its number: a dictionary, or a dictionary and its stream. */
export type AddObject = (dict: string, stream?: Buffer) => number;

export interface PlaceholderOptions {
  time: Date;
  name: string;
  reason?: string;
  location?: string;
  /** Bytes kept for the CMS signature (hex doubles it). */
  contentsBytes: number;
  /**
   * Where the signature shows; none: an invisible field. One widget per signature: readers (poppler among them)
   * take a signature field's value from a widget of its own, not from a parent shared by several.
   */
  widget?: Widget;
}

/** What @signpdf/signpdf looks for and fills in: the byte range and the hex contents that follow it. */
const BYTE_RANGE = '/ByteRange [0 /********** /********** /**********]';

/**
 * Appends an incremental update to `pdf` holding a signature field (ETSI.CAdES.detached) whose /ByteRange and
 * /Contents are placeholders. The original bytes stay as they are, in front: the update adds the signature
 * dictionary, the field and its widget (with an appearance stream, as PDF/A asks), the pages that now list the
 * widgets, the catalog with its /AcroForm, and a cross-reference section pointing back to the original one.
 */
export function addSignaturePlaceholder(pdf: Buffer, o: PlaceholderOptions): Buffer {
  const index = readIndex(pdf);
  if (index.updated || pdf.includes('/ByteRange')) throw new PdfFormatError('', true);
  const pages = pageObjects(pdf, index);
  const objects = new Map<number, Buffer>();
  let next = index.size;
  const add: AddObject = (dict, stream) => {
    const n = next++;
    objects.set(n, body(n, dict, stream));
    return n;
  };
  const sig = add(signatureDict(o));
  const w = o.widget ?? { page: 0, rect: [0, 0, 0, 0] };
  if (w.page < 0 || w.page >= pages.length) throw new PdfFormatError(P.placeOutside(w.page + 1, pages.length));
  const ap = appearanceStream(add, w, (name) => pageXObject(pdf, index, pages[w.page], name));
  const widget = add(`<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T ${textString('jixiao')}\n/V ${sig} 0 R\n/F 4\n/P ${pages[w.page]} 0 R\n/Rect [${mapList(w.rect, num).join(' ')}]\n/AP << /N ${ap} 0 R >>\n>>`);
  const acroForm = add(`<<\n/Fields [${widget} 0 R]\n/SigFlags 3\n>>`);
  const catalog = objectDict(pdf, index, index.root);
  if (/\/AcroForm\b/.test(catalog)) throw new PdfFormatError(P.hasForm);
  objects.set(index.root, body(index.root, withEntries(catalog, `\n/AcroForm ${acroForm} 0 R`)));
  const page = pages[w.page];
  objects.set(page, body(page, pageWithAnnots(objectDict(pdf, index, page), widget)));
  return appendUpdate(pdf, index, objects, next);
}

function signatureDict(o: PlaceholderOptions): string {
  const entries = [
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    '/SubFilter /ETSI.CAdES.detached',
    BYTE_RANGE,
    `/Contents <${'0'.repeat(o.contentsBytes * 2)}>`,
    `/M ${textString(pdfDate(o.time))}`,
    `/Name ${textString(o.name)}`,
    ...(o.reason ? [`/Reason ${textString(o.reason)}`] : []),
    ...(o.location ? [`/Location ${textString(o.location)}`] : []),
  ];
  return `<<\n${entries.join('\n')}\n>>`;
}

/** Every widget has a normal appearance, even an invisible one (PDF/A asks for it on every widget). */
function appearanceStream(add: AddObject, w: Widget, pageImage: (name: string) => number | undefined): number {
  const [x1, y1, x2, y2] = w.rect;
  const { content, resources } = w.appearance?.(add, x2 - x1, y2 - y1, pageImage) ?? { content: Buffer.alloc(0), resources: '<< >>' };
  return add(`<<\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 ${num(x2 - x1)} ${num(y2 - y1)}]\n/Resources ${resources}\n/Length ${content.length}\n>>`, content);
}

/** The object number of XObject `name` in a page's resources (each of them inline or an object of its own). */
function pageXObject(pdf: Buffer, index: PdfIndex, page: number, name: string): number | undefined {
  const entry = (dict: string, key: string): string | undefined => {
    const ref = refIn(dict, key);
    if (ref !== undefined) return objectDict(pdf, index, ref);
    const at = dict.search(new RegExp(`/${key}\\s*<<`));
    return at < 0 ? undefined : dict.slice(at, dict.indexOf('>>', at) + 2);
  };
  const resources = entry(objectDict(pdf, index, page), 'Resources');
  const xobjects = resources && entry(resources, 'XObject');
  return xobjects ? refIn(xobjects, name) : undefined;
}

function pageWithAnnots(dict: string, widget: number): string {
  const list = `${widget} 0 R`;
  if (!/\/Annots\b/.test(dict)) return withEntries(dict, `\n/Annots [${list}]`);
  if (/\/Annots\s+\d+\s+0\s+R/.test(dict)) throw new PdfFormatError(P.indirectAnnots);
  const old = mapList(refsIn(dict, 'Annots'), (a) => `${a} 0 R`);
  return dict.replace(/\/Annots\s*\[[^\]]*\]/, `/Annots [${[...old, list].join(' ')}]`);
}

function body(n: number, dict: string, stream?: Buffer): Buffer {
  const head = Buffer.from(`${n} 0 obj\n${dict}\n`, 'latin1');
  return stream ? Buffer.concat([head, Buffer.from('stream\n'), stream, Buffer.from('\nendstream\nendobj\n')]) : Buffer.concat([head, Buffer.from('endobj\n')]);
}

/** The original bytes, then the new and changed objects, a cross-reference section for them and a trailer. */
function appendUpdate(pdf: Buffer, index: PdfIndex, objects: Map<number, Buffer>, size: number): Buffer {
  const start = pdf.at(-1) === 0x0a ? pdf : Buffer.concat([pdf, Buffer.from('\n')]);
  const chunks: Buffer[] = [start];
  let offset = start.length;
  const offsets = new Map<number, number>();
  for (const n of [...objects.keys()].sort((a, b) => a - b)) {
    offsets.set(n, offset);
    chunks.push(objects.get(n)!);
    offset += objects.get(n)!.length;
  }
  const xref = ['xref'];
  for (const run of runs([...offsets.keys()].sort((a, b) => a - b))) {
    xref.push(`${run[0]} ${run.length}`);
    for (const n of run) xref.push(`${String(offsets.get(n)).padStart(10, '0')} 00000 n `);
  }
  const trailer = [`/Size ${size}`, `/Root ${index.root} 0 R`, ...(index.info ? [`/Info ${index.info} 0 R`] : []), ...(index.id ? [`/ID ${index.id}`] : []), `/Prev ${index.startxref}`];
  chunks.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<<\n${trailer.join('\n')}\n>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** Consecutive object numbers grouped into the runs of a cross-reference section. */
function runs(nums: number[]): number[][] {
  const out: number[][] = [];
  for (const n of nums) {
    const last = out.at(-1);
    if (last && last.at(-1) === n - 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

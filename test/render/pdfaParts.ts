import { readFileSync } from 'node:fs';
import { pdfFonts, read } from '../helpers/pdf.js';

/**
 * No free PDF/A validator is packaged for npm or Debian here (veraPDF is neither), so the tests check the parts of
 * PDF/A-2b that jixiao is responsible for, reading the file with pdf-lib here (not with jixiao's own code), and with
 * qpdf and Poppler in test/external/.
 */
type Json = Record<string, any>;

export interface PdfJson {
  trailer: Json;
  object(ref: string): Json;
  /** A stream's dictionary and its decoded bytes. */
  stream(ref: string): { dict: Json; data: Buffer };
}

/** Every object of the PDF, read by pdf-lib, in the shape of `qpdf --json` (see test/helpers/readPdf.mjs). */
export function readPdfJson(file: string): PdfJson {
  return pdfJson(JSON.parse(read('objects', file)));
}

/** Access to the objects of a `qpdf --json` answer (its `qpdf[1]`). */
export function pdfJson(objects: Record<string, Json>): PdfJson {
  const get = (ref: string) => {
    const o = objects[`obj:${ref}`];
    if (!o) throw new Error(`no object ${ref}`);
    return o;
  };
  return {
    trailer: objects.trailer.value,
    object: (ref) => get(ref).value ?? get(ref).stream?.dict,
    stream: (ref) => {
      const s = get(ref).stream;
      return { dict: s.dict, data: Buffer.from(s.data ?? '', 'base64') };
    },
  };
}

/** "u:衡阳…" / "b:hex" (qpdf's JSON string forms) → text. */
export function pdfText(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v.startsWith('u:')) return v.slice(2);
  if (v.startsWith('b:')) return Buffer.from(v.slice(2), 'hex').toString('latin1');
  return v;
}

function xmpValue(xmp: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>(?:\\s*<rdf:(?:Alt|Seq|Bag)>\\s*<rdf:li[^>]*>)?([^<]*)<`).exec(xmp);
  return m?.[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** D:20230322000000Z → 2023-03-22T00:00:00Z */
function isoOf(pdfDate: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/.exec(pdfDate ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

export interface FontRow {
  name: string;
  emb: string;
}

/**
 * Every way `file` falls short of the PDF/A-2b parts checked here; [] when none. The objects and the font list
 * come from pdf-lib unless given (test/external/ gives qpdf's and pdffonts').
 */
export function pdfaProblems(file: string, pdf: PdfJson = readPdfJson(file), fonts: FontRow[] = pdfFonts(file)): string[] {
  const problems: string[] = [];
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from('%PDF-1.7'))) problems.push('header is not %PDF-1.7');
  const second = bytes.subarray(bytes.indexOf(0x0a) + 1, bytes.indexOf(0x0a) + 6);
  if (second[0] !== 0x25 || [...second.subarray(1, 5)].some((b) => b < 128)) problems.push('second line is not a binary comment');

  const id = pdf.trailer['/ID'];
  if (!Array.isArray(id) || id.length !== 2) problems.push('trailer has no /ID');
  const catalog = pdf.object(pdf.trailer['/Root']);
  const info = pdf.trailer['/Info'] ? pdf.object(pdf.trailer['/Info']) : {};

  const intents = (catalog['/OutputIntents'] ?? []).map((r: string) => pdf.object(r));
  const intent = intents.find((o: Json) => o['/S'] === '/GTS_PDFA1');
  if (!intent) problems.push('no GTS_PDFA1 OutputIntent');
  else {
    const icc = pdf.stream(intent['/DestOutputProfile']);
    if (icc.dict['/N'] !== 3 || icc.data.toString('latin1', 16, 20) !== 'RGB ' || icc.data.toString('latin1', 36, 40) !== 'acsp') problems.push('OutputIntent profile is not an RGB ICC profile');
  }

  if (!catalog['/Metadata']) problems.push('catalog has no /Metadata');
  else {
    const meta = pdf.stream(catalog['/Metadata']);
    if (meta.dict['/Filter']) problems.push('metadata stream is filtered');
    const xmp = meta.data.toString('utf8');
    if (xmpValue(xmp, 'pdfaid:part') !== '2') problems.push('XMP pdfaid:part is not 2');
    if (xmpValue(xmp, 'pdfaid:conformance') !== 'B') problems.push('XMP pdfaid:conformance is not B');
    const pairs: [string, string, string | undefined][] = [
      ['/Title', 'dc:title', pdfText(info['/Title'])],
      ['/Author', 'dc:creator', pdfText(info['/Author'])],
      ['/Subject', 'dc:description', pdfText(info['/Subject'])],
      ['/Keywords', 'pdf:Keywords', pdfText(info['/Keywords'])],
      ['/Producer', 'pdf:Producer', pdfText(info['/Producer'])],
      ['/Creator', 'xmp:CreatorTool', pdfText(info['/Creator'])],
      ['/CreationDate', 'xmp:CreateDate', isoOf(pdfText(info['/CreationDate']))],
      ['/ModDate', 'xmp:ModifyDate', isoOf(pdfText(info['/ModDate']))],
    ];
    for (const [key, tag, value] of pairs) {
      if (value === undefined) problems.push(`Info has no ${key}`);
      else if (xmpValue(xmp, tag) !== value) problems.push(`Info ${key} "${value}" ≠ XMP ${tag} "${xmpValue(xmp, tag)}"`);
    }
  }

  if (!fonts.length) problems.push('no fonts');
  for (const font of fonts) if (font.emb !== 'yes') problems.push(`font not embedded: ${font.name}`);
  return problems;
}

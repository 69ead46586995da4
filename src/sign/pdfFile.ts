import { PDF_PROBLEMS as P } from './messages.js';
import { mapList } from '../mapList.js';

/**
 * Just enough reading of a PDF to append to it: its cross-reference table, trailer and the dictionaries of its
 * catalog and pages. jixiao writes classic cross-reference tables and plain object dictionaries (render/pdfObjects),
 * which is all this reads; a file made otherwise is refused rather than guessed at.
 */
export interface PdfIndex {
  /** Byte offset of each object number's "N 0 obj". */
  offsets: Map<number, number>;
  size: number;
  root: number;
  info?: number;
  /** The trailer's /ID array as written, kept unchanged in the update. */
  id?: string;
  startxref: number;
  /** A /Prev in the trailer: the file already has an incremental update (e.g. a signature). */
  updated: boolean;
}

/** A PDF this module will not append to; `alreadySigned` when the reason is an existing signature. */
export class PdfFormatError extends Error {
  constructor(
    message: string,
    readonly alreadySigned = false,
  ) {
    super(message);
  }
}

export function readIndex(pdf: Buffer): PdfIndex {
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!m) throw new PdfFormatError(P.noEof);
  const startxref = Number(m[1]);
  const text = pdf.subarray(startxref).toString('latin1');
  if (!text.startsWith('xref')) throw new PdfFormatError(P.xrefStream);
  const trailerAt = text.indexOf('trailer');
  if (trailerAt < 0) throw new PdfFormatError(P.noTrailer);
  const offsets = new Map<number, number>();
  const lines = text.slice(4, trailerAt).trim().split(/\r?\n/);
  for (let i = 0; i < lines.length; ) {
    const [first, count] = mapList(lines[i++].trim().split(/\s+/), Number);
    for (let k = 0; k < count; k++, i++) {
      const [offset, , kind] = lines[i].trim().split(/\s+/);
      if (kind === 'n') offsets.set(first + k, Number(offset));
    }
  }
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  const root = refIn(trailer, 'Root');
  if (root === undefined) throw new PdfFormatError(P.noRoot);
  if (/\/Encrypt\b/.test(trailer)) throw new PdfFormatError(P.encrypted);
  return {
    offsets,
    size: Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? 0),
    root,
    info: refIn(trailer, 'Info'),
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
    startxref,
    updated: /\/Prev\b/.test(trailer),
  };
}

/** The object number a dictionary's `/key N 0 R` points at. */
export function refIn(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** Object numbers in an array entry `/key [a 0 R b 0 R …]`. */
export function refsIn(dict: string, key: string): number[] {
  const m = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict);
  return m ? mapList([...m[1].matchAll(/(\d+)\s+0\s+R/g)], (x) => Number(x[1])) : [];
}

/** The dictionary of object `n` as written ("<< … >>"), for objects without a stream. */
export function objectDict(pdf: Buffer, index: PdfIndex, n: number): string {
  const at = index.offsets.get(n);
  if (at === undefined) throw new PdfFormatError(P.noObject(n));
  const text = pdf.subarray(at, pdf.indexOf('endobj', at)).toString('latin1');
  const start = text.indexOf('<<');
  const end = text.lastIndexOf('>>');
  if (start < 0 || end < start || /\bstream\b/.test(text.slice(end))) throw new PdfFormatError(P.notDict(n));
  return text.slice(start, end + 2);
}

/** The page objects in order, walking the page tree from the catalog. */
export function pageObjects(pdf: Buffer, index: PdfIndex): number[] {
  const pages = refIn(objectDict(pdf, index, index.root), 'Pages');
  if (pages === undefined) throw new PdfFormatError(P.noPages);
  const out: number[] = [];
  const walk = (n: number, depth: number) => {
    if (depth > 32) throw new PdfFormatError(P.deepTree);
    const dict = objectDict(pdf, index, n);
    if (/\/Type\s*\/Pages\b/.test(dict)) refsIn(dict, 'Kids').forEach((k) => walk(k, depth + 1));
    else out.push(n);
  };
  walk(pages, 0);
  return out;
}

/** A dictionary with `entries` added before its closing ">>" (the original has none of these keys). */
export function withEntries(dict: string, entries: string): string {
  return `${dict.slice(0, dict.lastIndexOf('>>'))}${entries}\n>>`;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE with a byte-order mark. */
export function textString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<${Buffer.from(`\ufeff${s}`, 'utf16le').swap16().toString('hex')}>`;
}

/** PDF date string in UTC, e.g. D:20261130231500Z. */
export function pdfDate(d: Date): string {
  return `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

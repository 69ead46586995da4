import jsMd5 from 'js-md5';
import { deflate } from './deflate.js';
import { isFontFile } from './trueType.js';
import { RENDER_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

/**
 * jixiao lays out and renders the whole report set once, into one pdfkit document, and then writes several PDF
 * files from its objects: the combined file and one file per document. pdfkit normally serialises each object the
 * moment it is finished, with its final number; here its objects are captured instead (data + stream bytes) and
 * serialised per output file, renumbered, with only the objects that file reaches.
 */

/** The parts of a pdfkit reference this module reads. */
export interface PdfRef {
  id: number;
  data: Record<string, unknown>;
  /** The stream's chunks as written: bytes, or text of one byte per character (see installCapture). */
  buffer: (Uint8Array | string)[] | Uint8Array;
  uncompressedLength: number;
  compress: boolean;
  document: { _refEnd(ref: PdfRef): void } & Record<PropertyKey, unknown>;
}

const CAPTURE = Symbol('jixiao.capture');

/** Stream bytes (deflated when pdfkit would deflate them) of each finished reference of a captured document. */
export type Captured = Map<object, Uint8Array | null>;

/**
 * Makes every pdfkit reference keep its object instead of writing it: objects are finished during rendering
 * (graphics states, images) as well as at the end, so capture is on for every document of the process, from its
 * first object. pdfkit's own output stream is then unused (render/ is the only user of pdfkit). Patched once per
 * process on the class of a live reference (pdfkit does not export it).
 */
export function installCapture(sample: object): void {
  const proto = Object.getPrototypeOf(sample) as { write(this: PdfRef, chunk: unknown): void; finalize(this: PdfRef): void; [CAPTURE]?: true };
  if (proto[CAPTURE]) return;
  // pdfkit makes a Buffer of every operator it writes (Buffer.from(chunk + '\n', 'binary')): in a browser, a polyfill's
  // slow loop per chunk, thousands per page. Kept as text here, a stream becomes bytes once, when it is finished.
  proto.write = function write(this: PdfRef, chunk: unknown) {
    const part = chunk instanceof Uint8Array ? chunk : `${chunk as string}\n`;
    this.uncompressedLength += part.length;
    this.data.Length = ((this.data.Length as number | undefined) ?? 0) + part.length;
    (this.buffer as (Uint8Array | string)[]).push(part);
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function finalize(this: PdfRef) {
    const sink = ((this.document[CAPTURE] as Captured | undefined) ??= new Map());
    let bytes: Uint8Array | null = null;
    if (Array.isArray(this.buffer) ? this.buffer.length : this.buffer) {
      // pdfkit ends an embedded font's stream with the whole file (our subset's encode()) as its one chunk.
      const font = Array.isArray(this.buffer) && this.buffer.length === 1 && isFontFile(this.buffer[0]);
      bytes = Array.isArray(this.buffer) ? joined(this.buffer) : this.buffer;
      if (this.compress) bytes = deflate(bytes, font ? 'font' : 'other');
      this.data.Length = bytes.length;
    }
    this.buffer = [];
    sink.set(this, bytes);
    this.document._refEnd(this);
  };
  proto[CAPTURE] = true;
}

/** The chunks of a stream as one run of bytes; text as Buffer.from(text, 'binary') would have it (the low byte of each unit). */
function joined(parts: (Uint8Array | string)[]): Uint8Array {
  // One run of bytes (a font file, an image) is the stream as it is, not copied.
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0];
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < parts.length; ) {
    const p = parts[i];
    if (typeof p !== 'string') {
      out.set(p, at);
      at += p.length;
      i++;
      continue;
    }
    // A run of text chunks (a page's operators) as one string, written at once.
    let end = i + 1;
    while (end < parts.length && typeof parts[end] === 'string') end++;
    const text = end - i === 1 ? p : (parts.slice(i, end) as string[]).join('');
    writeLatin1(text, out, at);
    at += text.length;
    i = end;
  }
  return out;
}

const utf8 = new TextEncoder();

/**
 * `text`'s low bytes into `out` from `at`. ASCII (all that pdfkit writes in practice: operators, numbers, hex
 * strings) is the same in UTF-8, and the encoder, native in Node and in browsers, writes it far faster than a loop;
 * any other character is written by the loop.
 */
function writeLatin1(text: string, out: Uint8Array, at: number): void {
  const { read, written } = utf8.encodeInto(text, out.subarray(at, at + text.length));
  if (read === text.length && written === text.length) return;
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
}

/** The objects a document has finished so far. */
export function capturedOf(doc: object): Captured {
  return ((doc as Record<PropertyKey, unknown>)[CAPTURE] as Captured | undefined) ?? new Map();
}

/** An object made for one output file (catalog, page tree, info, metadata, footers). */
export class NewObject {
  constructor(
    public data: Record<string, unknown> | unknown[],
    public stream: Uint8Array | null = null,
  ) {}
}

/** A PDF string (pdfkit's convention: a `String` object is a string, a plain string is a name). */
export function pdfString(s: string): String {
  return new String(s);
}

type Ref = PdfRef | NewObject;

function isRef(v: unknown): v is Ref {
  return v instanceof NewObject || (typeof v === 'object' && v !== null && 'document' in v && 'data' in v && 'id' in v && 'gen' in v);
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(RENDER_MESSAGES.badNumber(n));
  return String(Math.round(n * 1e6) / 1e6);
}

const NAME_OK = /^[A-Za-z0-9_.+\-]+$/;

function name(s: string): string {
  if (NAME_OK.test(s)) return `/${s}`;
  return `/${mapList([...Buffer.from(s, 'utf8')], (b) => (b > 0x20 && b < 0x7f && !'#/()<>[]{}%'.includes(String.fromCharCode(b)) ? String.fromCharCode(b) : `#${b.toString(16).padStart(2, '0')}`)).join('')}`;
}

function literal(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(`\ufeff${s}`, 'utf16le').swap16();
  return `<${utf16.toString('hex')}>`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function pdfDate(d: Date): string {
  return `D:${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const STREAM = Buffer.from('stream\n');
const END_STREAM = Buffer.from('\nendstream\nendobj\n');
const END_OBJECT = Buffer.from('endobj\n');

/** One PDF file being assembled from captured and new objects. */
export class PdfFile {
  private readonly ids = new Map<Ref, number>();
  private readonly order: Ref[] = [];

  constructor(
    private readonly captured: Captured,
    /** Per-file replacements of a captured object's dictionary (a page's Parent and Contents). */
    private readonly overrides: Map<object, Record<string, unknown>> = new Map(),
  ) {}

  /** Numbers `ref` and everything it reaches, depth-first, in a stable order. */
  private visit(ref: Ref): number {
    const known = this.ids.get(ref);
    if (known) return known;
    const id = this.order.length + 1;
    this.ids.set(ref, id);
    this.order.push(ref);
    this.walk(this.dataOf(ref));
    return id;
  }

  private walk(v: unknown): void {
    if (isRef(v)) this.visit(v);
    else if (Array.isArray(v)) for (const x of v) this.walk(x);
    else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) for (const x of Object.values(v)) this.walk(x);
  }

  private dataOf(ref: Ref): unknown {
    if (ref instanceof NewObject) return ref.data;
    if (!this.captured.has(ref)) throw new Error(RENDER_MESSAGES.objectNotDone(ref.id, JSON.stringify(Object.keys(ref.data))));
    return this.overrides.get(ref) ?? ref.data;
  }

  private streamOf(ref: Ref): Uint8Array | null {
    return ref instanceof NewObject ? ref.stream : (this.captured.get(ref) ?? null);
  }

  private serialize(v: unknown): string {
    if (typeof v === 'string') return name(v);
    if (v instanceof String) return literal(v.valueOf());
    if (typeof v === 'number') return num(v);
    if (typeof v === 'boolean') return String(v);
    if (v === null || v === undefined) return 'null';
    if (Buffer.isBuffer(v)) return `<${v.toString('hex')}>`;
    if (v instanceof Date) return `(${pdfDate(v)})`;
    if (isRef(v)) return `${this.ids.get(v)} 0 R`;
    if (Array.isArray(v)) {
      const items: string[] = [];
      for (const x of v) items.push(this.serialize(x));
      return `[${items.join(' ')}]`;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const entries: string[] = [];
      const dictionary = v as Record<string, unknown>;
      for (const k of Object.keys(dictionary)) if (dictionary[k] !== undefined) entries.push(`${name(k)} ${this.serialize(dictionary[k])}`);
      return `<<\n${entries.join('\n')}\n>>`;
    }
    throw new Error(RENDER_MESSAGES.badValue(Object.prototype.toString.call(v)));
  }

  /** The file's bytes: header, objects reachable from `root` and `info`, cross-reference table, trailer. */
  bytes(root: NewObject, info: NewObject): Buffer {
    this.visit(root);
    this.visit(info);
    const chunks: Uint8Array[] = [HEADER];
    let offset = HEADER.length;
    const offsets: number[] = [];
    for (const ref of this.order) {
      offsets.push(offset);
      let data = this.dataOf(ref) as Record<string, unknown>;
      const stream = this.streamOf(ref);
      if (stream) data = { ...data, Length: stream.length };
      const head = Buffer.from(`${this.ids.get(ref)} 0 obj\n${this.serialize(data)}\n`, 'latin1');
      if (stream) chunks.push(head, STREAM, stream, END_STREAM);
      else chunks.push(head, END_OBJECT);
      offset += head.length + (stream ? STREAM.length + stream.length + END_STREAM.length : END_OBJECT.length);
    }
    const body = Buffer.concat(chunks, offset);
    // The file identifier is a hash of the content (every object, not the header): the same objects give the same
    // ID, with no clock or randomness. One update over the objects' bytes gives the MD5 that one per part gave.
    // js-md5 (not node:crypto) so that the page hashes as the CLI does; its CommonJS export is the function itself.
    const hash = (jsMd5 as unknown as typeof import('js-md5').md5).create();
    hash.update(body.subarray(HEADER.length));
    const id = Buffer.from(hash.arrayBuffer());
    const xref = [`xref\n0 ${this.order.length + 1}\n0000000000 65535 f \n`, ...mapList(offsets, (o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    const trailer = `trailer\n<<\n/Size ${this.order.length + 1}\n/Root ${this.ids.get(root)} 0 R\n/Info ${this.ids.get(info)} 0 R\n/ID [<${id.toString('hex')}> <${id.toString('hex')}>]\n>>\nstartxref\n${offset}\n%%EOF\n`;
    return Buffer.concat([body, Buffer.from(xref + trailer, 'latin1')]);
  }
}

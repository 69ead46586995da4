// Reads a PDF back with npm libraries only (pdf.js, pdf-lib). Both are asynchronous; this file runs on a worker
// thread that test/helpers/pdf.ts calls synchronously through synckit, so that the helpers stay synchronous and
// the libraries load once per test file.
import { readFileSync } from 'node:fs';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { runAsWorker } from 'synckit';

/**
 * The text of one page in drawing order, like `pdftotext -raw`: a new line where the baseline moves, a space where
 * a gap wider than 0.15 em separates two pieces on one line (a space is about 0.22 em in Noto Sans SC). pdfmake
 * draws a table cell's lines one after the other, so a wrapped cell stays together.
 */
function pageText(items) {
  let out = '';
  let prev;
  for (const it of items) {
    if (!('str' in it) || !it.str.trim()) continue;
    const [size, , , , x, y] = it.transform;
    if (prev) {
      if (Math.abs(y - prev.y) > prev.size / 2) out += '\n';
      else if (x - prev.right > Math.min(size, prev.size) * 0.15) out += ' ';
    }
    out += it.str;
    prev = { y, size, right: x + it.width };
  }
  return out ? `${out}\n` : '';
}

async function text(bytes, only) {
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0, useSystemFonts: false }).promise;
  let out = '';
  const first = only ?? 1;
  const last = only ?? doc.numPages;
  for (let p = first; p <= last; p++) {
    const page = await doc.getPage(p);
    out += `${pageText((await page.getTextContent()).items)}\f`;
    page.cleanup();
  }
  await doc.destroy();
  return out;
}

async function pages(bytes) {
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return String(n);
}

/** What pdffonts reports for each font dictionary: name, emb (a font file), sub (ABCDEF+ prefix), uni (/ToUnicode). */
async function fonts(bytes) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = pdf.context;
  const get = (dict, key) => {
    const v = dict.get(PDFName.of(key));
    return v instanceof PDFRef ? ctx.lookup(v) : v;
  };
  const rows = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || get(obj, 'Type') !== PDFName.of('Font')) continue;
    const subtype = get(obj, 'Subtype')?.asString();
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue; // listed through its Type0 parent
    const name = get(obj, 'BaseFont')?.asString().slice(1) ?? '[none]';
    const descendant = subtype === '/Type0' ? get(obj, 'DescendantFonts') : undefined;
    const fontDict = descendant ? ctx.lookup(descendant.get(0)) : obj;
    const descriptor = get(fontDict, 'FontDescriptor');
    const emb = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
    const yesNo = (b) => (b ? 'yes' : 'no');
    rows.push({ name, emb: yesNo(emb), sub: yesNo(/^[A-Z]{6}\+/.test(name)), uni: yesNo(obj.has(PDFName.of('ToUnicode'))) });
  }
  return JSON.stringify(rows);
}

/** A PDF object in the shape of `qpdf --json` (version 2): names "/X", references "n g R", text strings "u:…". */
function plain(v) {
  if (v instanceof PDFRef || v instanceof PDFName) return v.toString();
  if (v instanceof PDFNumber) return v.asNumber();
  if (v instanceof PDFBool) return v.asBoolean();
  if (v instanceof PDFString || v instanceof PDFHexString) return `u:${v.decodeText()}`;
  if (v instanceof PDFArray) return v.asArray().map(plain);
  if (v instanceof PDFDict) return Object.fromEntries([...v.entries()].map(([k, x]) => [k.toString(), plain(x)]));
  return null;
}

/** Every object, streams decoded, and the trailer, as qpdf --json --json-stream-data=inline would give them. */
async function objects(bytes) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = { trailer: { value: plain(pdf.context.trailerInfo && trailerDict(pdf.context)) } };
  for (const [ref, obj] of pdf.context.enumerateIndirectObjects()) {
    out[`obj:${ref.toString()}`] =
      obj instanceof PDFRawStream
        ? { stream: { dict: plain(obj.dict), data: Buffer.from(decodePDFRawStream(obj).decode()).toString('base64') } }
        : { value: plain(obj) };
  }
  return JSON.stringify(out);
}

function trailerDict(ctx) {
  const t = ctx.trailerInfo;
  const dict = ctx.obj({});
  for (const key of ['Root', 'Info', 'ID', 'Encrypt']) if (t[key]) dict.set(PDFName.of(key), t[key]);
  return dict;
}

const commands = { text, pages, fonts, objects };

runAsWorker(async (command, file, page) => commands[command](new Uint8Array(readFileSync(file)), page));

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import { LEVELS } from '../../src/render/deflate.js';
import { zlibCompress } from '../../src/render/libdeflate.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDocuments, renderDocuments, type RenderedDocument } from '../../src/render/index.js';
import { pdfFonts, pdfPages, pdfText } from '../helpers/pdf.js';
import { pdfaProblems, pdfText as jsonText, readPdfJson } from './pdfaParts.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';
import { docs, options } from './sample.js';

let dir: string;
let rendered: RenderedDocument[];
const file = (i: number) => join(dir, `${i}.pdf`);

beforeAll(async () => {
  dir = tempDir('jixiao-render-');
  rendered = await renderDocuments(docs(), '合订本', '合订本', options());
  rendered.forEach((r, i) => writeFileSync(file(i), r.bytes));
}, 60_000);

/** That `stream` is what libdeflate makes of its own inflated bytes at `level` (pdf-lib may hand a Buffer). */
function expectDeflatedAt(stream: Uint8Array, level: number): void {
  expect(new Uint8Array(stream)).toEqual(zlibCompress(unzlibSync(stream), level));
}

describe('renderDocuments', () => {
  it('deflates the font files of every file at the fonts\' level, and its pages at the other streams\' level', async () => {
    for (const r of rendered) {
      const pdf = await PDFDocument.load(r.bytes, { updateMetadata: false });
      const streams = pdf.context.enumerateIndirectObjects().flatMap(([, o]) => (o instanceof PDFRawStream ? [o] : []));
      const fonts = streams.filter((s) => s.dict.has(PDFName.of('Length1')));
      const pages = pdf.getPages().map((p) => p.node.Contents());
      expect(fonts.length, r.layout.title).toBeGreaterThan(0);
      expect(pages.length).toBe(r.pages);
      for (const f of fonts) expectDeflatedAt(f.contents, LEVELS.font);
      // A page's contents: a short opening, the page as drawn (deflated) and its page number.
      const drawn = pages.flatMap((c) => (c instanceof PDFArray ? c.asArray().map((x) => pdf.context.lookup(x)) : [c]));
      const deflated = drawn.filter((c): c is PDFRawStream => c instanceof PDFRawStream && c.dict.has(PDFName.of('Filter')));
      expect(deflated.length).toBe(r.pages);
      for (const c of deflated) expectDeflatedAt(c.contents, LEVELS.other);
    }
    expect(LEVELS.font).not.toBe(LEVELS.other);
  });

  it('writes the combined file first, then one file per document, with true page counts', () => {
    expect(rendered.map((r) => r.layout.kind)).toEqual(['combined', 'narrative', 'basicData']);
    rendered.forEach((r, i) => expect(pdfPages(file(i)), r.layout.title).toBe(r.pages));
    expect(rendered[1].pages).toBeGreaterThanOrEqual(2);
    expect(rendered[0].pages).toBe(rendered[1].pages + rendered[2].pages);
  });

  it('numbers the combined file through and each separate file from 1', () => {
    const total = rendered[0].pages;
    const first = rendered[1].pages;
    expect(pdfText(file(0), total)).toContain(`— ${total} / ${total} —`);
    expect(pdfText(file(0), first + 1)).toContain(`— ${first + 1} / ${total} —`);
    expect(pdfText(file(2), 1)).toContain('— 1 / 1 —');
    expect(pdfText(file(1), 2)).toContain(`— 2 / ${first} —`);
  });

  it('keeps each document on its own pages, in its orientation', async () => {
    expect(pdfText(file(2))).toContain('323.67');
    expect(pdfText(file(1))).not.toContain('323.67');
    const [page] = await readPages(rendered[2].bytes);
    expect([page.width, page.height].map((v) => v.toFixed(2))).toEqual(['841.89', '595.28']);
  });

  it('meets the checked parts of PDF/A-2b in every file', () => {
    for (let i = 0; i < rendered.length; i++) expect(pdfaProblems(file(i)), rendered[i].layout.title).toEqual([]);
  });

  it('takes Title per file and Author, Subject, Keywords, dates from the input, XML-escaped in XMP', () => {
    const pdf = readPdfJson(file(2));
    const info = pdf.object(pdf.trailer['/Info']);
    expect(jsonText(info['/Title'])).toBe('部门整体支出绩效评价基础数据表');
    expect(jsonText(info['/Author'])).toBe('衡阳市投资促进事务中心');
    expect(jsonText(info['/Subject'])).toBe('2022 年度部门整体支出绩效自评 & <附件>');
    expect(jsonText(info['/CreationDate'])).toBe('D:20230322000000Z');
    const xmp = pdf.stream(pdf.object(pdf.trailer['/Root'])['/Metadata']).data.toString('utf8');
    expect(xmp).toContain('2022 年度部门整体支出绩效自评 &amp; &lt;附件&gt;');
  });

  it('gives the same bytes again (no clock, no random IDs)', async () => {
    const again = await renderDocuments(docs(), '合订本', '合订本', options());
    expect(again.map((r) => r.bytes.equals(rendered[again.indexOf(r)].bytes))).toEqual([true, true, true]);
  }, 60_000);

  it('writes each file of an assembled set with the same bytes in any order (the web page writes the previewed one first)', async () => {
    const set = await assembleDocuments(docs(), '合订本', '合订本', options());
    expect(set.files.map((f) => [f.layout.kind, f.pages])).toEqual(rendered.map((r) => [r.layout.kind, r.pages]));
    const backwards = [2, 1, 0, 2].map((i) => [i, set.write(i)] as const);
    for (const [i, bytes] of backwards) expect(bytes.equals(rendered[i].bytes), String(i)).toBe(true);
  }, 60_000);

  it('changes the bytes when the input date changes', async () => {
    const o = options();
    o.meta.date = '2023-03-23';
    const other = await renderDocuments(docs(), '合订本', '合订本', o);
    expect(other[0].bytes.equals(rendered[0].bytes)).toBe(false);
  }, 60_000);
});

describe('pdfaProblems', () => {
  it('finds what a file of the same pages without the document-level PDF/A parts lacks', async () => {
    // Copying the pages into a new document leaves the XMP metadata and the OutputIntent behind.
    const stripped = join(dir, 'stripped.pdf');
    const copy = await PDFDocument.create();
    const source = await PDFDocument.load(readFileSync(file(2)));
    for (const page of await copy.copyPages(source, source.getPageIndices())) copy.addPage(page);
    writeFileSync(stripped, await copy.save());
    const problems = pdfaProblems(stripped);
    expect(problems).toContain('no GTS_PDFA1 OutputIntent');
    expect(problems).toContain('catalog has no /Metadata');
  });

  it('finds a font that is not embedded, and pdfFonts tells it from a subset with a Unicode map', async () => {
    const plain = join(dir, 'helvetica.pdf');
    const doc = await PDFDocument.create();
    doc.addPage().drawText('323.67', { font: await doc.embedFont(StandardFonts.Helvetica) });
    writeFileSync(plain, await doc.save());
    expect(pdfFonts(plain)).toEqual([{ name: 'Helvetica', emb: 'no', sub: 'no', uni: 'no' }]);
    expect(pdfaProblems(plain)).toContain('font not embedded: Helvetica');
    expect(pdfText(plain)).toContain('323.67');
    for (const font of pdfFonts(file(0))) expect([font.emb, font.sub, font.uni], font.name).toEqual(['yes', 'yes', 'yes']);
  });
});

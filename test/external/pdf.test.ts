import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { renderDocuments, type RenderedDocument } from '../../src/render/index.js';
import type { Manifest } from '../../src/write/index.js';
import { EXAMPLE_PATH, exampleData } from '../helpers/example.js';
import { compact, pdfText } from '../helpers/pdf.js';
import { printedValues } from '../helpers/printedValues.js';
import { tempDir } from '../helpers/tmp.js';
import { pdfaProblems, pdfText as jsonText } from '../render/pdfaParts.js';
import { docs, options } from '../render/sample.js';
import { popplerFonts, popplerInfo, popplerText, qpdfCheck, qpdfJson } from './validators.js';

// The PDFs that npm test reads with pdf.js and pdf-lib, read again by Poppler and qpdf.

const problems = (file: string) => [...qpdfCheck(file), ...pdfaProblems(file, qpdfJson(file), popplerFonts(file))];

describe('a small rendered set, read by qpdf and Poppler', () => {
  let dir: string;
  let rendered: RenderedDocument[];
  const file = (i: number) => join(dir, `${i}.pdf`);

  beforeAll(async () => {
    dir = tempDir('jixiao-render-');
    rendered = await renderDocuments(docs(), '合订本', '合订本', options());
    rendered.forEach((r, i) => writeFileSync(file(i), r.bytes));
  }, 60_000);

  it('has the page counts, page numbers and page size jixiao reports', () => {
    rendered.forEach((r, i) => expect(popplerInfo(file(i)).pages, r.layout.title).toBe(r.pages));
    const total = rendered[0].pages;
    expect(popplerText(file(0), total)).toContain(`— ${total} / ${total} —`);
    expect(popplerInfo(file(2)).size).toBe('841.89 x 595.28');
  }, 60_000);

  it('meets the checked parts of PDF/A-2b, and qpdf --check finds nothing', () => {
    for (let i = 0; i < rendered.length; i++) expect(problems(file(i)), rendered[i].layout.title).toEqual([]);
  }, 60_000);

  it('carries Title, Author, Subject and dates in the Info dictionary and XML-escaped in XMP', () => {
    const pdf = qpdfJson(file(2));
    const info = pdf.object(pdf.trailer['/Info']);
    expect(jsonText(info['/Title'])).toBe('部门整体支出绩效评价基础数据表');
    expect(jsonText(info['/Subject'])).toBe('2022 年度部门整体支出绩效自评 & <附件>');
    expect(jsonText(info['/CreationDate'])).toBe('D:20230322000000Z');
    const xmp = pdf.stream(pdf.object(pdf.trailer['/Root'])['/Metadata']).data.toString('utf8');
    expect(xmp).toContain('2022 年度部门整体支出绩效自评 &amp; &lt;附件&gt;');
  }, 60_000);

  it('loses the document-level PDF/A parts when qpdf copies only its pages (the check can fail)', () => {
    const stripped = join(dir, 'stripped.pdf');
    execFileSync('qpdf', ['--empty', '--pages', file(2), '--', stripped]);
    const found = pdfaProblems(stripped, qpdfJson(stripped), popplerFonts(stripped));
    expect(found).toContain('no GTS_PDFA1 OutputIntent');
    expect(found).toContain('catalog has no /Metadata');
  }, 60_000);
});

describe('the bundled example, read by qpdf and Poppler', () => {
  let out: string;
  let manifest: Manifest;
  const path = (f: { path: string }) => join(out, f.path);

  beforeAll(async () => {
    out = tempDir('jixiao-build-');
    manifest = await buildReport(EXAMPLE_PATH, out);
  }, 60_000);

  it('has the page counts of manifest.json', () => {
    for (const f of manifest.files) expect(popplerInfo(path(f)).pages, f.path).toBe(f.pages);
  }, 60_000);

  it('embeds every font as a subset with a Unicode map', () => {
    for (const f of manifest.files) {
      const fonts = popplerFonts(path(f));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect([font.emb, font.sub, font.uni], `${f.path} ${font.name}`).toEqual(['yes', 'yes', 'yes']);
    }
  }, 60_000);

  it('meets the checked parts of PDF/A-2b, and qpdf --check finds nothing', () => {
    for (const f of manifest.files) expect(problems(path(f)), f.path).toEqual([]);
  }, 60_000);

  it('gives Poppler the same text as pdf.js, up to white space, with every value of the example', () => {
    for (const f of manifest.files) expect(compact(popplerText(path(f))), f.path).toBe(compact(pdfText(path(f))));
    const text = compact(popplerText(path(manifest.files[0])).replace(/\n— \d+ —\n/g, '\n'));
    expect(printedValues(exampleData()).filter((v) => !text.includes(compact(v.text)))).toEqual([]);
  }, 60_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../src/compose/format.js';
import { D } from '../../src/derive/index.js';
import { loadStyles, pageMargins } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { composeReport, prepareReport, renderReport } from '../../src/pipeline.js';
import type { RenderedDocument } from '../../src/render/index.js';
import { compact } from '../helpers/pdf.js';
import { printedValues } from '../helpers/printedValues.js';
import { containsInPieces, readPages, type PdfPage } from './pdfText.js';
import { stressData } from './stress.js';

// The stress input through the whole pipeline (35 documents, about 250 pages), read back from the combined PDF.

const data = stressData();
let rendered: RenderedDocument[];
let pages: PdfPage[];

beforeAll(async () => {
  rendered = await renderReport(prepareReport(parseReportInput(data)));
  pages = await readPages(rendered[0].bytes);
}, 180_000);

/** The pages of document `i` (1: the narrative, 2: the 基础数据表 …) in the combined file. */
function pagesOf(i: number): PdfPage[] {
  const start = rendered.slice(1, i).reduce((n, r) => n + r.pages, 0);
  return pages.slice(start, start + rendered[i].pages);
}

const INDICATOR_HEADER = compact('一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施');
const MONEY_HEADER = compact('经费控制情况2021年决算数2022年预算数2022年决算数');
const forms = () => rendered.map((doc, i) => ({ doc, i })).slice(2);
const headerOf = (doc: RenderedDocument) => (doc.layout.kind === 'basicData' ? MONEY_HEADER : INDICATOR_HEADER);

describe('the stress input, built', () => {
  it('makes 35 documents and the combined file, 200 pages and more, each on the pages its layout planned', () => {
    expect(rendered.length).toBe(36);
    expect(pages.length).toBe(rendered[0].pages);
    expect(pages.length).toBeGreaterThan(200);
    // The renderer never breaks a page the layout did not: the pages it made are the pages planned.
    const planned = composeReport(prepareReport(parseReportInput(data))).docs.map((d) => d.pages);
    expect(rendered.slice(1).map((r) => r.pages)).toEqual(planned);
  });

  it('prints every value of the input somewhere (long texts perhaps cut by page breaks)', () => {
    const text = compact(pages.map((p) => p.text).join('\n'));
    const decimals = data.display.scoreDecimals;
    const values = printedValues(data).map((v) => (/\.(weight|score)$/.test(v.path) ? { ...v, text: formatScore(new D(String(pathValue(data, v.path))), decimals) } : v));
    const missing = values.filter((v) => !text.includes(compact(v.text)) && !containsInPieces(text, compact(v.text)));
    expect(missing.map((m) => ({ path: m.path, text: m.text.slice(0, 60) }))).toEqual([]);
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('never wraps a number: each amount, rate and score lies whole on one line', () => {
    const onOneLine = new Set(pages.flatMap((p) => p.items.map((i) => i.str.replace(/\s/g, ''))));
    const numbers = printedValues(data).filter((v) => /^-?\d[\d.]*%?$/.test(v.text) && v.text.length >= 4);
    expect(numbers.length).toBeGreaterThan(300);
    const broken = numbers.filter((v) => ![...onOneLine].some((s) => s.includes(v.text)));
    expect(broken.map((b) => `${b.path} ${b.text}`)).toEqual([]);
    expect([...onOneLine].some((s) => s === '1234567.89')).toBe(true);
  });

  it('repeats the header rows and the 续表 mark on every page a table continues on', () => {
    for (const { doc, i } of forms()) {
      pagesOf(i).forEach((page, p) => {
        const text = compact(page.text);
        const where = `${doc.layout.fileName} p.${p + 1}`;
        if (p > 0) expect(text, where).toContain('续表');
        // A page with rows of the long table has its header (the indicator rows carry their 一级 label).
        const hasRows = doc.layout.kind === 'basicData' ? /专项工作经费|政府采购金额/.test(text) : /产出指标|效益指标|满意度指标/.test(text);
        if (hasRows) expect(text, where).toContain(headerOf(doc));
      });
    }
  });

  it('puts all text inside the page, within the side margins, above the footer', () => {
    const [left, top, right] = pageMargins(loadStyles());
    const outside = pages.flatMap((p, n) =>
      p.items.filter((w) => w.left < left - 0.5 || w.right > p.width - right + 0.5 || w.top < top - 0.5 || w.bottom > p.height - 10).map((w) => ({ page: n + 1, ...w })),
    );
    expect(outside.slice(0, 5)).toEqual([]);
    expect(pages.reduce((n, p) => n + p.items.length, 0)).toBeGreaterThan(10_000);
  });

  it('ends every form with its signature lines below table rows, never on a page of their own', () => {
    for (const { doc, i } of forms()) {
      const last = compact(pagesOf(i).at(-1)!.text);
      expect(last, doc.layout.fileName).toContain('单位负责人签字');
      expect(last, doc.layout.fileName).toContain(headerOf(doc));
    }
  });
});

function pathValue(root: unknown, path: string): unknown {
  return path.split('.').reduce((v, k) => (v as Record<string, unknown>)[k], root);
}

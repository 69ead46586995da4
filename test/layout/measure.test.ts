import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordBounds } from '../../src/layout/measure/lineBreak.js';
import { isSpaceUnit, lineHeight, textWidth, wrapLines, type TextStyle } from '../../src/layout/measure/text.js';
import { fontFiles } from '../../src/node/resources.js';
import { rng } from '../helpers/random.js';
import { randomText } from './randomText.js';

const require = createRequire(import.meta.url);

beforeAll(() => {
  pdfmake.setFonts({ F: fontFiles() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
});

/** Lines pdfmake really makes of each text in a cell `width` wide: read back from the laid-out nodes. */
async function pdfmakeLineCounts(texts: string[], style: TextStyle, width: number): Promise<number[]> {
  const cells = texts.map((text) => ({ text, bold: !!style.bold, leadingIndent: style.leadingIndent ?? 0, lineHeight: style.lineHeight ?? 1 }));
  const dd = {
    pageSize: { width: width + 100, height: 100000 },
    pageMargins: [10, 10, 10, 10],
    defaultStyle: { font: 'F', fontSize: style.fontSize },
    content: [{ table: { widths: [width], body: cells.map((c) => [c]) }, layout: 'noBorders' }],
  };
  await pdfmake.createPdf(dd).getBuffer();
  return cells.map((c) => (c as unknown as { positions: unknown[] }).positions.length);
}

describe('line breaking', () => {
  it('finds the same words as pdfmake\'s line breaker', () => {
    const LineBreaker = require('linebreak');
    const random = rng(7);
    for (let n = 0; n < 400; n++) {
      const text = randomText(random, 1 + Math.floor(random() * 120));
      const expected: string[] = [];
      const breaker = new LineBreaker(text);
      let last = 0;
      for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
        expected.push(text.slice(last, bk.position));
        last = bk.position;
      }
      const bounds = wordBounds(text);
      const words = Array.from({ length: bounds.length / 3 }, (_, i) => text.slice(bounds[3 * i], bounds[3 * i + 1]));
      expect(words.join('|'), text).toBe(expected.join('|').replace(/\r?\n|\r/g, ''));
    }
  });
});

describe('text measurement', () => {
  it('tells spaces as a regular expression\'s \\s does, for every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('gives pdfkit\'s line height and widths', () => {
    expect(lineHeight({ fontSize: 10.5 })).toBeCloseTo(15.204, 6);
    expect(textWidth('1234567.89', { fontSize: 10 })).toBeCloseTo(52.73, 6);
    expect(textWidth('招商引资', { fontSize: 12, bold: true })).toBe(48);
  });

  for (const [name, style, width] of [
    ['table cells, 10.5 pt, narrow', { fontSize: 10.5 }, 41.3],
    ['table cells, 10.5 pt bold, wide', { fontSize: 10.5, bold: true }, 187.2],
    ['narrative, 16 pt, indented', { fontSize: 16, lineHeight: 1.55, leadingIndent: 32 }, 442.2],
  ] as [string, TextStyle, number][]) {
    it(`predicts pdfmake's line count for random texts (${name})`, async () => {
      const random = rng(width * 100);
      const texts = Array.from({ length: 120 }, () => randomText(random, 1 + Math.floor(random() * 300)));
      const actual = await pdfmakeLineCounts(texts, style, width);
      const predicted = texts.map((t) => wrapLines(t, style, width).length);
      const wrong = texts.map((t, i) => ({ t, want: actual[i], got: predicted[i] })).filter((r) => r.want !== r.got);
      expect(wrong).toEqual([]);
    });
  }
});

/** Each text's lines as pdfmake breaks it in a cell `width` wide, read back from the laid-out pages. */
async function pdfmakeLines(texts: string[], style: TextStyle, width: number): Promise<string[][]> {
  const cells = texts.map((text) => ({ text, bold: !!style.bold, leadingIndent: style.leadingIndent ?? 0, lineHeight: style.lineHeight ?? 1 }));
  const dd = {
    pageSize: { width: width + 100, height: 1000000 },
    pageMargins: [10, 10, 10, 10],
    defaultStyle: { font: 'F', fontSize: style.fontSize },
    content: [{ table: { widths: [width], body: cells.map((c) => [c]) }, layout: 'noBorders' }],
  };
  const doc = (await pdfmake.createPdf(dd).getStream()) as unknown as { _pdfMakePages: { items: { type: string; item: { inlines: { text: string }[] } }[] }[] };
  const lines = doc._pdfMakePages.flatMap((p) => p.items.filter((i) => i.type === 'line').map((i) => i.item.inlines.map((x) => x.text).join('')));
  const counts = cells.map((c) => (c as unknown as { positions: unknown[] }).positions.length);
  let at = 0;
  return counts.map((n) => lines.slice(at, (at += n)));
}

// Tables hand pdfmake the lines the layout broke (linesNode), drawn as they are: a line predicted wrong would run
// out of its cell instead of wrapping. So pdfmake, given the whole text, must break it into exactly these lines.
describe('lines handed to pdfmake already broken', () => {
  for (const [name, style, width] of [
    ['table cells, 10.5 pt, narrow', { fontSize: 10.5 }, 41.3],
    ['table cells, 10.5 pt bold, wide', { fontSize: 10.5, bold: true }, 187.2],
    ['table cells, 9 pt, medium', { fontSize: 9 }, 96.4],
  ] as [string, TextStyle, number][]) {
    it(`are the lines pdfmake makes of the whole text (${name})`, async () => {
      const random = rng(width * 37);
      const texts = Array.from({ length: 120 }, () => randomText(random, 1 + Math.floor(random() * 300)));
      const actual = await pdfmakeLines(texts, style, width);
      const wrong = texts
        .map((t, i) => ({ t, want: actual[i], got: wrapLines(t, style, width).map((l) => l.text) }))
        .filter((r) => JSON.stringify(r.want) !== JSON.stringify(r.got));
      expect(wrong).toEqual([]);
    });
  }
});

import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../src/node/resources.js';
import { isPlainText, PLAIN_RANGES, PlainLayout, type PlainGlyph } from '../../src/render/plainLayout.js';
import { TrueTypeFont } from '../../src/render/trueType.js';

type Fontkit = fontkit.Font & { _glyphs: Record<number, PlainGlyph> };

/** What pdfkit's EmbeddedFont.layoutRun makes of fontkit's layout (pdfkit 0.19.1, read line by line). */
function pdfkitRun(font: Fontkit, text: string) {
  const run = font.layout(text) as unknown as { glyphs: PlainGlyph[]; positions: Record<string, number>[]; advanceWidth: number };
  const scale = 1000 / font.unitsPerEm;
  run.positions.forEach((p, i) => {
    for (const key in p) p[key] *= scale;
    p.advanceWidth = run.glyphs[i].advanceWidth * scale;
  });
  return { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })), advanceWidth: run.advanceWidth };
}

const shape = (run: { glyphs: PlainGlyph[]; positions: object[]; advanceWidth: number }) => ({
  glyphs: run.glyphs.map((g) => ({ id: g.id, codePoints: g.codePoints, advanceWidth: g.advanceWidth })),
  positions: run.positions,
  advanceWidth: run.advanceWidth,
});

/** Every code point of PLAIN_RANGES, each after an ideograph: a mark or an ignorable would change its position. */
function everyPlainPair(): string[] {
  return PLAIN_RANGES.map(([from, to]) => {
    let s = '';
    for (let cp = from; cp <= to; cp++) s += `一${String.fromCharCode(cp)}`;
    return s;
  });
}

describe.each(['normal', 'bold'] as const)('the plain layout of the %s font', (style) => {
  const bytes = readFileSync(fontFiles()[style]);
  const reference = fontkit.create(bytes) as Fontkit;
  const laid = fontkit.create(bytes) as Fontkit;
  const plain = PlainLayout.register(new TrueTypeFont(bytes), laid)!;
  const scale = 1000 / reference.unitsPerEm;

  it('is used: the bundled font has nothing that shapes text', () => {
    expect(plain).toBeDefined();
  });

  it('gives every plain code point the glyph, codePoints, position and width fontkit gives it, in any neighbour', () => {
    for (const text of [...everyPlainPair(), '绩效 Self-Evaluation 2022（¥1,234.50）≥ 80% ① ✓', '']) {
      expect(isPlainText(text)).toBe(true);
      expect(shape(plain.layout(text, scale)!), text.slice(0, 12)).toEqual(shape(pdfkitRun(reference, text)));
    }
  });

  it('hands out the first glyph object made for a number, whoever made it, as fontkit’s single cache does', () => {
    const own = fontkit.create(bytes) as Fontkit;
    const fresh = PlainLayout.register(new TrueTypeFont(bytes), own)!;
    const first = fresh.layout('国', scale)!.glyphs[0];
    expect(fresh.layout('国家', scale)!.glyphs[0] === first).toBe(true);
    // fontkit makes its own object for a text it lays out itself; the run then gets the first one back.
    const run = own.layout('国\u0301') as unknown as { glyphs: PlainGlyph[] };
    expect(run.glyphs[0] === first).toBe(false);
    fresh.adopt(run.glyphs);
    expect(run.glyphs[0] === first).toBe(true);
    // A glyph fontkit made first is the one the plain layout hands out.
    const made = own.glyphForCodePoint(0x62a5) as unknown as PlainGlyph;
    expect(fresh.layout('报', scale)!.glyphs[0] === made).toBe(true);
  });
});

describe('isPlainText', () => {
  it('refuses what fontkit shapes, hides or positions: marks, ignorables, selectors, controls, surrogates', () => {
    for (const text of ['e\u0301', 'a\u00ad', 'a\u200b', '一\ufe0f', 'a\nb', 'a\tb', '\ud840\udc00', '\u302a', '\u3099', 'ا']) {
      expect(isPlainText(text), JSON.stringify(text)).toBe(false);
    }
    expect(isPlainText('部门整体支出绩效自评报告（2022年度）：100.00%')).toBe(true);
  });
});

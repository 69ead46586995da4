// Checks the fonts built by scripts/prepare-fonts.mjs with readers that did not write them: fontkit, a cmap read
// from the bytes here, and pdfmake + pdf.js. fontTools, OTS and Poppler check them again in test/external/.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { covers } from '../../src/check/input/glyphs.js';
import { pdfFonts, pdfText } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmp.js';
import { cmapSubtables, format4Map } from './cmap.js';
import { ABSENT, BOLD, COVERAGE, ensureFonts, EXPECTED, pdfmakeSample, readCoverage, REGULAR, WANT } from './fontSample.js';

const TIMEOUT = 120_000;

beforeAll(ensureFonts, TIMEOUT);

const open = (file: string) => fontkit.openSync(file) as fontkit.Font & Record<string, any>;

describe('prepared Noto Sans SC fonts', () => {
  for (const file of [REGULAR, BOLD]) {
    const w = WANT[file];
    describe(path.basename(file), () => {
      it('parse in fontkit: every table, every glyph outline', () => {
        const font = open(file);
        for (const tag of Object.keys(font.directory.tables)) if (tag !== 'glyf' && tag !== 'loca') expect(font[tag], tag).toBeTruthy();
        expect(font.numGlyphs).toBeGreaterThan(13_000);
        let points = 0;
        for (let gid = 0; gid < font.numGlyphs; gid++) points += font.getGlyph(gid).path.commands.length;
        expect(points).toBeGreaterThan(font.numGlyphs * 10);
      }, TIMEOUT);

      it('have a valid cmap: format 12, a format 4 whose length field holds its size and agrees on the BMP', () => {
        const bytes = fs.readFileSync(file);
        const subtables = cmapSubtables(bytes);
        expect(subtables.map((s) => s.format)).toContain(12);
        const font = open(file);
        const best = new Set(font.characterSet as number[]);
        expect(best.size).toBeGreaterThan(13_000);
        for (const s of subtables.filter((t) => t.format === 4)) {
          expect(s.lengthOk, `format 4 length (platform ${s.platform})`).toBe(true);
          const map = format4Map(s.data);
          const bmp = [...best].filter((c) => c <= 0xffff);
          expect(map.size).toBe(bmp.length);
          expect(bmp.filter((c) => map.get(c) !== font.glyphForCodePoint(c).id)).toEqual([]);
        }
      });

      it('map every character the reports use to a glyph with an outline, and nothing the font lacks', () => {
        const font = open(file);
        expect(EXPECTED.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)).join('')).toBe('');
        expect(EXPECTED.filter((c) => !font.glyphForCodePoint(c.codePointAt(0)!).path.commands.length).join('')).toBe('');
        expect(ABSENT.filter((cp) => font.hasGlyphForCodePoint(cp))).toEqual([]);
        const covered = readCoverage().ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(covered.filter((cp) => !font.hasGlyphForCodePoint(cp)).length).toBe(0);
      });

      it('keep their names, copyright, licence and weight', () => {
        const font = open(file);
        const names = font.name.records;
        expect(names.fontFamily.en).toBe('Noto Sans SC');
        expect(names.fontSubfamily.en).toBe(w.style);
        expect(names.fullName.en).toBe(w.full);
        expect(names.postscriptName.en).toBe(w.ps);
        expect(names.copyright.en).toMatch(/Adobe/);
        expect(names.licenseURL.en).toMatch(/OFL|openfontlicense/);
        expect(font['OS/2'].usWeightClass).toBe(w.weight);
      });
    });
  }

  it('coverage.json lists the code points of both weights as compact ranges', () => {
    const cov = readCoverage();
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(COVERAGE), '..', 'node_modules/@fontsource/noto-sans-sc/package.json'), 'utf8'));
    expect(cov.source).toBe(`@fontsource/noto-sans-sc@${pkg.version}`);
    let count = 0;
    cov.ranges.forEach(([a, b], i) => {
      expect(a).toBeLessThanOrEqual(b);
      if (i > 0) expect(a).toBeGreaterThan(cov.ranges[i - 1][1] + 1); // sorted, disjoint, not adjacent
      count += b - a + 1;
    });
    expect(count).toBeGreaterThan(13_000);
    for (const ch of EXPECTED) expect(covers(cov.ranges, ch.codePointAt(0)!), ch).toBe(true);
    for (const cp of ABSENT) expect(covers(cov.ranges, cp), `U+${cp.toString(16)}`).toBe(false);
  });

  it('are embedded by pdfmake 0.3 as subset Unicode fonts and the text extracts exactly', async () => {
    const text = '≥3次 衡阳市投资促进事务中心 （2022年度）';
    const pdf = path.join(tempDir('jixiao-pdf-'), 'fonts.pdf');
    fs.writeFileSync(pdf, await pdfmakeSample(text));
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const f of fonts) expect([f.emb, f.sub, f.uni], f.name).toEqual(['yes', 'yes', 'yes']);
    expect(pdfText(pdf).split('\n').filter((l) => l.trim() && l !== '\f')).toEqual([text, text]);
  }, TIMEOUT);
});

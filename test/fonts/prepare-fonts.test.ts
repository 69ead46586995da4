// Checks the fonts built by scripts/prepare-fonts.mjs with readers that did not write them:
// fontTools (Debian python3-fonttools), OTS (Debian opentype-sanitizer), and pdfmake + poppler.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { covers } from '../../src/check/input/glyphs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FONTS = path.join(ROOT, 'fonts');
const REGULAR = path.join(FONTS, 'NotoSansSC-Regular.ttf');
const BOLD = path.join(FONTS, 'NotoSansSC-Bold.ttf');
const COVERAGE = path.join(FONTS, 'coverage.json');
const PYTHON = '/usr/bin/python3';
const TIMEOUT = 120_000;

// Symbols and punctuation the reports use, then hanzi: report vocabulary, common surnames, Hengyang place names.
const SYMBOLS = '≥≤✓①（）：“”、％—。，《》·';
const HANZI =
  '衡阳绩效部门整体支出自评报告投资促进事务中心年度预算执行率项目完成及时性满意度财政资金管理办法规定指标值得分' +
  '张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '湖南省市雁峰区石鼓蒸湘珠晖岳县东山祁耒常宁鑫赟曌堃琰玥';
const EXPECTED = [...new Set([...SYMBOLS, ...HANZI])];
const ABSENT = [0x4dae /* 䶮, CJK Ext. A */, 0x1f600 /* 😀 */, 0x1f389 /* 🎉 */, 0x20000 /* 𠀀, CJK Ext. B */];

function requireTool(cmd: string, args: string[], aptPackage: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      `${[cmd, ...args].join(' ')} is not usable (${r.error?.message ?? r.stderr.trim()}): ` +
        `install the Debian package ${aptPackage} (apt-get install -y ${aptPackage})`,
    );
  }
}

function readCoverage(): { source: string; ranges: [number, number][] } {
  return JSON.parse(fs.readFileSync(COVERAGE, 'utf8'));
}


beforeAll(() => {
  if (![REGULAR, BOLD, COVERAGE].every((f) => fs.existsSync(f))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/prepare-fonts.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}, TIMEOUT);

// Reads both fonts with fontTools and reports what it found as JSON.
const FONTTOOLS_CHECK = String.raw`
import json, struct, sys
from fontTools.ttLib import TTFont
args = json.loads(sys.argv[1])
cov = json.load(open(args["coverage"]))
covered = set()
for a, b in cov["ranges"]:
    covered.update(range(a, b + 1))
out = {}
for path in args["fonts"]:
    f = TTFont(path)
    for tag in f.keys():
        f[tag]  # decompile every table
    raw = f.reader["cmap"]
    subtables = []
    for s in f["cmap"].tables:
        info = {"platform": s.platformID, "encoding": s.platEncID, "format": s.format, "count": len(s.cmap)}
        # the 16-bit length field of a format 4 subtable must hold its real size (the bug fonts.md describes)
        off = struct.unpack(">I", raw[4 + 8 * f["cmap"].tables.index(s) + 4: 4 + 8 * f["cmap"].tables.index(s) + 8])[0]
        if s.format == 4:
            length, _, segx2 = struct.unpack(">HHH", raw[off + 2: off + 8])
            info["lengthOk"] = length >= 16 + 4 * segx2 and off + length <= len(raw)
        subtables.append(info)
    best = f.getBestCmap()
    bmp = {c: g for c, g in best.items() if c <= 0xFFFF}
    f4 = [s for s in f["cmap"].tables if s.format == 4]
    glyf = f["glyf"]
    names = {n.nameID: n.toUnicode() for n in f["name"].names if n.platformID == 3 and n.langID == 0x409}
    out[path] = {
        "subtables": subtables,
        "format4MatchesBest": all(dict(s.cmap) == bmp for s in f4),
        "best": len(best),
        "glyphs": f["maxp"].numGlyphs,
        "missing": [c for c in args["expected"] if c not in best],
        "empty": [c for c in args["expected"] if c in best and glyf[best[c]].numberOfContours == 0],
        "absentPresent": [c for c in args["absent"] if c in best],
        "coverageNotInFont": len(covered - set(best)),
        "names": {str(k): v for k, v in names.items()},
        "weight": f["OS/2"].usWeightClass,
        "fsSelection": f["OS/2"].fsSelection,
    }
print(json.dumps(out))
`;

describe('prepared Noto Sans SC fonts', () => {
  it('are read cleanly by fontTools: valid cmap, expected characters, names', () => {
    requireTool(PYTHON, ['-c', 'import fontTools.ttLib'], 'python3-fonttools');
    const args = {
      fonts: [REGULAR, BOLD],
      coverage: COVERAGE,
      expected: EXPECTED.map((c) => c.codePointAt(0)),
      absent: ABSENT,
    };
    const stdout = execFileSync(PYTHON, ['-c', FONTTOOLS_CHECK, JSON.stringify(args)], {
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    });
    const report = JSON.parse(stdout);
    const want = {
      [REGULAR]: { style: 'Regular', full: 'Noto Sans SC', ps: 'NotoSansSC-Regular', weight: 400 },
      [BOLD]: { style: 'Bold', full: 'Noto Sans SC Bold', ps: 'NotoSansSC-Bold', weight: 700 },
    };
    for (const [file, w] of Object.entries(want)) {
      const r = report[file];
      const formats = r.subtables.map((s: { format: number }) => s.format);
      expect(formats).toContain(12);
      for (const s of r.subtables) if (s.format === 4) expect(s.lengthOk, `format 4 length in ${file}`).toBe(true);
      expect(r.format4MatchesBest).toBe(true);
      expect(r.best).toBeGreaterThan(13_000);
      expect(r.glyphs).toBeGreaterThan(13_000);
      expect(r.missing.map((c: number) => String.fromCodePoint(c)).join('')).toBe('');
      expect(r.empty.map((c: number) => String.fromCodePoint(c)).join('')).toBe('');
      expect(r.absentPresent).toEqual([]);
      expect(r.coverageNotInFont).toBe(0);
      expect(r.names['1']).toBe('Noto Sans SC');
      expect(r.names['2']).toBe(w.style);
      expect(r.names['4']).toBe(w.full);
      expect(r.names['6']).toBe(w.ps);
      expect(r.names['0']).toMatch(/Adobe/); // copyright kept
      expect(r.names['14']).toMatch(/OFL|openfontlicense/); // license URL kept
      expect(r.weight).toBe(w.weight);
    }
  }, TIMEOUT);

  it('pass the OpenType Sanitizer (what browsers use)', () => {
    requireTool('ots-sanitize', ['--version'], 'opentype-sanitizer');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-ots-'));
    try {
      for (const font of [REGULAR, BOLD]) {
        const r = spawnSync('ots-sanitize', [font, path.join(tmp, 'out.ttf')], { encoding: 'utf8' });
        expect(r.status, `ots-sanitize ${font}: ${r.stdout}${r.stderr}`).toBe(0);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it('coverage.json lists the code points of both weights as compact ranges', () => {
    const cov = readCoverage();
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@fontsource/noto-sans-sc/package.json'), 'utf8'));
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
    requireTool('pdffonts', ['-v'], 'poppler-utils');
    requireTool('pdftotext', ['-v'], 'poppler-utils');
    pdfmake.setFonts({ NotoSansSC: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(FONTS + path.sep));
    const text = '≥3次 衡阳市投资促进事务中心 （2022年度）';
    const dd = {
      info: { title: 'font test', creationDate: new Date(Date.UTC(2023, 0, 1)) },
      defaultStyle: { font: 'NotoSansSC', fontSize: 12 },
      content: [{ text }, { text, bold: true }],
    };
    const buffer: Buffer = await pdfmake.createPdf(dd).getBuffer();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-pdf-'));
    try {
      const pdf = path.join(tmp, 'fonts.pdf');
      fs.writeFileSync(pdf, buffer);

      const fontsOut = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
      const rows = fontsOut.trim().split('\n').slice(2); // name type encoding emb sub uni object ID
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        const cols = row.trim().split(/\s+/);
        expect(cols.slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
      }
      expect(fontsOut).toMatch(/\+NotoSansSC-Regular\s/);
      expect(fontsOut).toMatch(/\+NotoSansSC-Bold\s/);

      const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      const lines = extracted.split(/\r?\n/).filter((l) => l.trim() !== '' && l !== '\f');
      expect(lines).toEqual([text, text]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, TIMEOUT);
});

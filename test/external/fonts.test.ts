// Checks the fonts built by scripts/prepare-fonts.mjs with independent validators from Debian: fontTools
// (python3-fonttools), OTS (opentype-sanitizer) and Poppler. test/fonts/ checks the same with npm libraries.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { ABSENT, BOLD, COVERAGE, ensureFonts, EXPECTED, pdfmakeSample, REGULAR, WANT } from '../fonts/fontSample.js';

const PYTHON = '/usr/bin/python3';
const TIMEOUT = 120_000;

function requireTool(cmd: string, args: string[], aptPackage: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      `${[cmd, ...args].join(' ')} is not usable (${r.error?.message ?? r.stderr.trim()}): ` +
        `install the Debian package ${aptPackage} (apt-get install -y ${aptPackage})`,
    );
  }
}

beforeAll(ensureFonts, TIMEOUT);

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
    for (const [file, w] of Object.entries(WANT)) {
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
    const tmp = tempDir('jixiao-ots-');
    for (const font of [REGULAR, BOLD]) {
      const r = spawnSync('ots-sanitize', [font, path.join(tmp, 'out.ttf')], { encoding: 'utf8' });
      expect(r.status, `ots-sanitize ${font}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  }, TIMEOUT);

  it('are embedded by pdfmake 0.3 as subset Unicode fonts and the text extracts exactly', async () => {
    requireTool('pdffonts', ['-v'], 'poppler-utils');
    requireTool('pdftotext', ['-v'], 'poppler-utils');
    const text = '≥3次 衡阳市投资促进事务中心 （2022年度）';
    const pdf = path.join(tempDir('jixiao-pdf-'), 'fonts.pdf');
    fs.writeFileSync(pdf, await pdfmakeSample(text));
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
  }, TIMEOUT);
});

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { subset } from '../render/testFont.js';

// jixiao's own TrueType subsets, read by fontTools (Debian python3-fonttools); test/render/ reads them with fontkit.
describe('GlyphSubset', () => {
  it('is read by fontTools, composites included', () => {
    const { s } = subset();
    const file = join(tempDir('jixiao-ttf-'), 'subset.ttf');
    writeFileSync(file, s.encode());
    const script = [
      'import sys',
      'from fontTools.ttLib import TTFont',
      'f = TTFont(sys.argv[1])',
      "g = f['glyf']",
      'order = f.getGlyphOrder()',
      "print(f['maxp'].numGlyphs, ' '.join(str(len(g[n].getCoordinates(g)[0])) for n in order))",
    ].join('\n');
    const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).trim().split(' ').map(Number);
    expect(out[0]).toBe(6);
    expect(out[4]).toBe(out[6]); // composite 5 draws glyph 2's points, through 4
    expect(out[2]).toBeGreaterThan(0);
    expect(out[6]).toBeGreaterThan(0);
  });
});

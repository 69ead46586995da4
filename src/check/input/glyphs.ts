import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { resources } from '../../resources.js';
import { leaves } from './walk.js';
import { INPUT_MESSAGES as M } from './messages.js';
import { mapList } from '../../mapList.js';

type Ranges = [number, number][];

/** Code points both font weights can draw (fonts/coverage.json, written at install time with the fonts). */
export function fontCoverage(): Ranges {
  return resources().coverage();
}

const maps = new WeakMap<Ranges, Uint8Array>();

/**
 * The ranges (sorted, as coverage.json has them) as one byte per code point up to the last they cover (~125 KB for the
 * bundled fonts, made once): a character is then one read. A search of the ranges for each of a report's ~3,000
 * characters made V8 optimise the search in the background, ~7–18 ms of CPU in every check.
 */
function coverageMap(ranges: Ranges): Uint8Array {
  let map = maps.get(ranges);
  if (!map) {
    map = new Uint8Array(ranges.length ? ranges[ranges.length - 1][1] + 1 : 0);
    for (let i = 0; i < ranges.length; i++) map.fill(1, ranges[i][0], ranges[i][1] + 1);
    maps.set(ranges, map);
  }
  return map;
}

export function covers(ranges: Ranges, cp: number): boolean {
  return coverageMap(ranges)[cp] === 1;
}

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters of the input that the font cannot draw. pdfmake would print an empty box without a word,
 * so each one is reported with its field and code point before anything is rendered.
 */
export function missingGlyphs(input: ReportInput | object, ranges: Ranges = fontCoverage(), describe: (path: (string | number)[]) => string = describePath): Finding[] {
  const findings: Finding[] = [];
  const map = coverageMap(ranges);
  for (const leaf of leaves(input)) {
    if (typeof leaf.value !== 'string') continue;
    const missing = new Set<number>();
    const text = leaf.value;
    // By index, not for-of: a string's iterator makes a string and a result object per character until V8 optimises.
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      // The font's ranges first: almost every character is in them, and the regex then runs for the few others only.
      if (cp > 0x20 && map[cp] !== 1 && !/\s/u.test(String.fromCodePoint(cp))) missing.add(cp);
    }
    if (missing.size === 0) continue;
    const list = mapList([...missing], (cp) => M.glyph(String.fromCodePoint(cp), codePoint(cp))).join('、');
    findings.push({
      id: 'E_MISSING_GLYPH',
      level: 'error',
      path: joinPath(leaf.path),
      where: describe(leaf.path),
      message: M.missingGlyph(list, missing.size),
      actual: list,
      hint: M.missingGlyphHint,
    });
  }
  return findings;
}

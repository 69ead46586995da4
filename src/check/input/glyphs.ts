import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { resources } from '../../resources.js';
import { leaves } from './walk.js';
import { INPUT_MESSAGES as M } from './messages.js';

type Ranges = [number, number][];

/** Code points both font weights can draw (fonts/coverage.json, written at install time with the fonts). */
export function fontCoverage(): Ranges {
  return resources().coverage();
}

export function covers(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid][0]) hi = mid - 1;
    else if (cp > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
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
  for (const leaf of leaves(input)) {
    if (typeof leaf.value !== 'string') continue;
    const missing = new Set<number>();
    for (const ch of leaf.value) {
      const cp = ch.codePointAt(0)!;
      // The font's ranges first: almost every character is in them, and the regex then runs for the few others only.
      if (cp > 0x20 && !covers(ranges, cp) && !/\s/u.test(ch)) missing.add(cp);
    }
    if (missing.size === 0) continue;
    const list = [...missing].map((cp) => M.glyph(String.fromCodePoint(cp), codePoint(cp))).join('、');
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

import { CLASS_NAMES, CLASS_RUNS, PAIR_TABLE } from './fontData.js';
import { mapList } from '../../mapList.js';

// UAX #14 line breaking, the pair-table way pdfmake's line breaker (the linebreak package) does it, so that the
// words predicted here are the words pdfmake lays out.

const NAMES = CLASS_NAMES.split(' ');
const cls = (name: string): number => NAMES.indexOf(name);
const [AL, NS, ID, HY, BA, HL, ZWJ, RI, BK, CR, LF, NL, SP, WJ, AI, SA, SG, XX, CJ] = mapList([
  'AL', 'NS', 'ID', 'HY', 'BA', 'HL', 'ZWJ', 'RI', 'BK', 'CR', 'LF', 'NL', 'SP', 'WJ', 'AI', 'SA', 'SG', 'XX', 'CJ',
], cls);
const [DIRECT, INDIRECT, COMBINING_INDIRECT, COMBINING_PROHIBITED] = [0, 1, 2, 3];
const PAIRS = mapList(PAIR_TABLE, (row) => mapList([...row], (s) => '_%#@^'.indexOf(s)));

const RUN_STARTS: number[] = [];
const RUN_CLASSES: number[] = [];
for (const run of CLASS_RUNS.split(' ')) {
  const [start, name] = run.split(':');
  RUN_STARTS.push(parseInt(start, 16));
  RUN_CLASSES.push(cls(name));
}

/** The mapped classes (mapClass of rawClass) of BMP code points looked up so far, plus one: 0 where not yet. */
const bmpClasses = new Uint8Array(0x10000);

/** mapClass(rawClass(cp)), remembered for BMP code points: a report's text repeats a few hundred of them. */
function classOf(cp: number): number {
  if (cp > 0xffff) return mapClass(rawClass(cp));
  const known = bmpClasses[cp];
  if (known) return known - 1;
  const c = mapClass(rawClass(cp));
  bmpClasses[cp] = c + 1;
  return c;
}

/** The raw class of a code point (for code points outside the font: the class of the run they fall in). */
function rawClass(cp: number): number {
  let lo = 0;
  let hi = RUN_STARTS.length - 1;
  if (cp < RUN_STARTS[0]) return cp === 10 ? LF : cp === 13 ? CR : cp === 9 ? BA : XX;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (RUN_STARTS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return RUN_CLASSES[lo];
}

function mapClass(c: number): number {
  if (c === AI || c === SA || c === SG || c === XX) return AL;
  if (c === CJ) return NS;
  return c;
}

function mapFirst(c: number): number {
  if (c === LF || c === NL) return BK;
  if (c === SP) return WJ;
  return c;
}

/**
 * The break positions of `text`, each as position × 2, plus 1 when the break is required (after a newline): numbers,
 * not objects, since a Chinese text breaks after nearly every character.
 */
function breaks(text: string): number[] {
  const out: number[] = [];
  if (text.length === 0) return out;
  const first = text.codePointAt(0)!;
  let i = first > 0xffff ? 2 : 1;
  let nextClass = classOf(first);
  let curClass = mapFirst(nextClass);
  let lb8a = nextClass === ZWJ;
  let lb21a = false;
  let lb30a = 0;
  while (i < text.length) {
    const lastPos = i;
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const lastClass = nextClass;
    nextClass = classOf(cp);
    if (curClass === BK || (curClass === CR && nextClass !== LF)) {
      curClass = mapFirst(mapClass(nextClass));
      out.push(lastPos * 2 + 1);
      continue;
    }
    let shouldBreak: boolean | null = null;
    if (nextClass === SP) shouldBreak = false;
    else if (nextClass === BK || nextClass === LF || nextClass === NL) {
      curClass = BK;
      shouldBreak = false;
    } else if (nextClass === CR) {
      curClass = CR;
      shouldBreak = false;
    }
    if (shouldBreak === null) shouldBreak = pairBreak(lastClass);
    lb8a = nextClass === ZWJ;
    if (shouldBreak) out.push(lastPos * 2);
  }
  out.push(text.length * 2);
  return out;

  function pairBreak(lastClass: number): boolean {
    let shouldBreak = false;
    switch (PAIRS[curClass][nextClass]) {
      case DIRECT:
        shouldBreak = true;
        break;
      case INDIRECT:
        shouldBreak = lastClass === SP;
        break;
      case COMBINING_INDIRECT:
        shouldBreak = lastClass === SP;
        if (!shouldBreak) return false;
        break;
      case COMBINING_PROHIBITED:
        if (lastClass !== SP) return false;
        break;
    }
    if (lb8a) shouldBreak = false;
    if (lb21a && (curClass === HY || curClass === BA)) {
      shouldBreak = false;
      lb21a = false;
    } else lb21a = curClass === HL;
    if (curClass === RI) {
      lb30a++;
      if (lb30a === 2 && nextClass === RI) {
        shouldBreak = true;
        lb30a = 0;
      }
    } else lb30a = 0;
    curClass = nextClass;
    return shouldBreak;
  }
}

/**
 * `text` cut into the words pdfmake lays out, as its TextBreaker does: a flat list of (start, end, lineEnd) triples,
 * numbers and no strings, since a Chinese text is nearly a word a character. A word that ends its line with a
 * newline (\r\n, \n or \r) ends before it; lineEnd is 1 for such a word (and after any required break), else 0.
 */
export function wordBounds(text: string): number[] {
  if (text.length === 0) return [0, 0, 0];
  const out: number[] = [];
  const found = breaks(text);
  let last = 0;
  for (let k = 0; k < found.length; k++) {
    const bk = found[k];
    const position = bk >> 1;
    const end = position > last ? text.charCodeAt(position - 1) : 0;
    const newline = end === 10 || end === 13;
    const cut = end === 10 && position - 2 >= last && text.charCodeAt(position - 2) === 13 ? 2 : newline ? 1 : 0;
    out.push(last, position - cut, bk & 1 || newline ? 1 : 0);
    last = position;
  }
  return out;
}

import { CLASS_NAMES, CLASS_RUNS, PAIR_TABLE } from './fontData.js';

// UAX #14 line breaking, the pair-table way pdfmake's line breaker (the linebreak package) does it, so that the
// words predicted here are the words pdfmake lays out.

const NAMES = CLASS_NAMES.split(' ');
const cls = (name: string): number => NAMES.indexOf(name);
const [AL, NS, ID, HY, BA, HL, ZWJ, RI, BK, CR, LF, NL, SP, WJ, AI, SA, SG, XX, CJ] = [
  'AL', 'NS', 'ID', 'HY', 'BA', 'HL', 'ZWJ', 'RI', 'BK', 'CR', 'LF', 'NL', 'SP', 'WJ', 'AI', 'SA', 'SG', 'XX', 'CJ',
].map(cls);
const [DIRECT, INDIRECT, COMBINING_INDIRECT, COMBINING_PROHIBITED] = [0, 1, 2, 3];
const PAIRS = PAIR_TABLE.map((row) => [...row].map((s) => '_%#@^'.indexOf(s)));

const RUN_STARTS: number[] = [];
const RUN_CLASSES: number[] = [];
for (const run of CLASS_RUNS.split(' ')) {
  const [start, name] = run.split(':');
  RUN_STARTS.push(parseInt(start, 16));
  RUN_CLASSES.push(cls(name));
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

export interface Word {
  text: string;
  /** A forced line end (a newline) follows this word. */
  lineEnd?: boolean;
}

/** The break positions of `text`: each with whether the break is required (after a newline). */
function breaks(text: string): { position: number; required: boolean }[] {
  const out: { position: number; required: boolean }[] = [];
  const codePoints: { cp: number; end: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    codePoints.push({ cp, end: i });
  }
  if (codePoints.length === 0) return out;
  const classOf = (k: number) => mapClass(rawClass(codePoints[k].cp));
  let nextClass = classOf(0);
  let curClass = mapFirst(nextClass);
  let lb8a = nextClass === ZWJ;
  let lb21a = false;
  let lb30a = 0;
  let lastPos = 0;
  for (let k = 1; k < codePoints.length; k++) {
    lastPos = codePoints[k - 1].end;
    const lastClass = nextClass;
    nextClass = classOf(k);
    if (curClass === BK || (curClass === CR && nextClass !== LF)) {
      curClass = mapFirst(mapClass(nextClass));
      out.push({ position: lastPos, required: true });
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
    if (shouldBreak) out.push({ position: lastPos, required: false });
  }
  out.push({ position: text.length, required: false });
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

/** `text` cut into the words pdfmake lays out, as its TextBreaker does. */
export function splitWords(text: string): Word[] {
  if (text.length === 0) return [{ text: '' }];
  const words: Word[] = [];
  let last = 0;
  for (const bk of breaks(text)) {
    let word = text.slice(last, bk.position);
    if (bk.required || /\r?\n$|\r$/.test(word)) words.push({ text: word.replace(/\r?\n$|\r$/, ''), lineEnd: true });
    else words.push({ text: word });
    last = bk.position;
  }
  return words;
}

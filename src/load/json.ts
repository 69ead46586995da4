import { syntaxError } from './syntax.js';
import { JSON_SYNTAX_MESSAGES as J, LOAD_MESSAGES as M } from './messages.js';

/** Deeper nesting than any report needs; past it, later stages would recurse for nothing. */
export const MAX_NESTING = 64;

/**
 * A problem found by the scanner: where, what in the clerk's words for a problem JSON.parse accepts (a key given
 * twice), and for a syntax error, which JSON.parse words in English, what was expected there.
 */
interface ScanProblem {
  offset: number;
  what?: string;
  syntax?: string;
}

// Runs skipped by one native regex search each (sticky, from lastIndex) rather than one character at a time in
// JavaScript: a cold check scans its input twice, ~20 KB of mostly text, before the interpreter has warmed up.
// Each is a single character class repeated, which the regex engine runs without a backtracking stack.
/** Anything but a quote or a bracket. */
const NOT_QUOTE_OR_BRACKET = /[^"[\]{}]*/y;
/** Inside a string: anything but its end or an escape. */
const NOT_QUOTE_OR_ESCAPE = /[^"\\]*/y;
/** Inside a string, as JSON allows it: anything but its end, an escape or a control character. */
const STRING_CHARACTERS = /[^"\\\u0000-\u001f]*/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Where `run` stops matching from offset `from` (which must be within the text). */
function skip(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.exec(text);
  return run.lastIndex;
}

/** Offset of the first bracket nested deeper than MAX_NESTING, or -1: a plain loop, so any depth is safe. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    i = skip(NOT_QUOTE_OR_BRACKET, text, i);
    if (i >= text.length) break;
    const c = text[i++];
    if (c === '"') {
      // To the string's end: an escape skips the character after it.
      while (i < text.length) {
        i = skip(NOT_QUOTE_OR_ESCAPE, text, i);
        if (i >= text.length) break;
        if (text[i++] === '"') break;
        i++;
      }
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i - 1;
    } else depth--;
  }
  return -1;
}

/** A quote a clerk's editor put where JSON wants a plain double quote, said as such; undefined for anything else. */
function notQuoted(c: string | undefined): string | undefined {
  if (c === '“' || c === '”') return J.fullWidth(c, '"');
  if (c === "'") return J.singleQuote;
  return undefined;
}

/** What is wrong where a value should begin (`i`, where no value does). */
function badValue(text: string, i: number): string {
  const c = text[i];
  if (c === undefined) return i === 0 || !text.trim() ? J.empty : J.endTooSoon;
  if (c === ']') return J.trailingComma(']');
  if (/^-?(NaN|Infinity)/.test(text.slice(i, i + 9))) return J.notFiniteNumber;
  if (/[-\d.]/.test(c)) return J.badNumber;
  return notQuoted(c) ?? J.valueExpected;
}

/**
 * The first problem in a JSON text (nested no deeper than MAX_NESTING): a syntax error, or a key given twice in one
 * object, which JSON.parse silently resolves to the last. Node's JSON.parse names a position for some errors only
 * ("Unexpected token '{', … is not valid JSON" has none), so this small scanner finds it for the message.
 */
export function scanJson(text: string): ScanProblem | undefined {
  let i = 0;
  const fail = (what?: string): never => {
    throw { offset: i, what } satisfies ScanProblem;
  };
  const wrong = (syntax: string): never => {
    throw { offset: i, syntax } satisfies ScanProblem;
  };
  const space = () => {
    if (i < text.length) i = skip(WHITESPACE, text, i);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      i = skip(STRING_CHARACTERS, text, i);
      if (i >= text.length) break;
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') wrong(c === '\n' || c === '\r' ? J.lineBreakInString : J.controlInString(c));
      i += 2;
    }
    wrong(J.unclosedString);
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') wrong(i >= text.length ? J.endTooSoon : text[i] === '，' ? J.fullWidth('，', ',') : J.commaOrClose(close));
      i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      const keys = new Set<string>();
      return members('}', () => {
        space();
        if (text[i] !== '"') wrong(i >= text.length ? J.endTooSoon : text[i] === '}' ? J.trailingComma('}') : (notQuoted(text[i]) ?? J.keyInQuotes));
        const start = i;
        string();
        const key = JSON.parse(text.slice(start, i)) as string;
        if (keys.has(key)) {
          i = start;
          fail(M.duplicateKey(key));
        }
        keys.add(key);
        space();
        if (text[i] !== ':') wrong(i >= text.length ? J.endTooSoon : text[i] === '：' ? J.fullWidth('：', ':') : J.colonAfterKey);
        i++;
        value();
      });
    }
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) wrong(badValue(text, i));
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) wrong(J.extraText);
    return undefined;
  } catch (problem) {
    if (problem && typeof problem === 'object' && 'offset' in problem) return problem as ScanProblem;
    throw problem;
  }
}

export function parseJson(file: string, text: string): unknown {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  const deep = tooDeepAt(body);
  if (deep >= 0) throw syntaxError(file, text, deep + bom, M.jsonTooDeep(MAX_NESTING));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    // The scanner finds the first problem (a key given twice may come before the syntax error), and says what was
    // expected there in the clerk's words; Node's position is the fallback.
    const problem = scanJson(body);
    const given = /position (\d+)/.exec((e as Error).message);
    const found = problem ? problem.offset : given ? Number(given[1]) : -1;
    throw syntaxError(file, text, (found >= 0 ? found : body.length) + bom, problem?.syntax ?? problem?.what ?? J.unknown);
  }
  // A key given twice leaves one property fewer than the text has keys; only then is the text scanned to find it.
  if (keysInText(body) === keysIn(data)) return data;
  const problem = scanJson(body);
  if (problem?.what) throw syntaxError(file, text, problem.offset + bom, problem.what);
  return data;
}

/**
 * Each string of a JSON text with what precedes it, then the colon that makes it a key. Sticky, each match starting
 * where the last ended, so no match starts inside a string; the string is the unrolled form, which backtracks only
 * at an escape.
 */
const STRING_THEN_COLON = /[^"]*"[^"\\]*(?:\\.[^"\\]*)*"(?:[ \t\n\r]*(:))?/gy;

/**
 * The keys of a text JSON.parse accepted: in such a text every colon outside a string follows a key, and the text
 * after its last string has none. Two native passes: a cold check has not warmed up a scanner written in JavaScript.
 */
function keysInText(body: string): number {
  return body.replace(STRING_THEN_COLON, '$1').replace(/[^:]+/g, '').length;
}

/** The properties of every object in a parsed value (nested no deeper than MAX_NESTING). */
function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += keysIn(item);
    return n;
  }
  for (const key of Object.keys(value)) n += 1 + keysIn((value as Record<string, unknown>)[key]);
  return n;
}

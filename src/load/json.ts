import { syntaxError } from './syntax.js';
import { LOAD_MESSAGES as M } from './messages.js';

/** Deeper nesting than any report needs; past it, later stages would recurse for nothing. */
export const MAX_NESTING = 64;

/** A problem found by the scanner: where, and (for problems JSON.parse accepts) what, in the clerk's words. */
interface ScanProblem {
  offset: number;
  what?: string;
}

/** Offset of the first bracket nested deeper than MAX_NESTING, or -1: a plain loop, so any depth is safe. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
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
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
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
        if (text[i] !== '"') fail();
        const start = i;
        string();
        const key = JSON.parse(text.slice(start, i)) as string;
        if (keys.has(key)) {
          i = start;
          fail(M.duplicateKey(key));
        }
        keys.add(key);
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
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
    const msg = (e as Error).message;
    const given = /position (\d+)/.exec(msg);
    const found = given ? Number(given[1]) : (scanJson(body)?.offset ?? -1);
    const what = msg.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
    throw syntaxError(file, text, (found >= 0 ? found : body.length) + bom, what);
  }
  const problem = scanJson(body);
  if (problem?.what) throw syntaxError(file, text, problem.offset + bom, problem.what);
  return data;
}

/**
 * A refusal of the validation library read once, for the three places that put it in the user's terms: the input of
 * today's set (src/model/parse.ts), a profile's input (src/forms/parse.ts) and a profile's own files
 * (src/forms/loadProfile.ts). Each says where and how to fix it; what is wrong is worded here, in one catalog.
 */
import type { z } from 'zod';
import { ISSUE_MESSAGES as M } from './messages.js';
import { OUR_WORDING } from './patterns.js';
import { valueAt } from './valueAt.js';
import { mapList } from '../mapList.js';

export type IssueDetail = { own?: string } & ( // `own`: our own wording, from a refinement or a field's `error`
  | { what: 'unknownKeys'; keys: string[] }
  | { what: 'wrongType'; expected: string }
  | { what: 'choice'; values: string[] }
  | { what: 'tooBig' | 'tooSmall'; limit: string; inclusive: boolean; origin: string }
  | { what: 'invalid' }
) & {
    /** Where inside the value refused a union's branch found what it refuses (a cell of one row of several shapes). */
    at?: (string | number)[];
  };

export interface IssueReading {
  path: (string | number)[];
  /** The value refused; undefined where nothing was written. */
  given: unknown;
  detail: IssueDetail;
}

/** The refusal `issue` of `data`, its most telling part where it is a union's. */
export function readIssue(issue: z.core.$ZodIssue, data: unknown): IssueReading {
  const at = keys(issue.path);
  const detail = detailOf(issue, valueAt(data, at));
  const path = [...at, ...(detail.at ?? [])];
  return { path, given: valueAt(data, path), detail };
}

const keys = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

/** What `issue` refuses of `value`, the value at its path. */
function detailOf(issue: z.core.$ZodIssue, value: unknown): IssueDetail {
  if (issue.code === 'invalid_union') return unionDetail(issue, value);
  const own = OUR_WORDING.test(issue.message) ? { own: issue.message } : {};
  switch (issue.code) {
    case 'unrecognized_keys':
      return { what: 'unknownKeys', keys: issue.keys, ...own };
    case 'invalid_type':
      // JSON's 1e400 and YAML's .inf and .nan are numbers that z.number() refuses as no number at all.
      if (issue.expected === 'number' && typeof value === 'number') return { what: 'invalid', own: M.notFinite };
      return { what: 'wrongType', expected: issue.expected, ...own };
    case 'invalid_value':
      return { what: 'choice', values: mapList(issue.values, String), ...own };
    case 'too_big':
      return { what: 'tooBig', limit: String(issue.maximum), inclusive: issue.inclusive !== false, origin: issue.origin, ...own };
    case 'too_small':
      return { what: 'tooSmall', limit: String(issue.minimum), inclusive: issue.inclusive !== false, origin: issue.origin, ...own };
    default:
      return { what: 'invalid', ...own };
  }
}

/**
 * How much a refusal says, least first: our own check; a bound or a list of words; a type that did not match, in our
 * words, then in the library's; the blank a field may also be; a bare refusal.
 */
function rank(d: IssueDetail): number {
  if (isBlank(d)) return 4;
  if (d.what === 'wrongType') return d.own ? 2 : 3;
  if (d.what === 'invalid') return d.own ? 0 : 5;
  return d.own ? 0 : 1;
}

/** The blank a field may also be (null or ""), as one branch of a union. */
const isBlank = (d: IssueDetail) => (d.what === 'wrongType' && d.expected === 'null') || (d.what === 'choice' && d.values.every((v) => v.trim() === ''));

/**
 * A union's own message is vague; the branch that got furthest says what is really wrong: one that refused something
 * written inside the value (a cell of a row given as a list of cells) got past the union's own type, and is said at
 * that place. Where no branch got past the type, the union's own message says it better, if it has one of ours.
 */
function unionDetail(issue: z.core.$ZodIssue & { code: 'invalid_union' }, value: unknown): IssueDetail {
  const details = mapList(issue.errors.flat(), (i) => {
    const d = detailOf(i, valueAt(value, keys(i.path)));
    return { ...d, at: [...keys(i.path), ...(d.at ?? [])] };
  });
  const inside = details.filter((d) => d.at.length > 0 && valueAt(value, d.at) !== undefined);
  const best = [...(inside.length ? inside : details)].sort((a, b) => rank(a) - rank(b))[0];
  if (!inside.length && OUR_WORDING.test(issue.message) && (!best || rank(best) > 1)) return { what: 'invalid', own: issue.message };
  if (!best) return { what: 'invalid' };
  return best.what === 'choice' && !best.own && !best.at.length ? allChoices(details.filter((d) => !d.at.length)) : best;
}

/**
 * The choices of every branch of a union that offers some (a blank, or one of the words). A blank choice is left out
 * where there are words: a clerk who typed a word meant one of them.
 */
function allChoices(details: readonly IssueDetail[]): IssueDetail {
  const values = [...new Set(details.flatMap((d) => (d.what === 'choice' && !d.own ? d.values : [])))];
  const words = values.filter((v) => v.trim() !== '');
  return { what: 'choice', values: words.length ? words : values };
}

/** An object as JSON, YAML and the workbook reader make them: not a Date, a byte array or any other class's. */
export function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Nothing written: a key left out, or a blank as the model reads one (primitives.ts): null (how YAML reads "key:"
 * with nothing after it) or "" (how `init` writes a blank text); or a list or object of blanks only (a list whose
 * blank rows were left out, model/blankItems.ts, is empty). A value the validation refuses that is unfilled is
 * missing, whatever the refusal: a required text left "" is 缺少必填项, as a required number left null is, and a
 * list that must have an item and has none.
 */
export function unfilled(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(unfilled);
  return isPlain(v) && Object.values(v).every(unfilled);
}

/** The value as a message shows it: JSON, cut short. */
export function describeValue(v: unknown): string {
  if (unfilled(v)) return M.notFilled;
  // JSON.stringify writes these as null, which nobody typed.
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  // JSON escapes control characters but not the line and paragraph separators, which would print as a line break.
  const s = (JSON.stringify(v) ?? String(v)).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** What is wrong, in Chinese. A value not written at all is "缺少必填项", whatever the refusal. */
export function issueText(r: IssueReading): string {
  const d = r.detail;
  if (d.own) return d.own;
  if (unfilled(r.given) && d.what !== 'unknownKeys') return M.missing;
  switch (d.what) {
    case 'unknownKeys':
      return M.unknownKeys(d.keys.join('、'));
    case 'wrongType':
      return M.wrongType(d.expected, describeValue(r.given));
    case 'choice':
      return M.oneOf(d.values);
    case 'tooBig':
      return d.origin === 'array' ? M.mostItems(d.limit) : d.origin === 'string' ? M.mostChars(d.limit) : M.atMost(d.limit, d.inclusive);
    case 'tooSmall':
      return d.origin === 'array' ? M.fewestItems(d.limit) : d.origin === 'string' ? M.fewestChars(d.limit) : M.atLeast(d.limit, d.inclusive);
    case 'invalid':
      return M.badValue(describeValue(r.given));
  }
}

import { Decimal } from 'decimal.js';
import * as z from 'zod';
import { CONTROL, codePoint, visible } from '../controlCharacters.js';
import { DATE_TEXT } from './patterns.js';
import { halfWidth, withoutThousandsSeparators, yearNumber } from './typedNumbers.js';
import { tidyNumbered } from './typing.js';
import { VALUE_MESSAGES as M } from './messages.js';
import { mapList } from '../mapList.js';

/** Money in 万元, kept exactly as written (a JSON number's shortest form or a digit string). */
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;
const MAX_MONEY = new Decimal('1e9'); // 万元: ten trillion yuan is already absurd for one unit

/** A value shown inside a message, cut short, with any control character written as its code point. */
const shown = (value: string) => visible(value.slice(0, 40));

function toDecimal(value: number | string, ctx: z.RefinementCtx, what: string): Decimal | typeof z.NEVER {
  // z.number() has refused Infinity and NaN already (model/issues.ts says so in the clerk's terms).
  const text = typeof value === 'number' ? String(value) : withoutThousandsSeparators(value);
  // A number's shortest form has an exponent from 1e21 up and from 1e-7 down, which Decimal reads exactly; a text
  // is read only as a clerk writes an amount.
  if (typeof value === 'string' && !NUMBER_TEXT.test(text)) {
    ctx.addIssue({ code: 'custom', message: M.notNumber(what, shown(String(value)), text.includes(',')) });
    return z.NEVER;
  }
  return new Decimal(text);
}

/**
 * `schema` with its title (and description) in zod's registry, as .meta() would give it (over what it has already,
 * money()'s description say), without the copy .meta() makes first: for a schema just made here, which nothing else
 * holds. The schema of a report is ~1,000 zod objects, built at every start of build and check, and each copy is one
 * more.
 */
export function titled<T extends z.ZodType>(schema: T, meta: z.GlobalMeta): T {
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), ...meta });
  return schema;
}

/** A blank cell: null, '' or absent. */
export const blank = z.union([z.null(), z.literal('')]).transform(() => undefined);

/** A number as typed in a cell: a JSON number or a text; one for every such field, as zod's objects never change. */
const NUMBER_OR_TEXT = z.union([z.number(), z.string()]);

export const money = (title: string) =>
  titled(
    NUMBER_OR_TEXT.transform((v, ctx) => {
      const d = toDecimal(v, ctx, M.money);
      if (d instanceof Decimal) {
        if (d.isNegative()) ctx.addIssue({ code: 'custom', message: M.negativeMoney });
        else if (d.abs().greaterThan(MAX_MONEY)) ctx.addIssue({ code: 'custom', message: M.implausibleMoney(d.toString()) });
      }
      return d as Decimal;
    }),
    { title, description: M.moneyDescription(title) },
  );

export const optionalMoney = (title: string) => titled(z.union([blank, money(title)]).optional(), { title });

/** A count as text: up to nine digits, or thousands written with separators ("1,015"), full-width too (halfWidth). */
// Written with escapes: the JSON Schema's pattern is this regex's source, the same from src/ and from the bundle.
const COUNT_TEXT = /^\s*([0-9\uff10-\uff19]{1,3}([,\uff0c][0-9\uff10-\uff19]{3}){1,2}|[0-9\uff10-\uff19]{1,9})\s*$/;
const NEGATIVE = /^\s*[-\uFF0D\u2212]/;

/** A count of people or posts: a JSON number, or a text of one, as a workbook's text cell holds it. */
export const count = (title: string) =>
  titled(
    z
      .union([
        z.number({ error: M.notInteger(title) }).int(M.notInteger(title)).nonnegative(M.negative(title)),
        z.string().regex(COUNT_TEXT, { error: (issue) => (NEGATIVE.test(String(issue.input)) ? M.negative(title) : M.notInteger(title)) }),
      ])
      .transform((v) => (typeof v === 'number' ? v : Number(withoutThousandsSeparators(v)))),
    { title },
  );

/** A score or a weight (分值/得分), exact. */
export const points = (title: string) =>
  titled(
    NUMBER_OR_TEXT.transform((v, ctx) => {
      const d = toDecimal(v, ctx, title);
      if (d instanceof Decimal && d.isNegative()) ctx.addIssue({ code: 'custom', message: M.negative(title) });
      return d as Decimal;
    }),
    { title },
  );

export const optionalPoints = (title: string) => titled(z.union([blank, points(title)]).optional(), { title });

/** A weight the paper form prints with a standard value: blank takes that value. */
export const standardPoints = (title: string, standard: () => Decimal) =>
  titled(
    optionalPoints(title).transform((v) => v ?? standard()),
    { title },
  );

/** A percentage as printed: "68.54%" or 68.54 (meaning 68.54%). Kept as the percent value. */
export const percent = (title: string) =>
  titled(
    NUMBER_OR_TEXT.transform((v, ctx) => {
      const raw = typeof v === 'string' ? v.trim().replace(/[%％]$/, '') : v;
      return toDecimal(raw, ctx, title) as Decimal;
    }),
    { title, description: M.percentDescription(title) },
  );

export const optionalPercent = (title: string) => titled(z.union([blank, percent(title)]).optional(), { title });

/**
 * Bounds that keep a build finite: a form cell or paragraph longer than this is a pasting accident, and a
 * table longer than this is not a form anyone signs. Input past them is refused with a message, never rendered for minutes.
 */
export const LIMITS = { textChars: 20_000, listItems: 500 } as const;

/**
 * A text's checks, in the order they run: not too long, no control character, then (for a text that must be filled
 * in) trimmed and not empty. Given in one .check(), which copies the schema once, not once a check.
 */
const bounded = (title: string) => [
  z.maxLength(LIMITS.textChars, M.tooLong(title, LIMITS.textChars)),
  z.superRefine((s: string, ctx) => {
    const c = CONTROL.exec(s)?.[0];
    if (c) ctx.addIssue({ code: 'custom', message: M.control(title, codePoint(c)) });
  }),
];
const filledIn = (title: string) => [z.trim(), z.minLength(1, M.empty(title))];

const boundedString = (title: string) => z.string({ error: M.notText(title) }).check(...bounded(title));

export const text = (title: string) => titled(z.string({ error: M.notText(title) }).check(...bounded(title), ...filledIn(title)), { title });

/**
 * What breaks a line in print besides the control characters refused everywhere: CR, LF, tab, and Unicode's line and
 * paragraph separators (U+2028, U+2029), which the line breaker honours as it does \n.
 */
export const LINE_BREAK = /[\r\n\t\u2028\u2029]/;

/** A letter or a digit of any script: what a file name made of a text keeps of it (write/fileNames.ts). */
const NAME_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The checks of a text that file names are made of (单位名称, 项目名称): one line, and something to name a file by.
 * A name of punctuation alone ("..", "/") leaves nothing of itself in a file name, which then starts with "-".
 */
export const nameChecks = (title: string) => [
  z.refine<string>((s) => !LINE_BREAK.test(s), M.oneLine(title)),
  z.refine<string>((s) => s === '' || NAME_CHARACTER.test(s), M.noNameCharacters(title)),
];

/** A name that becomes part of file names (单位名称, 项目名称): one line of text. */
export const name = (title: string) => titled(text(title).check(...nameChecks(title)), { title });

// Blank (null, as YAML reads "key:" with nothing after it, or "") is left out, as for every other optional field.
export const optionalText = (title: string) => titled(z.union([blank, boundedString(title)]).optional(), { title });

/**
 * A year: a number, or a text of one as a clerk writes it (yearNumber: 2023年, full-width digits), of four digits from
 * 2000 to 2100. The messages are the caller's (the report's own year, or a profile's 年度 cell named by its title).
 */
export const year = (m: { notYear: string; from: string; to: string }) =>
  z.preprocess(yearNumber, z.number({ error: m.notYear }).int().min(2000, m.from).max(2100, m.to));

/** `text` as 2023-03-22 when it is a date written one of the ways DATE_TEXT reads, else as it is (for the checks to refuse). */
function asIsoDate(text: string): string {
  const m = DATE_TEXT.exec(halfWidth(text.trim()));
  if (!m) return text;
  const [month, day] = m[2] === undefined ? [m[4], m[5]] : [m[2], m[3]];
  return `${m[1]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export const isoDate = (title: string) =>
  z
    .string({ error: M.notDate(title) })
    .overwrite(asIsoDate)
    // A blank date is not filled in yet, not written in the wrong form.
    .min(1, { error: M.empty(title), abort: true })
    // A text that is no date at all is one mistake: not also said to be no real day.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: M.dateFormat(title), abort: true })
    .refine((s) => {
      const [y, m, d] = mapList(s.split('-'), Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    }, M.noSuchDate(title))
    .meta({ title });

export const list = <T extends z.ZodTypeAny>(item: T, title: string) =>
  titled(z.array(item, { error: M.notList(title) }).check(z.maxLength(LIMITS.listItems, M.tooMany(title, LIMITS.listItems))), { title });

/** A list of texts typed as on paper, tidied for print (model/typing.ts): the template's numbering, one entry each. */
export const textList = (item: string, title: string, tidy: (items: string[]) => string[] = tidyNumbered) =>
  titled(z.array(text(item), { error: M.notList(title) }).check(z.overwrite(tidy), z.maxLength(LIMITS.listItems, M.tooMany(title, LIMITS.listItems))), {
    title,
  });

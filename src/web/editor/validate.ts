/**
 * What the CLI would say about each typed value, by the CLI's own parser (same schema, same messages): the
 * message of every malformed value, by its input path. Missing values are left to the findings panel.
 */
import { UserError, type Finding } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import { parseProfileInput } from '../../forms/parse.js';
import { parseReportInput } from '../../model/parse.js';

export interface Reading {
  /** The message of every malformed value, by its path. */
  messages: Map<string, string>;
  /** The parsed input, when the whole input reads. */
  parsed?: unknown;
}

export function readInput(profile: Profile, input: unknown): Reading {
  const messages = new Map<string, string>();
  try {
    return { messages, parsed: profile.engine === 'legacy' ? parseReportInput(input) : parseProfileInput(profile, input) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    for (const f of e.findings as Finding[]) if (f.id === 'E_INVALID_VALUE' && !messages.has(f.path)) messages.set(f.path, f.message);
    return { messages };
  }
}

const EXACT_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * How a typed text is kept in the input: blank removes the value; a number cell keeps a number when the number
 * prints back exactly as typed (so the input file reads naturally), and the typed text otherwise ("1,234.50",
 * "68%"), which the schema reads exactly or refuses with its message.
 */
export function storedValue(text: string, numeric: boolean): unknown {
  if (text.trim() === '') return undefined;
  if (numeric && EXACT_NUMBER.test(text) && String(Number(text)) === text) return Number(text);
  return text;
}

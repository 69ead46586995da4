import type { z } from 'zod';
import { visible } from '../controlCharacters.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { fieldHelp } from './fieldHelp.js';
import { FIELD_MESSAGES, PARSE_MESSAGES as M } from './messages.js';
import { describePath, joinPath, knownKeys } from './paths.js';
import { ReportInputSchema, type ReportInput } from './schema.js';

/** Closest known key within a small edit distance, for "did you mean". */
export function suggest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

function describeValue(v: unknown): string {
  if (v === undefined) return M.notFilled;
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: any = data;
  for (const seg of path) v = v == null ? undefined : v[seg as any];
  return v;
}

function issueToFindings(issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((given) => {
      const guess = suggest(given, knownKeys(path));
      const key = visible(given);
      return {
        id: 'E_UNKNOWN_FIELD',
        level: 'error',
        path: joinPath([...path, key]),
        where: `${describePath(path)} › ${key}`,
        message: M.unknownField(key, guess ? { key: guess, where: describePath([...path, guess]) } : undefined),
        hint: guess ? M.renameField(key, guess) : M.removeField,
      } satisfies Finding;
    });
  }
  const given = valueAt(data, path);
  const missing = given === undefined;
  const detail = mostSpecific(issue);
  let message = detail.message;
  if (detail.code === 'invalid_type' && (missing || /^Invalid input/.test(message))) {
    message = missing ? M.missing : M.wrongType(typeName(detail.expected), describeValue(given));
  } else if (/^Invalid input/.test(message)) {
    message = M.badValue(describeValue(given));
  }
  // What belongs in the field, from its title and description, so the message teaches rather than only refuses.
  const { title, description } = fieldHelp(path);
  return [
    {
      id: missing ? 'E_MISSING_FIELD' : 'E_INVALID_VALUE',
      level: 'error',
      path: joinPath(path),
      where: describePath(path),
      message: missing ? FIELD_MESSAGES.missing(title, description) : FIELD_MESSAGES.invalid(title, message),
      expected: description ?? (detail.code === 'invalid_type' ? typeName(detail.expected) : undefined),
      actual: describeValue(given),
      hint: missing ? FIELD_MESSAGES.missingHint(title) : FIELD_MESSAGES.invalidHint(title, description),
    },
  ];
}

/**
 * A union's own message is vague ("Invalid input"); the branch that got furthest says what is really wrong:
 * prefer our own checks (custom, too_small, too_big…) over a plain type mismatch.
 */
function mostSpecific(issue: z.core.$ZodIssue): z.core.$ZodIssue & { expected?: string } {
  if (issue.code !== 'invalid_union') return issue as z.core.$ZodIssue & { expected?: string };
  const candidates = issue.errors.flat().map(mostSpecific);
  // Zod's own wording ("Invalid input…") says least; our messages say most.
  const rank = (i: z.core.$ZodIssue) => (/^Invalid/.test(i.message) ? 2 : i.code === 'invalid_type' ? 1 : 0);
  const best = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return issue as z.core.$ZodIssue & { expected?: string };
  // Every branch refused the type: say so plainly, unless the union carries its own message.
  if (rank(best) > 0 && !/^Invalid input/.test(issue.message)) return { ...issue, code: 'custom', message: issue.message } as never;
  return best;
}

function typeName(t: string): string {
  return M.typeNames[t] ?? t;
}

/** Validates plain data against the model, collecting every problem at once. */
export function parseReportInput(data: unknown): ReportInput {
  // Without zod's compiled fast path: compiling it costs more than the one parse of a command gains, and a batch
  // worker's hundreds of parses run no faster with it.
  const result = ReportInputSchema.safeParse(data, { jitless: true });
  if (result.success) return result.data;
  const findings = result.error.issues.flatMap((i) => issueToFindings(i, data));
  throw new UserError(M.problems(findings.length), findings);
}

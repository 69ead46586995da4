import type { z } from 'zod';
import { visible } from '../controlCharacters.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { withoutTrailingBlankItems } from './blankItems.js';
import { fieldHelp } from './fieldHelp.js';
import { describeValue, issueText, readIssue, unfilled } from './issues.js';
import { FIELD_MESSAGES, ISSUE_MESSAGES, PARSE_MESSAGES as M } from './messages.js';
import { describePath, joinPath, knownKeys } from './paths.js';
import { ReportInputSchema, type ReportInput } from './schema.js';
import { mapList } from '../mapList.js';

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

function issueToFindings(issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const reading = readIssue(issue, data);
  const { path, given, detail } = reading;
  if (detail.what === 'unknownKeys') {
    return mapList(detail.keys, (k) => {
      const guess = suggest(k, knownKeys(path));
      const key = visible(k);
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
  const missing = unfilled(given);
  const expectedType = detail.what === 'wrongType' ? detail.expected : undefined;
  // What belongs in the field, from its title and description, so the message teaches rather than only refuses.
  const { title, description } = fieldHelp(path);
  return [
    {
      id: missing ? 'E_MISSING_FIELD' : 'E_INVALID_VALUE',
      level: 'error',
      path: joinPath(path),
      where: describePath(path),
      message: missing ? FIELD_MESSAGES.missing(title, description) : FIELD_MESSAGES.invalid(title, issueText(reading)),
      expected: description ?? (expectedType === undefined ? undefined : ISSUE_MESSAGES.typeName(expectedType)),
      actual: describeValue(given),
      hint: missing ? FIELD_MESSAGES.missingHint(title) : FIELD_MESSAGES.invalidHint(title, description),
    },
  ];
}

/** Validates plain data against the model, collecting every problem at once; blank rows at a list's end are no rows. */
export function parseReportInput(data: unknown): ReportInput {
  // Without zod's compiled fast path: compiling it costs more than the one parse of a command gains, and a batch
  // worker's hundreds of parses run no faster with it.
  const rows = withoutTrailingBlankItems(data);
  const result = ReportInputSchema.safeParse(rows, { jitless: true });
  if (result.success) return result.data;
  const findings = result.error.issues.flatMap((i) => issueToFindings(i, rows));
  throw new UserError(M.problems(findings.length), findings);
}

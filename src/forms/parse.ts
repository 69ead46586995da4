/** model for a profile: plain data → a validated profile input, every problem named in the user's terms at once. */
import type { z } from 'zod';
import { UserError, type Finding } from '../diagnostics/finding.js';
import type { Profile } from './definition.js';
import { describeProfilePath, profilePathTitles, schemaFromProfile, type ProfileInput } from './schema.js';
import { describeValue, issueText, readIssue, unfilled } from '../model/issues.js';
import { withoutTrailingBlankItems } from '../model/blankItems.js';
import { FORM_INPUT_MESSAGES as FM } from './messages.js';
import { fillYear } from './yearPlaces.js';
import { mapList } from '../mapList.js';

function issueFinding(profile: Profile, issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const reading = readIssue(issue, data);
  const { path, given, detail } = reading;
  if (detail.what === 'unknownKeys') {
    return mapList(detail.keys, (key) => ({
      id: 'E_UNKNOWN_FIELD',
      level: 'error',
      path: [...path, key].join('.'),
      where: path.length ? `${describeProfilePath(profile, path, yearOf(data))} › ${key}` : key,
      message: FM.unknownField(key, profile.id),
      hint: FM.unknownFieldHint,
    }));
  }
  const missing = unfilled(given);
  const titles = profilePathTitles(profile, path, yearOf(data));
  // A choice (指标性质: 定量指标 or 定性指标) says its choices where 应为 is shown, and how to pick one.
  const choices = !missing && detail.what === 'choice' ? detail.values : undefined;
  return [
    {
      id: missing ? 'E_MISSING_FIELD' : 'E_INVALID_VALUE',
      level: 'error',
      path: path.join('.'),
      where: titles.join(' › '),
      message: missing ? FM.missingNamed(titles.at(-1) ?? '') : fillYear(issueText(reading), yearOf(data)),
      ...(choices ? { expected: FM.choiceList(choices) } : {}),
      actual: missing ? undefined : describeValue(given),
      hint: missing ? FM.missingNamedHint(titles.at(-1) ?? '') : choices ? FM.chooseHint(choices) : FM.invalidHint,
    },
  ];
}

const yearOf = (data: unknown) => (data as { year?: unknown } | null)?.year;

export function parseProfileInput(profile: Profile, data: unknown): ProfileInput {
  // One parse per schema built: compiling zod's fast path would cost more than it gains (as in src/model/parse.ts).
  const rows = withoutTrailingBlankItems(data);
  const r = schemaFromProfile(profile).safeParse(rows, { jitless: true });
  if (r.success) return r.data as ProfileInput;
  const findings = r.error.issues.flatMap((i) => issueFinding(profile, i, rows));
  throw new UserError(FM.problems(findings.length), findings);
}

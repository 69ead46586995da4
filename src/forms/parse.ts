/** model for a profile: plain data → a validated profile input, every problem named in the user's terms at once. */
import type { z } from 'zod';
import { UserError, type Finding } from '../diagnostics/finding.js';
import type { Profile } from './definition.js';
import { describeProfilePath, schemaFromProfile, type ProfileInput } from './schema.js';

function issueFinding(profile: Profile, issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      id: 'E_UNKNOWN_FIELD',
      level: 'error',
      path: [...path, key].join('.'),
      where: `${describeProfilePath(profile, path)} › ${key}`,
      message: `未知字段“${key}”（表格类型 ${profile.id} 中没有这一项）`,
      hint: '删除该字段，或检查拼写；jixiao schema --profile 可列出全部字段',
    }));
  }
  let given: unknown = data;
  for (const seg of path) given = given == null ? undefined : (given as Record<string | number, unknown>)[seg];
  const missing = given === undefined;
  return [
    {
      id: missing ? 'E_MISSING_FIELD' : 'E_INVALID_VALUE',
      level: 'error',
      path: path.join('.'),
      where: describeProfilePath(profile, path),
      message: missing ? '缺少必填项' : /^Invalid/.test(issue.message) ? `填写的值不符合要求：${JSON.stringify(given)?.slice(0, 40)}` : issue.message,
      actual: missing ? undefined : JSON.stringify(given)?.slice(0, 40),
      hint: missing ? '请补充该项' : '请按提示修改该项',
    },
  ];
}

export function parseProfileInput(profile: Profile, data: unknown): ProfileInput {
  const r = schemaFromProfile(profile).safeParse(data);
  if (r.success) return r.data as ProfileInput;
  const findings = r.error.issues.flatMap((i) => issueFinding(profile, i, data));
  throw new UserError(`输入数据有 ${findings.length} 处问题`, findings);
}

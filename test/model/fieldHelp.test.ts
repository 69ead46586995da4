// Every field says what it is and what belongs there, and no English word reaches the clerk.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/diagnostics/finding.js';
import { fieldHelp, fieldPattern } from '../../src/model/fieldHelp.js';
import { schemaFields } from '../../src/model/paths.js';
import { check, clean } from '../check/helpers.js';
import { exampleData, modelFindings as findingsOf } from '../helpers/example.js';

const ENGLISH_WORD = /[a-z]{2,}/i;
/** What the clerk reads of a finding (its technical `path` is shown apart, in brackets). */
const readable = (f: Finding) => [f.where, f.message, f.expected ?? '', f.hint ?? ''].join(' ').replace(/\bPNG\b/g, '');

describe('field titles and descriptions', () => {
  const fields = schemaFields().filter((f) => f.path.length > 0 && f.path[0] !== '$schema');

  it.each(fields.map((f) => [fieldPattern(f.path), f.path] as const))('%s has a Chinese title and a one-line description', (_p, path) => {
    const help = fieldHelp(path);
    expect(help.title).not.toMatch(ENGLISH_WORD);
    expect(help.description, fieldPattern(path)).toBeTruthy();
    expect(help.description).not.toContain('\n');
  });
});

describe('messages that teach', () => {
  it('a missing field is named by its title and says what to type there', () => {
    const data = exampleData();
    delete data.narrative.figures.personnel;
    const [f] = findingsOf(data);
    expect(f).toMatchObject({ id: 'E_MISSING_FIELD', path: 'narrative.figures.personnel' });
    expect(f.message).toContain('缺少必填项“人员经费”');
    expect(f.message).toContain('从部门决算报表抄录');
  });

  it('a malformed value says what belongs there', () => {
    const data = exampleData();
    data.basicData.staffing.authorized = '十五';
    const [f] = findingsOf(data);
    expect(f).toMatchObject({ id: 'E_INVALID_VALUE', path: 'basicData.staffing.authorized', expected: '核定编制数（整数）' });
    expect(f.message).toContain('“编制数”格式不对');
  });

  it('no English word in any finding for a missing field, whichever it is', () => {
    const leaves = schemaFields().filter((f) => f.path.length > 0 && f.path[0] !== '$schema');
    for (const { path } of leaves) {
      const data = exampleData();
      const at = path.slice(0, -1).reduce<any>((o, k) => o?.[k], data);
      if (!at || typeof at !== 'object' || !(path[path.length - 1] in at)) continue;
      delete at[path[path.length - 1]];
      for (const f of findingsOf(data)) expect(readable(f), fieldPattern(path)).not.toMatch(ENGLISH_WORD);
    }
  });

  it('no English word in the consistency findings either', () => {
    const raw = clean();
    raw.basicData.publicFunds.office.actual = 2.64;
    raw.basicData.projectExpenditure.business.projects[0].amounts.actual = 18.72;
    raw.basicData.threePublic.reception.actual = 20;
    raw.departmentEvaluation.indicators[0].score = 99;
    raw.projectEvaluations[0].basicDataRow = '没有这一行';
    const findings = check(raw);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(readable(f), f.id).not.toMatch(ENGLISH_WORD);
  });
});

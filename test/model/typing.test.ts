// Lists typed as on paper print right: the template's numbering only, one entry per item, a count that counts.
import { describe, expect, it } from 'vitest';
import { inputChecks } from '../../src/check/input/index.js';
import { composeNarrative } from '../../src/compose/narrative.js';
import { parseReportInput } from '../../src/model/parse.js';
import { tidyNumbered, tidyPhrases, typingChanges } from '../../src/model/typing.js';
import { exampleData } from '../helpers/example.js';

describe('tidyNumbered', () => {
  it.each([
    ['1、严格执行预算', '严格执行预算'],
    ['1.进一步加强管理', '进一步加强管理'],
    ['12．做好绩效', '做好绩效'],
    ['（1）做好绩效', '做好绩效'],
    ['(2) 做好绩效', '做好绩效'],
    ['① 做好绩效', '做好绩效'],
    ['一、做好绩效', '做好绩效'],
    ['（三）做好绩效', '做好绩效'],
  ])('%s → %s, and says so', (typed, item) => {
    const out = tidyNumbered([typed]);
    expect(out).toEqual([item]);
    expect(typingChanges(out)).toEqual([{ kind: 'numbering', index: 0, typed, items: [item] }]);
  });

  it('leaves text that only starts with a number alone, and says nothing', () => {
    const typed = ['1.5 倍于上年', '2022年完成招商项目', '12个项目落地'];
    const out = tidyNumbered(typed);
    expect(out).toEqual(typed);
    expect(typingChanges(out)).toEqual([]);
  });

  it('one cell with lines or inner numbers becomes one item each', () => {
    const out = tidyNumbered(['1、负责甲。2、负责乙，丙、丁。\n3.负责戊', '负责己']);
    expect(out).toEqual(['负责甲。', '负责乙，丙、丁。', '负责戊', '负责己']);
    expect(typingChanges(out)).toMatchObject([{ kind: 'split', index: 0 }]);
  });
});

describe('tidyPhrases', () => {
  it.each(['综合科、规划服务科、信息科', '综合科，规划服务科;信息科', '综合科\n规划服务科\n信息科'])('%s → three 科室', (typed) => {
    expect(tidyPhrases([typed])).toEqual(['综合科', '规划服务科', '信息科']);
  });
});

function narrativeOf(data: any): string {
  const input = parseReportInput(data);
  return composeNarrative(input)
    .map((b) => b.text)
    .join('\n');
}

describe('what prints', () => {
  it('numbered lists typed with their numbers print once numbered, with a warning per entry', () => {
    const data = exampleData();
    data.narrative.improvements = ['1、严格执行预算。', '2.进一步加强管理。'];
    const text = narrativeOf(data);
    expect(text).toContain('1、严格执行预算。');
    expect(text).toContain('2、进一步加强管理。');
    expect(text).not.toMatch(/1、1、|2、2\./);
    const warnings = inputChecks(parseReportInput(data)).filter((f) => f.id === 'W_LIST_NUMBER');
    expect(warnings.map((f) => f.path)).toEqual(['narrative.improvements.0', 'narrative.improvements.1']);
    expect(warnings[0].message).toContain('自动按顺序编号');
  });

  it('内设科室 typed in one cell is counted right, with a warning that it was split', () => {
    const data = exampleData();
    data.narrative.organization.divisions = ['综合科、规划服务科、信息科'];
    expect(narrativeOf(data)).toContain('下设综合科、规划服务科、信息科三个科。');
    const [w] = inputChecks(parseReportInput(data)).filter((f) => f.id === 'W_LIST_SPLIT');
    expect(w).toMatchObject({ path: 'narrative.organization.divisions.0', level: 'warning' });
    expect(w.message).toContain('已拆成 3 条');
  });

  it('no 科室 prints no count sentence, never "零个科"', () => {
    const data = exampleData();
    data.narrative.organization.divisions = [];
    expect(narrativeOf(data)).not.toContain('零个科');
  });

  it('the example as typed is not changed', () => {
    expect(inputChecks(parseReportInput(exampleData())).filter((f) => f.id.startsWith('W_LIST'))).toEqual([]);
  });
});

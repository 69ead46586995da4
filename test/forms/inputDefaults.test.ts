// A form read through `input` may take its print settings from the input (`defaults.scoreDecimals`): hunan-2022's
// inputs say how many decimals their scores print with (display.scoreDecimals).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FormEngine } from '../../src/forms/derive.js';
import { parseProfile } from '../../src/forms/index.js';
import { mapInput, withInputDefaults } from '../../src/forms/mapInput.js';

const PROFILE = stringify({ id: 'test', name: '测试', description: '测试', fields: { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } }, engine: 'legacy', documents: [{ id: 'scores', form: 'scores', title: '测试表', fileName: '测试表' }], combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表' });

const FORM = stringify({
  id: 'scores',
  title: '测试表',
  sections: [
    {
      id: 'funds',
      kind: 'matrix',
      labelShare: 100,
      columns: [
        { id: 'coefficient', title: '得分系数', kind: 'percent', share: 60 },
        { id: 'weight', title: '分值', kind: 'points', share: 60 },
        { id: 'score', title: '得分', kind: 'points', share: 60, product: { percent: 'coefficient', of: 'weight' } },
      ],
      rows: [{ id: 'line', label: '资金执行' }],
    },
  ],
  input: { 'funds.line': 'data.line', 'defaults.scoreDecimals': 'display.scoreDecimals' },
});

const profile = () => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/scores.yaml': FORM });

/** 65.4% × 10 = 6.54, typed as 6.5. */
function run(display: Record<string, unknown>) {
  const source = { display, data: { line: { coefficient: 65.4, weight: 10, score: 6.5 } } };
  const p = profile();
  const form = p.forms.scores;
  const own = withInputDefaults(p, form, source);
  return { own, engine: new FormEngine(own, form, mapInput(form, source), { path: 'scores', title: '测试表' }).run() };
}

describe('print settings from the input', () => {
  it('one decimal: 6.5 is 6.54 as printed, and prints as 6.5', () => {
    const { own, engine } = run({ scoreDecimals: 1 });
    expect(own.defaults.scoreDecimals).toBe(1);
    expect(engine.findings).toEqual([]);
    expect(engine.printAs('points', engine.fact('funds.line.score'))).toBe('6.5');
  });

  it("without the input's setting the profile's two decimals hold: 6.50 is not 6.54", () => {
    const { own, engine } = run({});
    expect(own.defaults.scoreDecimals).toBe(2);
    expect(engine.findings.map((f) => [f.id, f.expected, f.actual])).toEqual([['E_FORM_PRODUCT', '6.54', '6.50']]);
  });

  it('a value that is not a whole number of decimals from 0 to 4 leaves the profile’s', () => {
    for (const bad of [7, 1.5, '一位', null, '', ' ', true, [3], '1.5']) expect(run({ scoreDecimals: bad }).own.defaults.scoreDecimals).toBe(2);
  });

  it('a setting written as text counts as its number', () => {
    expect(run({ scoreDecimals: '1' }).own.defaults.scoreDecimals).toBe(1);
  });

  it('the mapping of a setting is no cell of the form', () => {
    const p = profile();
    expect(mapInput(p.forms.scores, { display: { scoreDecimals: 1 }, data: {} })).not.toHaveProperty('defaults');
  });
});

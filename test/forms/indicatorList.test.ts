// The engine's capabilities for an indicator list read from an input of another shape (hunan-2022's 附件3 and 附件4):
// the list and its stated total through `input`, derived scores rounded as printed, totals of the rows as given,
// a field's own 0 ÷ 0, and grid headings kept on one line.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { D } from '../../src/derive/decimal.js';
import { FormEngine } from '../../src/forms/derive.js';
import { parseProfile, type Profile } from '../../src/forms/index.js';
import { layoutForm } from '../../src/forms/layout.js';
import { mapInput, withInputDefaults } from '../../src/forms/mapInput.js';
import { loadStyles } from '../../src/layout/index.js';
import { tableStyle } from '../../src/layout/form.js';
import { textWidth } from '../../src/layout/measure/text.js';
import { parseMeasure } from '../../src/model/measure.js';

const PROFILE = stringify({ id: 'test', name: '测试', description: '测试', fields: { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } }, engine: 'legacy', documents: [{ id: 'dept', form: 'dept', title: '测试表', fileName: '测试表' }], combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表' });

function formYaml(total: Record<string, unknown> = {}): string {
  return stringify({
    id: 'dept',
    title: '测试表',
    orientation: 'portrait',
    fields: {
      executed: { title: '执行数', kind: 'money' },
      budget: { title: '预算数', kind: 'money' },
      rate: { title: '执行率', kind: 'percent', rate: { of: 'executed', over: 'budget' }, zeroOverZero: '' },
    },
    sections: [
      {
        id: 'funds',
        kind: 'grid',
        shares: [200, 10],
        rows: [[{ label: '说明' }, { label: '资金执行率', oneLine: true }], [{ field: 'executed' }, { field: 'rate' }]],
      },
      {
        id: 'indicators',
        kind: 'list',
        block: '指标',
        columns: [
          { id: 'level1', title: '一级指标', kind: 'text', share: 40, group: true },
          { id: 'name', title: '三级指标', kind: 'text', share: 80 },
          { id: 'target', title: '指标值', kind: 'indicator', share: 50 },
          { id: 'actual', title: '完成值', kind: 'indicator', share: 50 },
          { id: 'weight', title: '分值', kind: 'points', share: 30 },
          { id: 'score', title: '得分', kind: 'points', share: 30, indicatorScore: { target: 'target', actual: 'actual', weight: 'weight' } },
        ],
        total: { label: '合计', sums: { weight: [], score: [] }, ...total },
      },
    ],
    input: {
      'defaults.scoreDecimals': 'display.scoreDecimals',
      'fields.executed': 'report.funds.executed',
      'fields.budget': 'report.funds.budget',
      indicators: { from: 'report.indicators' },
      'indicators.total': 'report.total',
    },
  });
}

const profileOf = (total?: Record<string, unknown>): Profile => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/dept.yaml': formYaml(total) });

/** 2 of 3 次 done: 4 × 2/3 = 2.67 at two decimals; 3 at none. */
function source(o: { total?: Record<string, unknown>; decimals?: number; weight?: number; budget?: number } = {}) {
  return {
    display: { scoreDecimals: o.decimals ?? 2 },
    report: {
      funds: { executed: 0, budget: o.budget ?? 0 },
      indicators: [
        { level1: '产出', name: '考察', target: parseMeasure('≥3次'), actual: parseMeasure('2次'), weight: new D(4) },
        { level1: '产出', name: '宣传', target: parseMeasure('积极宣传'), actual: parseMeasure('已宣传'), weight: new D(o.weight ?? 6), score: new D(6), deviation: '  ' },
      ],
      ...(o.total ? { total: o.total } : {}),
    },
  };
}

function run(profile: Profile, src: ReturnType<typeof source>) {
  const form = profile.forms.dept;
  const own = withInputDefaults(profile, form, src);
  return { own, form, engine: new FormEngine(own, form, mapInput(form, src), { path: 'dept', title: '测试表' }).run() };
}

describe('an indicator list read through `input`', () => {
  it('takes each item as a row, its keys the columns, a blank text left out', () => {
    const rows = mapInput(profileOf().forms.dept, source()).indicators as Record<string, unknown>[];
    expect(rows.map((r) => r.name)).toEqual(['考察', '宣传']);
    expect(rows[1]).not.toHaveProperty('deviation', '  ');
    expect(rows[1].deviation).toBeUndefined();
  });

  it('rounds a derived score as it prints, so that the total adds the printed scores', () => {
    const { engine } = run(profileOf(), source({ decimals: 2 }));
    const [first, second] = engine.figures.lists.indicators;
    expect(first.score.value?.toString()).toBe('2.67');
    expect(first.score.derived).toBe(true);
    // A qualitative indicator gets no score from the rule: its typed score stands.
    expect(second.score.value?.toString()).toBe('6');
    expect(engine.figures.totals.indicators.score.value?.toString()).toBe('8.67');
    expect(run(profileOf(), source({ decimals: 0 })).engine.figures.lists.indicators[0].score.value?.toString()).toBe('3');
  });

  it('prints a total the input states as given, and says where it differs from the rows', () => {
    const { engine } = run(profileOf(), source({ total: { weight: 10, score: 9 } }));
    const totals = engine.figures.totals.indicators;
    expect([totals.weight.value?.toString(), totals.score.value?.toString()]).toEqual(['10', '9']);
    expect(engine.findings.filter((f) => f.id === 'E_FORM_TOTAL').map((f) => [f.path, f.expected, f.actual])).toEqual([['dept.indicators.total.score', '8.67', '9']]);
  });

  it('adds the rows as given with `unrounded` (a weight of 2.5 printed as 3 counts 2.5), rounded first without it', () => {
    const rounded = run(profileOf(), source({ decimals: 0, weight: 2.5 })).engine.figures.totals.indicators.weight.value;
    const given = run(profileOf({ unrounded: true }), source({ decimals: 0, weight: 2.5 })).engine.figures.totals.indicators.weight.value;
    expect([rounded?.toString(), given?.toString()]).toEqual(['7', '6.5']);
  });

  it('prints a field’s own 0 ÷ 0 (blank here), and a rate when the base is not zero', () => {
    expect(run(profileOf(), source()).engine.figures.fields.rate.display).toBe('');
    const { engine } = run(profileOf(), source({ budget: 8 }));
    expect([engine.figures.fields.rate.display, engine.figures.fields.rate.value?.toString()]).toEqual([undefined, '0']);
  });
});

describe('a grid cell kept on one line', () => {
  it('makes its column at least as wide as its text, whatever the column’s share', () => {
    const profile = profileOf();
    const { own, form, engine } = run(profile, source());
    const doc = layoutForm({ profile: own, form, figures: engine.figures, context: { unit: '单位' }, styles: loadStyles(), title: 't', fileName: 'f' });
    const table = (doc.content as { table?: { widths: number[] } }[]).find((n) => n.table)!.table!;
    const fontSize = tableStyle(loadStyles()).fontSize;
    expect(table.widths[1]).toBeGreaterThanOrEqual(textWidth('资金执行率', { fontSize, bold: true }));
  });

  it('is refused where a grid cell is not (a typo in the key)', () => {
    expect(() => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/dept.yaml': formYaml().replace('oneLine', 'oneline') })).toThrow();
  });
});

// The engine's capabilities for forms like hunan-2022's 基础数据表: rows on several levels, hidden and bold rows,
// item groups with subtotals, text rows, a shared grid, repeated headings, the one-page fit and the input mapping.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { D } from '../../src/derive/decimal.js';
import { FormEngine } from '../../src/forms/derive.js';
import { parseProfile, type Profile } from '../../src/forms/index.js';
import { layoutForm } from '../../src/forms/layout.js';
import { mapInput } from '../../src/forms/mapInput.js';
import { loadStyles } from '../../src/layout/index.js';
import { unbroken } from '../helpers/unbroken.js';

const PROFILE = stringify({ id: 'test', name: '测试', description: '测试', fields: { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } }, engine: 'legacy', documents: [{ id: 'basic', form: 'basic', title: '测试表', fileName: '测试表' }], combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表' });
const money = (id: string) => ({ id, title: id, kind: 'money', share: 80 });

function formYaml(extra: Record<string, unknown> = {}, rows?: unknown[]): string {
  return stringify({
    id: 'basic',
    title: '测试表',
    orientation: 'portrait',
    fields: { measures: { title: '措施' }, note: { title: '说明', default: '默认说明' } },
    notes: ['说明：{{note}}'],
    sections: [
      { id: 'staff', kind: 'matrix', block: '人员', blockShare: 120, keepLast: 1, columns: [{ id: 'authorized', title: '编制数', kind: 'count', share: 80 }, { id: 'actual', title: '实有', kind: 'count', share: 80 }, { id: 'rate', title: '控制率', kind: 'percent', share: 80, rate: { of: 'actual', over: 'authorized' }, zeroOverZero: '' }], rows: [{ id: 'staff', label: '' }] },
      {
        id: 'funds',
        kind: 'matrix',
        corner: '经费',
        labelShare: 200,
        repeatHeader: true,
        columns: [money('a'), money('b'), money('c')],
        rows: rows ?? [
          { id: 'basic', label: '基本支出', bold: true, sum: ['staffCost', 'public'], sumNeedsAll: true },
          { id: 'staffCost', label: '人员经费', hidden: true },
          { id: 'public', label: '公用经费', indent: 10, sum: ['office', 'other'] },
          { id: 'office', label: '办公', indent: 20 },
          { id: 'other', label: '其他', indent: 20 },
          { id: 'projects', label: '项目支出', bold: true, sum: ['groupA', 'groupB'] },
          { id: 'groupA', label: '甲类', indent: 10, items: true, itemIndent: 20 },
          { id: 'groupB', label: '乙类', indent: 10, items: true, itemIndent: 20 },
          { id: 'measures', label: '措施', bold: true, text: 'measures', numbered: '{{n}}、{{text}}' },
        ],
      },
    ],
    ...extra,
  });
}

function profileOf(form: string): Profile {
  return parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/basic.yaml': form });
}

const SOURCE = {
  staffing: { authorized: 10, actual: 8 },
  basic: { a: '', b: 5 },
  personnel: { a: 100 },
  publicFunds: { total: { b: 99 } },
  office: { a: 1, b: 2, c: 3 },
  other: { a: 4, b: 5 },
  groups: { first: [{ name: '项目一', amounts: { a: 1, b: 2 } }, { name: '项目二', amounts: { a: 3 } }], second: [] },
  measures: ['节约用电', '节约用水'],
  note: '   ',
};

const INPUT = {
  'staff.staff': 'staffing',
  'funds.basic': 'basic',
  'funds.staffCost': 'personnel',
  'funds.staffCost.b': ['personnel.b', 'narrativePersonnel'],
  'funds.public': 'publicFunds.total',
  'funds.office': 'office',
  'funds.other': 'other',
  'funds.groupA.items': { from: 'groups.first', values: 'amounts' },
  'funds.groupB.items': { from: 'groups.second', values: 'amounts' },
  'fields.measures': 'measures',
  'fields.note': 'note',
};

function run(form: string, source: Record<string, unknown> = SOURCE) {
  const profile = profileOf(form);
  const def = profile.forms.basic;
  const engine = new FormEngine(profile, def, mapInput(def, source), { path: 'basic', title: '测试表' }).run();
  return { profile, def, engine };
}

function layout(form: string, source?: Record<string, unknown>, styles = loadStyles()) {
  const { profile, def, engine } = run(form, source);
  const context = { unit: '某单位', year: '2022', note: String(engine.figures.fields.note?.value ?? '') };
  return layoutForm({ profile, form: def, figures: engine.figures, context, styles, title: 't', fileName: 'f' });
}

interface TableNode {
  table: { widths: number[]; headerRows?: number; body: { text?: string; bold?: boolean; colSpan?: number; margin?: number[] }[][] };
}

function tables(node: unknown): TableNode[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  return o.table ? [o as unknown as TableNode] : Object.values(o).flatMap(tables);
}

const texts = (t: TableNode) => t.table.body.map((r) => r.map((c) => c?.text ?? ''));

describe('mapInput: a form read from an input of another shape', () => {
  const def = profileOf(formYaml({ input: INPUT })).forms.basic;
  const data = mapInput(def, SOURCE) as Record<string, any>;

  it('takes whole rows, numbers exact, blank texts left out', () => {
    expect(data.funds.office.a).toBeInstanceOf(Decimal);
    expect(data.funds.office.c.toString()).toBe('3');
    expect(data.funds.basic).toEqual({ a: undefined, b: new D(5) });
    expect(data.note).toBeUndefined();
  });

  it('lets a cell fall back along its paths, and a cell wins over its row', () => {
    expect(mapInput(def, { ...SOURCE, narrativePersonnel: 7 }) as any).toMatchObject({ funds: { staffCost: { a: new D(100), b: new D(7) } } });
    expect((mapInput(def, { ...SOURCE, personnel: { b: 6 }, narrativePersonnel: 7 }) as any).funds.staffCost.b).toEqual(new D(6));
  });

  it('makes items of a list, each its name and its values', () => {
    expect(data.funds.groupA.items).toEqual([
      { name: '项目一', a: new D(1), b: new D(2) },
      { name: '项目二', a: new D(3) },
    ]);
    expect(data.funds.groupB.items).toEqual([]);
    expect(data.measures).toEqual(['节约用电', '节约用水']);
  });
});

describe('rows on several levels', () => {
  const { engine } = run(formYaml({ input: INPUT }));
  const cell = (row: string, col: string) => engine.figures.matrices.funds[row][col];

  it('sums level by level: 办公 + 其他 = 公用经费; a given total prints as given and is checked', () => {
    expect(cell('public', 'a').value?.toString()).toBe('5');
    expect(cell('public', 'b').value?.toString()).toBe('99');
    expect(engine.findings.filter((f) => f.id === 'E_FORM_SUM').map((f) => f.path)).toContain('basic.funds.public.b');
  });

  it('a sum that needs all its parts stays blank while one is missing; a hidden row still counts', () => {
    expect(cell('basic', 'a').value?.toString()).toBe('105');
    expect(cell('basic', 'c').value).toBeUndefined();
  });

  it('an item group is the sum of its items, and the groups add up to their total', () => {
    expect(cell('groupA', 'a').value?.toString()).toBe('4');
    expect(cell('groupB', 'a').value).toBeUndefined();
    expect(cell('projects', 'a').value?.toString()).toBe('4');
  });

  it('a rate over zero prints the column’s own 0 ÷ 0 text', () => {
    const zero = run(formYaml({ input: INPUT }), { ...SOURCE, staffing: { authorized: 0, actual: 0 } }).engine;
    expect(zero.figures.matrices.staff.staff.rate.display).toBe('');
    expect(run(formYaml({ input: INPUT })).engine.figures.matrices.staff.staff.rate.value?.toString()).toBe('80');
  });
});

describe('the layout of such a form', () => {
  const doc = layout(formYaml({ input: INPUT, widths: { shared: true, wholeHeadings: true, keepChars: [9] } }));
  const [staff, funds] = tables(unbroken(doc.content));

  it('prints bold rows bold, hides hidden rows, indents items by their own indent', () => {
    const rows = texts(funds);
    expect(rows.map((r) => r[0])).toEqual(['经费', '基本支出', '公用经费', '办公', '其他', '项目支出', '甲类', '项目一', '项目二', '乙类', '措施']);
    expect(funds.table.body[1][0].bold).toBe(true);
    expect(funds.table.body[2][0].bold).toBeUndefined();
  });

  it('prints a text row as a numbered list across the value columns', () => {
    const last = funds.table.body[funds.table.body.length - 1];
    expect(last[1].colSpan).toBe(3);
    // One item a line: the layout hands pdfmake the cell's lines one by one.
    expect(texts(funds).at(-1)![1]).toBe('1、节约用电2、节约用水');
    expect(JSON.stringify(doc.content)).toContain('"stack":[{"text":"1、节约用电","noWrap":true},{"text":"2、节约用水","noWrap":true}]');
  });

  it('the sections share one grid', () => {
    expect(staff.table.widths).toEqual(funds.table.widths);
    expect(texts(staff)).toEqual([
      ['人员', '编制数', '实有', '控制率'],
      ['', '10', '8', '80.00%'],
    ]);
  });

  it('prints the note’s default when the input leaves it blank', () => {
    expect(JSON.stringify(doc.content)).toContain('说明：默认说明');
  });

  it('without a shared grid, each section has its own widths', () => {
    const own = tables(unbroken(layout(formYaml({ input: INPUT })).content));
    expect(own[0].table.widths).not.toEqual(own[1].table.widths);
  });
});

describe('one page if a smaller style gets it there (fit)', () => {
  const many = { ...SOURCE, groups: { first: Array.from({ length: 30 }, (_, i) => ({ name: `项目${i + 1}`, amounts: { a: i } })), second: [] } };
  const fontSize = (doc: ReturnType<typeof layout>) => Math.min(...JSON.stringify(doc.content).match(/"fontSize":[\d.]+/g)!.map((m) => Number(m.split(':')[1])));

  it('shrinks a form that runs over one page, as far as it must', () => {
    const plain = layout(formYaml({ input: INPUT }), many);
    const fitted = layout(formYaml({ input: INPUT, fit: 'basicData' }), many);
    expect(plain.pages).toBe(2);
    expect(fitted.pages).toBe(1);
    expect(fontSize(fitted)).toBeLessThan(fontSize(plain));
    expect(fontSize(fitted)).toBeGreaterThanOrEqual(loadStyles().fit!.basicData!.minCellSize);
  });

  it('leaves a form that fits as it is', () => {
    expect(JSON.stringify(layout(formYaml({ input: INPUT, fit: 'basicData' })).content)).toBe(JSON.stringify(layout(formYaml({ input: INPUT })).content));
  });

  it('repeats the column headings on the page a table continues on (repeatHeader)', () => {
    const headings = (doc: ReturnType<typeof layout>) => tables(unbroken(doc.content)).flatMap(texts).filter((r) => r[0] === '经费').length;
    expect(headings(layout(formYaml({ input: INPUT }), many))).toBe(2);
  });
});

describe('notes under the table', () => {
  it('a note taller than a third of the page runs on by itself, the signature lines kept with its end', () => {
    const long = { ...SOURCE, note: '很长的说明文字。'.repeat(400) };
    const form = formYaml({ input: INPUT, signatures: [['填表人：某某']] });
    const doc = layout(form, long);
    expect(doc.pages).toBeGreaterThan(1);
    const short = layout(form);
    expect(short.pages).toBe(1);
  });
});

describe('what the 部门整体支出绩效目标自评表 needs', () => {
  const DEPT = stringify({
    id: 'basic',
    title: '自评表',
    fields: {
      unit: { title: '部门名称' },
      a: { title: '公共财政拨款', kind: 'money' },
      b: { title: '其他资金', kind: 'money' },
      total: { title: '资金总额', kind: 'money', sum: ['a', 'b'] },
      executed: { title: '执行数', kind: 'money' },
      rate: { title: '资金执行率', kind: 'percent', rate: { of: 'executed', over: 'total' } },
      weight: { title: '分值', kind: 'points' },
      score: { title: '得分', kind: 'points', executionScore: { rate: 'rate', weight: 'weight' } },
      duties: { title: '部门履职概述' },
    },
    widths: { wholeHeadings: true },
    sections: [
      {
        id: 'funds',
        kind: 'grid',
        shares: [60, 200, 60],
        rows: [
          [{ label: '年度预算申请', merge: 'budget' }, { text: '资金总额：{{total}}万元' }, { field: 'rate' }],
          [{ label: '年度预算申请', merge: 'budget' }, { text: '{{#if b}}其他资金：{{b}}万元{{/if}}' }, { field: 'score' }],
          [{ label: '部门履职概述' }, { field: 'duties', span: 2, numbered: '{{n}}、{{text}}' }],
        ],
      },
      {
        id: 'indicators',
        kind: 'list',
        block: '绩效指标',
        balance: true,
        columns: [
          { id: 'name', title: '三级指标', kind: 'text', share: 40, minChars: 4 },
          { id: 'target', title: '年度指标值', kind: 'indicator', share: 40, minChars: 4 },
          { id: 'weight', title: '分值', kind: 'points', share: 20 },
          { id: 'deviation', title: '偏差原因分析及改进措施', kind: 'text', share: 40, minChars: 4 },
        ],
      },
    ],
  });
  const data = (deviation: string) => ({ a: new D(80), b: new D(20), executed: new D(90), weight: new D(10), duties: ['招商', '服务'], indicators: [{ name: '签约项目', target: '≥3个', weight: new D(10), deviation }] });
  const build = (deviation = '') => {
    const profile = profileOf(DEPT);
    const form = profile.forms.basic;
    const engine = new FormEngine(profile, form, data(deviation), { path: 'dept', title: '自评表' }).run();
    const context = { total: '100.00', b: '20.00' };
    return { engine, doc: layoutForm({ profile, form, figures: engine.figures, context, styles: loadStyles(), title: 't', fileName: 'f' }) };
  };

  it('derives a rate and an execution-rate score between fields, and checks given ones', () => {
    const { engine } = build();
    expect(engine.figures.fields.total.value?.toString()).toBe('100');
    expect(engine.figures.fields.rate.value?.toString()).toBe('90');
    expect(engine.figures.fields.score.value?.toString()).toBe('9');
    const profile = profileOf(DEPT);
    const wrong = new FormEngine(profile, profile.forms.basic, { ...data(''), rate: new D(80) }, { path: 'dept', title: '自评表' }).run();
    expect(wrong.findings.find((f) => f.id === 'E_FORM_RATE')).toMatchObject({ path: 'dept.rate', expected: '90.00%', actual: '80.00%' });
  });

  it("records a cell's at-most outcome for the value as given: none for a score it worked out itself", () => {
    const yaml = DEPT.replace('    kind: points\n    executionScore:', '    kind: points\n    atMost: weight\n    executionScore:');
    expect(yaml).not.toBe(DEPT);
    const profile = profileOf(yaml);
    const atMost = (score?: Decimal) =>
      new FormEngine(profile, profile.forms.basic, { ...data(''), ...(score ? { score } : {}) }, { path: 'dept', title: '自评表' }).run().outcomes.filter((o) => o.kind === 'cellAtMost');
    expect(atMost()).toEqual([]);
    const [given] = atMost(new D(12));
    expect([given.column, given.given?.toString(), given.computed?.toString()]).toEqual(['score', '12', '10']);
  });

  it('merges a label down its rows, fills texts with conditions, numbers a list in a cell', () => {
    const [funds] = tables(unbroken(build().doc.content));
    const rows = texts(funds);
    expect(rows[0].slice(1)).toEqual(['资金总额：100.00万元', '90.00%']);
    expect(rows[1].slice(1)).toEqual(['其他资金：20.00万元', '9']);
    expect(funds.table.body[0][0]).toMatchObject({ rowSpan: 2 });
    expect(rows[2][1]).toBe('1、招商2、服务');
  });

  it('a long 偏差原因 widens its column, taking room from the others (balance)', () => {
    const width = (doc: ReturnType<typeof build>['doc']) => tables(unbroken(doc.content))[1].table.widths[4];
    expect(width(build('受疫情影响，部分外出招商活动未能按计划开展，下一年度将提前谋划、加强线上招商，确保完成目标。'.repeat(3)).doc)).toBeGreaterThan(width(build().doc));
  });

  it('a profile naming a field that does not exist in a rate is refused with the key', () => {
    let problems: { path: string; message: string }[] = [];
    try {
      profileOf(DEPT.replace('of: executed', 'of: executedd'));
    } catch (e) {
      problems = (e as { findings: typeof problems }).findings;
    }
    expect(problems).toEqual([expect.objectContaining({ path: 'profiles/test/forms/basic.yaml#fields.rate', message: expect.stringContaining('executedd') })]);
  });
});

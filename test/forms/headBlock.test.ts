// A project form's head block as hunan-2022's 附件4 prints it: name, funds and goals in one table (`continues`), the
// funds' corner a plain cell (`plainCorner`), their headings on one line (`oneLineTitles`), a 其中 row's rate and score
// only with its own 分值 or rate (`relationsIf`), and a text field whose default names the unit ("{{unit}}").
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { D } from '../../src/derive/decimal.js';
import { FormEngine } from '../../src/forms/derive.js';
import { parseProfile } from '../../src/forms/index.js';
import { layoutForm } from '../../src/forms/layout.js';
import { fillPlaces } from '../../src/forms/places.js';
import { loadStyles } from '../../src/layout/index.js';
import { tableStyle } from '../../src/layout/form.js';
import { textWidth } from '../../src/layout/measure/text.js';

/** A profile whose one document prints the form `form`. */
const profileFor = (form: string) =>
  stringify({ id: 'test', name: '测试', description: '测试', fields: { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } }, engine: 'legacy', documents: [{ id: form, form, title: '测试表', fileName: '测试表' }], combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表' });
const PROFILE = profileFor('project');

const SHARES = [50, 84, 62, 62, 62, 6, 48, 30];

function formYaml(o: { goalsShares?: number[]; firstContinues?: boolean } = {}): string {
  return stringify({
    id: 'project',
    title: '测试表',
    orientation: 'portrait',
    fields: { name: { title: '项目名称' }, implementer: { title: '实施单位', default: '{{unit}}' }, planned: { title: '年度目标' } },
    sections: [
      { id: 'head', kind: 'grid', shares: SHARES, ...(o.firstContinues ? { continues: true } : {}), rows: [[{ label: '项目名称', span: 2 }, { field: 'name', span: 3 }, { label: '实施单位' }, { field: 'implementer', span: 2 }]] },
      {
        id: 'funds',
        kind: 'matrix',
        continues: true,
        block: '项目资金',
        blockShare: 50,
        labelShare: 84,
        plainCorner: true,
        oneLineTitles: true,
        columns: [
          { id: 'initialBudget', title: '年初预算数', kind: 'money', share: 62 },
          { id: 'budget', title: '全年预算数', kind: 'money', share: 62 },
          { id: 'executed', title: '全年执行数', kind: 'money', share: 62 },
          { id: 'weight', title: '分值', kind: 'points', share: 6 },
          { id: 'rate', title: '执行率', kind: 'percent', share: 48, rate: { of: 'executed', over: 'budget' } },
          { id: 'score', title: '得分', kind: 'points', share: 30, executionScore: { rate: 'rate', weight: 'weight' } },
        ],
        rows: [
          { id: 'total', label: '年度资金总额', sum: ['own', 'other'] },
          { id: 'own', label: '其中：当年财政拨款', relationsIf: ['weight', 'rate'] },
          { id: 'other', label: '其他资金', relationsIf: ['weight', 'rate'] },
        ],
      },
      { id: 'goals', kind: 'grid', continues: true, block: '年度总体目标', blockShare: 50, keepLast: 1, shares: o.goalsShares ?? SHARES.slice(1), rows: [[{ label: '年度目标', span: 7 }], [{ field: 'planned', span: 7 }]] },
    ],
  });
}

interface Cell {
  text?: string;
  stack?: { text?: string }[];
  fillColor?: string;
}
interface TableNode {
  table: { widths: number[]; body: Cell[][] };
}

function tables(node: unknown, out: TableNode[] = []): TableNode[] {
  if (Array.isArray(node)) node.forEach((n) => tables(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.table) out.push(o as unknown as TableNode);
    else Object.values(o).forEach((v) => tables(v, out));
  }
  return out;
}

const textOf = (c: Cell | undefined) => c?.text ?? c?.stack?.map((l) => l.text).join('') ?? '';

const funds = (own: Record<string, number>, other: Record<string, number> = {}) => ({
  total: { weight: new D(10) },
  own: Object.fromEntries(Object.entries(own).map(([k, v]) => [k, new D(v)])),
  other: Object.fromEntries(Object.entries(other).map(([k, v]) => [k, new D(v)])),
});

function run(data: Record<string, unknown>) {
  const profile = parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/project.yaml': formYaml() });
  const form = profile.forms.project;
  const fill = (t: string) => fillPlaces(t, { unit: '本单位' });
  const engine = new FormEngine(profile, form, data, { path: 'project', title: '测试表', fill }).run();
  const doc = layoutForm({ profile, form, figures: engine.figures, context: {}, styles: loadStyles(), title: 't', fileName: 'f' });
  return { engine, tables: tables(doc.content) };
}

describe('a head block in one table', () => {
  const fontSize = tableStyle(loadStyles()).fontSize;
  const { engine, tables: laid } = run({ name: '招商引资', planned: '完成签约', funds: funds({ budget: 4, executed: 3, weight: 10 }) });

  it('sets the rows of the sections that continue it in the first section’s table, in order', () => {
    expect(laid).toHaveLength(1);
    const body = laid[0].table.body;
    expect(body).toHaveLength(7);
    const texts = body.flat().map(textOf);
    const order = ['项目名称', '招商引资', '项目资金', '年初预算数', '年度资金总额', '其中：当年财政拨款', '其他资金', '年度总体目标', '年度目标', '完成签约'].map((t) => texts.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
    expect(laid[0].table.widths).toHaveLength(SHARES.length);
  });

  it('prints the corner as a plain cell and keeps each funds heading on one line, however narrow its share', () => {
    const heading = laid[0].table.body[1];
    expect(heading[1].fillColor).toBeUndefined();
    expect(heading[2].fillColor).toBeDefined();
    // 分值 has a share of 6 in 434: far less than its two characters without the heading's minimum.
    expect(laid[0].table.widths[5]).toBeGreaterThanOrEqual(textWidth('分值', { fontSize, bold: true }));
  });

  it('works out a 其中 row’s rate and score with its 分值, and the unit as the default 实施单位', () => {
    const own = engine.figures.matrices.funds.own;
    expect([own.rate.value?.toString(), own.score.value?.toString()]).toEqual(['75', '7.5']);
    expect(engine.figures.fields.implementer.value).toBe('本单位');
  });

  it('leaves a 其中 row’s rate and score blank, even a typed score, without its 分值 or a typed rate', () => {
    const other = run({ funds: funds({ budget: 4, executed: 3 }, { budget: 2, executed: 1, score: 5 }) }).engine.figures.matrices.funds;
    expect([other.own.rate.value, other.own.score.value, other.other.rate.value, other.other.score.value]).toEqual([undefined, undefined, undefined, undefined]);
    // The total row has no such condition.
    expect(new D(String(other.total.rate.value)).toFixed(2)).toBe('66.67');
    const typedRate = run({ funds: funds({ budget: 4, executed: 3, rate: 80 }) }).engine.figures.matrices.funds.own;
    expect([typedRate.rate.value?.toString(), typedRate.score.value]).toEqual(['80', undefined]);
  });
});

describe('a section that continues the table above', () => {
  it('must have as many columns as that table', () => {
    expect(() => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/project.yaml': formYaml({ goalsShares: [84, 62] }) })).toThrow(
      expect.objectContaining({ findings: expect.arrayContaining([expect.objectContaining({ where: expect.stringContaining('sections.2.continues'), message: '这一部分有 3 列，接着排的上一张表有 8 列，应相同' })]) }),
    );
  });

  it('names only columns of its section in a row’s relationsIf', () => {
    expect(() => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/project.yaml': formYaml().replace("- weight\n          - rate", "- weight\n          - ratio") })).toThrow(
      expect.objectContaining({ findings: expect.arrayContaining([expect.objectContaining({ where: expect.stringContaining('relationsIf'), message: '引用的列“ratio”不存在' })]) }),
    );
  });

  it('cannot be the first', () => {
    expect(() => parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/project.yaml': formYaml({ firstContinues: true }) })).toThrow(
      expect.objectContaining({ findings: expect.arrayContaining([expect.objectContaining({ message: '第一部分前面没有可接着排的表格' })]) }),
    );
  });
});

describe('a block label’s column', () => {
  const fontSize = tableStyle(loadStyles()).fontSize;
  function blockWidth(blockChars?: number): number {
    const form = stringify({
      id: 'list',
      title: '测试表',
      sections: [{ id: 'items', kind: 'list', block: '项目资金', blockShare: 1, ...(blockChars === undefined ? {} : { blockChars }), columns: [{ id: 'name', title: '名称', kind: 'text', share: 200 }] }],
    });
    const profile = parseProfile('profiles/test', { 'profile.yaml': profileFor('list'), 'forms/list.yaml': form });
    const engine = new FormEngine(profile, profile.forms.list, { items: [{ name: '甲' }] }, { path: 'list', title: '测试表' }).run();
    const doc = layoutForm({ profile, form: profile.forms.list, figures: engine.figures, context: {}, styles: loadStyles(), title: 't', fileName: 'f' });
    return tables(doc.content)[0].table.widths[0];
  }

  it('keeps two characters of room by default, the number `blockChars` gives, or only its share with 0', () => {
    expect(blockWidth()).toBeGreaterThanOrEqual(2 * fontSize);
    expect(blockWidth(3)).toBeGreaterThanOrEqual(3 * fontSize);
    expect(blockWidth(0)).toBeLessThan(fontSize);
  });
});

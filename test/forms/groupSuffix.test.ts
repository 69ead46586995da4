// A group label's suffix on a line of its own ("产出指标\n（50分）", as hunan-2022's 附件3 prints it) is never broken
// on that line: its column is at least "（100分）" wide, however narrow its share.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { D } from '../../src/derive/decimal.js';
import { FormEngine } from '../../src/forms/derive.js';
import { parseProfile } from '../../src/forms/index.js';
import { layoutForm } from '../../src/forms/layout.js';
import { loadStyles } from '../../src/layout/index.js';
import { tableStyle } from '../../src/layout/form.js';
import { textWidth } from '../../src/layout/measure/text.js';

const PROFILE = stringify({ id: 'test', name: '测试', description: '测试', fields: { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } }, engine: 'legacy', documents: [{ id: 'list', form: 'list', title: '测试表', fileName: '测试表' }], combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表' });

function formYaml(groupSuffix: string): string {
  return stringify({
    id: 'list',
    title: '测试表',
    sections: [
      {
        id: 'indicators',
        kind: 'list',
        columns: [
          { id: 'level1', title: '一级', kind: 'text', share: 4, group: true, groupSuffix },
          { id: 'name', title: '三级指标', kind: 'text', share: 200 },
          { id: 'weight', title: '分值', kind: 'points', share: 30 },
        ],
        groupWeights: { column: 'level1', weight: 'weight', expect: {} },
      },
    ],
  });
}

interface TableNode {
  table: { widths: number[]; body: { text?: string; stack?: { text?: string }[] }[][] };
}

function firstTable(node: unknown): TableNode | undefined {
  if (Array.isArray(node)) return node.map(firstTable).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  return o.table ? (o as unknown as TableNode) : Object.values(o).map(firstTable).find(Boolean);
}

function laidOut(groupSuffix: string, weights = [30, 20]): TableNode {
  const profile = parseProfile('profiles/test', { 'profile.yaml': PROFILE, 'forms/list.yaml': formYaml(groupSuffix) });
  const form = profile.forms.list;
  const data = { indicators: [{ level1: '产出', name: '签约项目', weight: new D(weights[0]) }, { level1: '产出', name: '接待客商', weight: new D(weights[1]) }] };
  const engine = new FormEngine(profile, form, data, { path: 'list', title: '测试表' }).run();
  const doc = layoutForm({ profile, form, figures: engine.figures, context: {}, styles: loadStyles(), title: 't', fileName: 'f' });
  return firstTable(doc.content)!;
}

describe('a group suffix on its own line', () => {
  const fontSize = tableStyle(loadStyles()).fontSize;

  it('prints under the group label and keeps its column at least "（100分）" wide', () => {
    const t = laidOut('\n（{{weight}}分）');
    // The layout hands pdfmake each cell broken into its lines.
    expect(t.table.body.flat().map((c) => c?.stack?.map((l) => l.text).join('|'))).toContain('产出|（50分）');
    expect(t.table.widths[0]).toBeGreaterThanOrEqual(textWidth('（100分）', { fontSize }));
  });

  it('keeps a printed weight wider than 100 whole too ("（22.5分）" with two decimals)', () => {
    const t = laidOut('\n（{{weight}}分）', [12.25, 10.25]);
    expect(t.table.body.flat().map((c) => c?.stack?.map((l) => l.text).join('|'))).toContain('产出|（22.50分）');
    expect(t.table.widths[0]).toBeGreaterThanOrEqual(textWidth('（22.50分）', { fontSize }));
  });

  it('a suffix on the label’s own line leaves the column to its share, as before', () => {
    expect(laidOut('（{{weight}}分）').table.widths[0]).toBeLessThan(textWidth('（100分）', { fontSize }));
  });
});

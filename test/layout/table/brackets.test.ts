import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/layout/measure/text.js';
import { notesWhole } from '../../../src/layout/table/brackets.js';
import { row, type Cell, type TableSpec } from '../../../src/layout/table/model.js';

const s = { fontSize: 10.5, padding: 4, rule: 0.5 };
const label = (text: string): Cell => ({ text, bold: true, align: 'center', merge: 'block:x' });
const spec = (cell: Cell, width: number): TableSpec => ({ widths: [width, 100], header: [], body: [row(cell, { text: '1' }), row(cell, { text: '2' })] });
/** Room for `text` in the label font, and a little more. */
const room = (text: string) => textWidth(text, { fontSize: 10.5, bold: true }) + 1;

describe('a label’s closing note stays whole', () => {
  it('goes to a line of its own when the label wraps inside it', () => {
    const out = notesWhole(spec(label('绩效指标（90分）'), room('绩效指标（90')), s);
    expect(out.body.map((r) => r[0]!.text)).toEqual(['绩效指标\n（90分）', '绩效指标\n（90分）']);
    // A merged label stays one cell: both rows hold the same one.
    expect(out.body[0][0]).toBe(out.body[1][0]);
  });

  it('also in a merged group cell of a list (产出指标（50分）), which is not bold', () => {
    const group: Cell = { text: '产出指标（50分）', merge: 'group:level1' };
    expect(notesWhole(spec(group, room('产出指标（50')), s).body[0][0]!.text).toBe('产出指标\n（50分）');
  });

  it('is left alone when the label fits, when the words before it do not fit one line, and in plain cells', () => {
    const fits = spec(label('绩效指标（90分）'), room('绩效指标（90分）'));
    expect(notesWhole(fits, s)).toBe(fits);
    const long = spec(label('部门预算执行情况（万元）'), room('部门预算执行情'));
    expect(notesWhole(long, s).body[0][0]!.text).toBe('部门预算执行情况（万元）');
    const plain = spec({ text: '绩效指标（90分）' }, room('绩效指标（90'));
    expect(notesWhole(plain, s)).toBe(plain);
  });
});

/** hunan-2022's 正文 sheet in the editor: a figure left blank shows what the narrative will print, as its definition works it out. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportInput } from '../../../src/model/parse.js';
import type { FieldContent } from '../../../src/web/editor/grid.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const fixture = () => JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8')) as Record<string, any>;
/** The muted value of the 正文 sheet's cell at `path`, and what it holds. */
const narrativeCell = (input: Record<string, any>, path: string) => {
  const sheet = legacySheets(input, parseReportInput(input))[0];
  const cell = sheet.grids.flatMap((g) => g.cells.map((c) => c.content)).find((c): c is FieldContent => c.t === 'field' && c.path.join('.') === path);
  return cell && { computed: cell.computed };
};

describe('the 正文 sheet’s figures', () => {
  it('shows the 基础数据表’s figure in a figure the narrative leaves out, and the totals worked out from it', () => {
    const input = fixture();
    for (const k of ['publicFunds', 'basicExpenditure', 'expenditureTotal']) delete input.narrative.figures[k];
    input.narrative.figures.threePublic = {};
    expect(narrativeCell(input, 'narrative.figures.publicFunds')).toEqual({ computed: '69.72' });
    expect(narrativeCell(input, 'narrative.figures.basicExpenditure')).toEqual({ computed: '323.67' });
    expect(narrativeCell(input, 'narrative.figures.expenditureTotal')).toEqual({ computed: '346.17' });
    expect(narrativeCell(input, 'narrative.figures.threePublic.reception')).toEqual({ computed: '8.92' });
  });

  it('shows nothing under a figure that is typed', () => {
    expect(narrativeCell(fixture(), 'narrative.figures.publicFunds')).toEqual({ computed: undefined });
  });
});

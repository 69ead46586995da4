// A finding about a group of cells (按支出性质分) is placed at the group's first cell, so --annotate can mark it.
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/pipeline.js';
import { exampleData } from '../helpers/example.js';
import { workbookFile } from './helpers.js';

describe('findings about a group of cells in a workbook', () => {
  it('name the group’s first cell', async () => {
    const findings = await checkFile(await workbookFile(exampleData()));
    const split = findings.find((f) => f.id === 'W_EXPENSE_SPLIT')!;
    expect(split.path).toBe('departmentEvaluation.funds.byExpense');
    expect(split.where).toMatch(/^部门整体支出绩效目标自评表![A-Z]+\d+ · /);
  });
});

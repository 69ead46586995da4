// Blank rows at the end of a list are no rows, as a workbook's blank rows are not: `init` writes one blank
// placeholder in each list of a YAML or JSON file, and a unit without such an item leaves it.
import { describe, expect, it } from 'vitest';
import { UserError, type Finding } from '../../src/diagnostics/finding.js';
import { withoutTrailingBlankItems } from '../../src/model/blankItems.js';
import { unfilled } from '../../src/model/issues.js';
import { parseReportInput } from '../../src/model/parse.js';
import { parseProfileInput } from '../../src/forms/parse.js';
import { loadProfile } from '../../src/node/profiles.js';
import { exampleData, modelFindings } from '../helpers/example.js';
import { fixtureData } from '../forms/helpers.js';

/** A project row of the 基础数据表 as `init` writes it blank. */
const blankProjectRow = () => ({ name: '', amounts: { previousActual: null, budget: null, actual: null } });

describe('unfilled', () => {
  it('is nothing written, at any depth', () => {
    for (const v of [undefined, null, '', [], {}, [null, ''], { a: '', b: { c: null, d: [] } }]) expect(unfilled(v)).toBe(true);
    for (const v of [0, ' ', '0', false, [0], { a: '', b: 'x' }, new Date(0), new Uint8Array(0)]) expect(unfilled(v)).toBe(false);
  });
});

describe('withoutTrailingBlankItems', () => {
  it('leaves out the blank items at the end of each list, at any depth, and copies only what changes', () => {
    const data = { a: [1, { x: '' }, null], b: { c: ['x', ''], d: [{ e: [{ f: null }] }] }, g: { h: [1] } };
    const before = structuredClone(data);
    const pruned = withoutTrailingBlankItems(data);
    expect(pruned).toEqual({ a: [1], b: { c: ['x'], d: [] }, g: { h: [1] } });
    expect(data).toEqual(before);
    expect(pruned.g).toBe(data.g);
  });

  it('keeps a blank item before a filled one, so every item keeps its index', () => {
    const data = { list: ['', 'x', ''] };
    expect(withoutTrailingBlankItems(data)).toEqual({ list: ['', 'x'] });
  });

  it('returns data without any such item as it is', () => {
    const data = exampleData();
    expect(withoutTrailingBlankItems(data)).toBe(data);
  });
});

describe('the report input', () => {
  it('reads a blank placeholder row, indicator, 履职概述 and 项目支出绩效自评表 at a list’s end as no item', () => {
    const data = exampleData();
    const expected = parseReportInput(exampleData());
    data.basicData.projectExpenditure.operation.projects = [blankProjectRow()];
    data.basicData.projectExpenditure.business.projects.push(blankProjectRow());
    data.departmentEvaluation.duties.push('', null);
    data.departmentEvaluation.indicators.push({ level1: '', level2: '', name: '', target: '', actual: '', weight: null, score: null, deviation: '' });
    data.projectEvaluations.push({ name: '', funds: { total: { budget: null } }, indicators: [{ name: '' }], total: { weight: null } });
    expect(parseReportInput(data)).toEqual(expected);
  });

  it('still reports a blank row before a filled one, where it is', () => {
    const data = exampleData();
    data.basicData.projectExpenditure.business.projects.unshift(blankProjectRow());
    expect(modelFindings(data).map((f) => [f.id, f.path])).toEqual([['E_MISSING_FIELD', 'basicData.projectExpenditure.business.projects.0.name']]);
  });

  it('says a list that must have an item and has only blank ones is not filled in', () => {
    const data = exampleData();
    data.departmentEvaluation.indicators = [{ level1: '', name: '', weight: null }];
    expect(modelFindings(data)).toEqual([
      expect.objectContaining({ id: 'E_MISSING_FIELD', path: 'departmentEvaluation.indicators', message: expect.stringMatching(/^缺少必填项“绩效指标”/), actual: '（未填写）' }),
    ]);
  });
});

describe('a profile’s input', () => {
  it('reads blank items at a list’s end as none, and still reports one before a filled item', () => {
    const data = fixtureData('national-project-2023.yaml');
    const profile = loadProfile(data.profile);
    const expected = parseProfileInput(profile, structuredClone(data));
    const blankIndicator = { level1: '', level2: '', name: '', target: '', actual: '', weight: null };
    data.projects[1].indicators.push(blankIndicator);
    data.projects.push({ name: '', funds: { total: { budget: null } }, indicators: [blankIndicator] });
    expect(parseProfileInput(profile, data)).toEqual(expected);
    data.projects[1].indicators.unshift(blankIndicator);
    let refused: Finding[] = [];
    try {
      parseProfileInput(profile, data);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      refused = e.findings;
    }
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((f) => f.path).filter((p) => !p.startsWith('projects.1.indicators.0.'))).toEqual([]);
  });
});

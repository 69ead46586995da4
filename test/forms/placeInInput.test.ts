import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, loadProfile } from '../../src/core/profiles.js';
import { inputPathOf, mapInput, placeInInput } from '../../src/forms/mapInput.js';
import { MappedForm } from '../../src/web/editor/mapped.js';

// hunan-2022's 附件2 reads 人员经费's 本年决算数 from two places: its own row, else the narrative's figure.
const form = () => loadProfile(DEFAULT_PROFILE).forms.basicData;
const PLACE = 'funds.personnel.actual';
const input = (own: unknown) => ({ basicData: { personnel: { actual: own } }, narrative: { figures: { personnel: 12.5 } } });

describe('where a form place is in the input, one answer for the engine, the checks and the editor', () => {
  it('of several paths, takes the first that holds a value', () => {
    for (const [own, path] of [
      [30, 'basicData.personnel.actual'],
      ['  ', 'narrative.figures.personnel'],
      [undefined, 'narrative.figures.personnel'],
    ] as const) {
      const data = input(own);
      expect(placeInInput(form(), PLACE, data)).toEqual({ path });
      expect(inputPathOf(form(), data, PLACE)).toBe(path);
      expect(new MappedForm(form(), 'basicData.yaml').place(PLACE, data)).toEqual(path.split('.'));
      const read = (mapInput(form(), data).funds as Record<string, Record<string, { toString(): string }>>).personnel.actual;
      expect(read.toString()).toBe(own === 30 ? '30' : '12.5');
    }
  });

  it('names a cell by its row when the cell has no place of its own, and a row of items by its list', () => {
    expect(placeInInput(form(), 'funds.office.actual', {})).toEqual({ path: 'basicData.publicFunds.office.actual' });
    expect(placeInInput(form(), 'funds.business.items', {})).toEqual({ items: 'basicData.projectExpenditure.business.projects', values: 'amounts' });
    expect(inputPathOf(form(), {}, 'funds.business.actual', 1)).toBe('basicData.projectExpenditure.business.projects.1.amounts.actual');
    expect(placeInInput(form(), 'funds.nowhere.actual', {})).toBeUndefined();
  });
});

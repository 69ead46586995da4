// The editor reads the year of a label as the files do (src/forms/places.ts) and differs only while none is typed:
// it shows the blanks of a paper form, and a year partly typed as it stands.
import { describe, expect, it } from 'vitest';
import { BLANK, yearNames } from '../../../src/web/editor/grid.js';
import { yearPlaces } from '../../../src/forms/yearPlaces.js';

describe('yearNames', () => {
  it.each([['2023'], [' 2023 '], [2023], ['1999']])('reads %j as the files do', (year) => {
    expect(yearNames(year)).toEqual(yearPlaces(year));
  });

  it('keeps blanks until a year is typed, and a year partly typed as it stands', () => {
    expect(yearNames(undefined)).toEqual({ year: BLANK, previousYear: BLANK });
    expect(yearNames('  ')).toEqual({ year: BLANK, previousYear: BLANK });
    expect(yearNames(' 202')).toEqual({ year: '202', previousYear: BLANK });
    expect(yearNames('20235')).toEqual({ year: '20235', previousYear: BLANK });
  });
});

// One answer to "does this reference name a cell", for summary, same, sameRow and a list total's makes.
import { describe, expect, it } from 'vitest';
import { namesCell } from '../../src/forms/cellRefs.js';
import { loadProfile } from '../../src/node/profiles.js';

const form = () => loadProfile('national-project').forms.project;

describe('namesCell', () => {
  it('names a field and a matrix cell', () => {
    expect(namesCell(form(), 'name')).toBe(true);
    expect(namesCell(form(), 'funds.total.executed')).toBe(true);
    expect(namesCell(form(), 'funds.currentYear.budget')).toBe(true);
  });

  it('does not name a cell the row does not have (a column of the total row only), nor a part too many or too few', () => {
    expect(namesCell(form(), 'funds.total.score')).toBe(true);
    expect(namesCell(form(), 'funds.currentYear.score')).toBe(false);
    expect(namesCell(form(), 'funds.total.executed.value')).toBe(false);
    expect(namesCell(form(), 'funds.total')).toBe(false);
    expect(namesCell(form(), 'funds.nowhere.executed')).toBe(false);
  });

  it('does not take an object’s own names for fields', () => {
    expect(namesCell(form(), 'constructor')).toBe(false);
    expect(namesCell(form(), 'toString')).toBe(false);
  });

  it('names a column of a list’s total row only where asked', () => {
    expect(namesCell(form(), 'indicators.total.score', true)).toBe(true);
    expect(namesCell(form(), 'indicators.total.score')).toBe(false);
    expect(namesCell(form(), 'indicators.total.nowhere', true)).toBe(false);
  });
});

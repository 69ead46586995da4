import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline.js';
import { engineProfileOf } from '../../src/profileReport.js';
import { exampleData } from '../helpers/example.js';

describe('hunan-2022 stays the default and today’s code builds it', () => {
  it('an input naming hunan-2022, or naming none, is read by today’s model', () => {
    const named = { ...(exampleData() as object), profile: 'hunan-2022' };
    expect(engineProfileOf(named)).toBeUndefined();
    expect(engineProfileOf(exampleData())).toBeUndefined();
    expect(parseReport(named)).toEqual(parseReport(exampleData()));
  });
});

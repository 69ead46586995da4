import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { topLevelLists } from '../../src/model/paths.js';
import { list } from '../../src/model/primitives.js';

describe('the top-level lists of an input', () => {
  it('are read from its schema, through defaults and optionals', () => {
    const item = z.object({ name: z.string() });
    const schema = z.object({ unit: z.string(), a: list(item, 'A'), b: z.array(item).default([]), c: z.object({ d: z.array(item) }), e: z.array(item).optional() }).strict();
    expect(topLevelLists(schema)).toEqual(['a', 'b', 'e']);
  });

  it("are today's data file's projectEvaluations", () => {
    expect(topLevelLists()).toEqual(['projectEvaluations']);
  });
});

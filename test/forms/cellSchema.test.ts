import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import '../../src/node/resources.js';
import { cellSchema } from '../../src/forms/cells.js';

/** What a user's profile exports for one cell (jixiao schema --profile). No shipped profile has a required number cell. */
const exported = (kind: 'money' | 'percent', required: boolean) =>
  (z.toJSONSchema(z.object({ a: cellSchema(kind, 'T', { required }) }), { io: 'input' }) as unknown as { properties: { a: { title?: string; description?: string } } }).properties.a;

describe("a cell's schema", () => {
  it.each(['money', 'percent'] as const)('keeps the description of a required %s cell beside its title', (kind) => {
    const cell = exported(kind, true);
    expect(cell.title).toBe('T');
    expect(cell.description).toMatch(/^T/);
    expect(exported(kind, false).title).toBe('T');
  });
});

describe('a year cell (kind: year)', () => {
  const year = (v: unknown) => {
    const r = cellSchema('year', '年度', { required: true }).safeParse(v);
    return r.success ? r.data : r.error.issues.map((i) => i.message).join();
  };

  it('reads a year written as a number or as text, as its four digits', () => {
    for (const written of [2023, '2023', ' 2023 ', '２０２３', '2023年', '2023年度']) expect(year(written)).toBe('2023');
  });

  it('refuses what is no year: a word, two digits, a fraction, a year out of range', () => {
    for (const wrong of ['去年', '23', 2023.5, '2023年年']) expect(year(wrong)).toBe('年度应为四位数字的年份，如 2023');
    expect(year(1999)).toBe('年度应在 2000 年至 2100 年之间');
  });
});

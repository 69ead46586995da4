import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReportInput } from '../../../src/model/parse.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';
import { setIn } from '../../../src/web/editor/paths.js';
import { share } from '../../../src/web/editor/shared.js';

const sheetsOf = (input: Record<string, unknown>) => legacySheets(input, parseReportInput(input));

describe('sharing unchanged parts between two drawings', () => {
  it('keeps the previous object wherever the next one is equal, and the next one where it differs', () => {
    const prev = { a: { x: 1, list: [{ n: 1 }, { n: 2 }] }, b: { y: 'text' } };
    const next = { a: { x: 1, list: [{ n: 1 }, { n: 3 }] }, b: { y: 'text' } };
    const out = share(prev, next);
    expect(out).toEqual(next);
    expect(out.b).toBe(prev.b);
    expect(out.a.list[0]).toBe(prev.a.list[0]);
    expect(out.a.list[1]).not.toBe(prev.a.list[1]);
    expect(out.a).not.toBe(prev.a);
  });

  it('returns the previous drawing itself when nothing changed, and notices added, removed and undefined keys', () => {
    const prev = { a: [1, 2], b: { c: undefined as number | undefined } };
    expect(share(prev, { a: [1, 2], b: { c: undefined } })).toBe(prev);
    expect(share(prev, { a: [1, 2, 3], b: { c: undefined } })).toEqual({ a: [1, 2, 3], b: { c: undefined } });
    expect(share(prev, { a: [1], b: { c: undefined } }).a).toEqual([1]);
    expect(share({ b: { c: 1 } } as object, { b: {} } as object)).toEqual({ b: {} });
    expect(share({ b: {} } as object, { b: { c: undefined } } as object)).toEqual({ b: { c: undefined } });
  });

  it('takes an instance of a class from the next drawing as it is', () => {
    class Amount {
      constructor(readonly cents: number) {}
    }
    const out = share({ a: new Amount(1) }, { a: new Amount(2) });
    expect(out.a).toBeInstanceOf(Amount);
    expect(out.a.cents).toBe(2);
  });

  it('after a keystroke in one field, leaves every form that does not show that field untouched', () => {
    const example = JSON.parse(readFileSync('fixtures/hengyang-investment-2022.json', 'utf8')) as Record<string, unknown>;
    const before = sheetsOf(example);
    const typed = setIn(example, ['contacts', 'phone'], '88591001') as Record<string, unknown>;
    const after = share(before, sheetsOf(typed));
    expect(after).toEqual(sheetsOf(typed));
    const changed = after.filter((s, i) => s !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.length);
    // Within a changed form, the grids without the field stay as they were.
    for (const sheet of changed) {
      const old = before.find((s) => s.id === sheet.id)!;
      expect(sheet.grids.filter((g, i) => g === old.grids[i]).length).toBeGreaterThan(0);
    }
  });
});

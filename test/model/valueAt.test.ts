import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/model/valueAt.js';

const data = { a: [{ b: 1 }, { b: null }], c: 'x', d: { e: { f: 0 } } };

describe('valueAt', () => {
  it('follows a dotted path or a list of keys', () => {
    expect(valueAt(data, 'a.0.b')).toBe(1);
    expect(valueAt(data, ['a', 0, 'b'])).toBe(1);
    expect(valueAt(data, 'd.e.f')).toBe(0);
    expect(valueAt(data, 'a.1.b')).toBeNull();
    expect(valueAt(data, 'a')).toBe(data.a);
  });

  it('is undefined where the path leaves the data', () => {
    expect(valueAt(data, 'a.2.b')).toBeUndefined();
    expect(valueAt(data, 'a.1.b.c')).toBeUndefined();
    expect(valueAt(data, 'c.length')).toBeUndefined();
    expect(valueAt(undefined, 'a')).toBeUndefined();
  });

  it('gives the same answer for a path asked again, however many other paths came between', () => {
    for (let i = 0; i < 12_000; i++) expect(valueAt({ [`k${i}`]: { v: i } }, `k${i}.v`)).toBe(i);
    expect(valueAt(data, 'a.0.b')).toBe(1);
    expect(valueAt({ k5: { v: 'again' } }, 'k5.v')).toBe('again');
  });
});

import { describe, expect, it } from 'vitest';
import { editList, getIn, insertAt, moveBy, removeAt, setIn } from '../../../src/web/editor/paths.js';
import { storedValue } from '../../../src/web/editor/validate.js';

describe('edits along a path', () => {
  it('sets a value without touching the original, creating lists and objects on the way', () => {
    const data = { a: { b: 1 } };
    const out = setIn(data, ['a', 'list', 0, 'name'], '项目');
    expect(out).toEqual({ a: { b: 1, list: [{ name: '项目' }] } });
    expect(data).toEqual({ a: { b: 1 } });
    expect(getIn(out, ['a', 'list', 0, 'name'])).toBe('项目');
  });

  it('removes a key set to undefined, and keeps list positions', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setIn({ l: ['x', 'y'] }, ['l', 0], undefined)).toEqual({ l: [undefined, 'y'] });
  });

  it('inserts, moves and removes list items, a move past either end doing nothing', () => {
    const data = { l: ['a', 'b', 'c'] };
    expect(editList(data, ['l'], insertAt(1, 'n'))).toEqual({ l: ['a', 'n', 'b', 'c'] });
    expect(editList(data, ['l'], moveBy(0, 1))).toEqual({ l: ['b', 'a', 'c'] });
    expect(editList(data, ['l'], moveBy(0, -1))).toEqual(data);
    expect(editList(data, ['l'], moveBy(2, 1))).toEqual(data);
    expect(editList(data, ['l'], removeAt(1))).toEqual({ l: ['a', 'c'] });
    expect(editList({}, ['new'], insertAt(0, {}))).toEqual({ new: [{}] });
  });
});

describe('a typed text as the input keeps it', () => {
  it('keeps a number when it prints back exactly as typed, the text otherwise', () => {
    expect(storedValue('57.3', true)).toBe(57.3);
    expect(storedValue('-2', true)).toBe(-2);
    expect(storedValue('1.50', true)).toBe('1.50');
    expect(storedValue('1,057.30', true)).toBe('1,057.30');
    expect(storedValue('68%', true)).toBe('68%');
    expect(storedValue('0.1234567890123456789', true)).toBe('0.1234567890123456789');
    expect(storedValue('57.3', false)).toBe('57.3');
    expect(storedValue('  ', true)).toBeUndefined();
  });
});

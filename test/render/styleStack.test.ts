import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import { describe, expect, it } from 'vitest';
import { getProperties, type StyleStackLike } from '../../src/render/styleStack.js';

// getProperties walks pdfmake's style stack once for many properties; each answer must be the one pdfmake's own
// getProperty gives (this file never loads the render stage, so the class here is pdfmake's, unpatched).

const StyleContextStack = ((StyleContextStackModule as { default?: unknown }).default ?? StyleContextStackModule) as new (dictionary: object, defaultStyle?: object) => StyleStackLike & { push(x: unknown): void };

const PROPERTIES = ['font', 'bold', 'italics', 'alignment', 'fontSize', 'color', 'decoration', 'lineHeight', 'noWrap', 'opacity', 'margin'];

const dictionary = {
  base: { fontSize: 9, color: 'gray' },
  heading: { extends: 'base', bold: true, alignment: 'center' },
  note: { extends: ['heading', 'base'], italics: true, color: null },
  loop: { extends: 'loop2' },
  loop2: { extends: 'loop', lineHeight: 1.5 },
};

function stacks(): { name: string; stack: StyleStackLike & { push(x: unknown): void } }[] {
  const out = [];
  for (const defaultStyle of [undefined, { font: 'NotoSansSC', fontSize: 12, decoration: null }]) {
    const levels: unknown[][] = [
      [],
      [{ fontSize: 10 }],
      [{ fontSize: 10, bold: false }, 'heading', { color: 'red', noWrap: true }],
      ['note', { alignment: null, opacity: 0 }, new String('base')],
      ['loop', { text: 'x', margin: [1, 2, 3, 4] }, 'missing'],
      [{ bold: undefined }, 'note', 'heading', { lineHeight: 0 }],
      // Levels that are not object literals: a value inherited from a prototype, a class's instance.
      [Object.create({ fontSize: 7, color: 'blue' }), Object.assign(Object.create(null), { bold: true, color: null })],
      [new (class Level { alignment = 'right'; get fontSize() { return 8; } })()],
    ];
    for (const [i, items] of levels.entries()) {
      const stack = new StyleContextStack(dictionary, defaultStyle);
      for (const item of items) stack.push(item);
      out.push({ name: `${defaultStyle ? 'default' : 'none'} ${i}`, stack });
    }
  }
  return out;
}

describe('getProperties', () => {
  it('answers each property as pdfmake getProperty does', () => {
    for (const { name, stack } of stacks()) {
      const out: unknown[] = [];
      getProperties(stack, PROPERTIES, out);
      expect({ name, out }).toEqual({ name, out: PROPERTIES.map((p) => stack.getProperty(p)) });
    }
  });

  it('finds values on every kind of level (a test that cannot pass by always answering undefined)', () => {
    const found = stacks().flatMap(({ stack }) => {
      const out: unknown[] = [];
      getProperties(stack, PROPERTIES, out);
      return out.filter((v) => v !== undefined && v !== null);
    });
    expect(found).toEqual(expect.arrayContaining([9, 'gray', true, 'center', 'red', 0, 1.5, 'NotoSansSC', [1, 2, 3, 4], 7, 'blue', 'right', 8]));
  });
});

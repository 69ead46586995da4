// One typo in one typed figure of a region's form: every error the form engine reports at a typed cell must, if its
// 应为 is followed, take the input toward consistency (hunan-2022's catalog checks: test/check/blame.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, parseInputText } from '../../src/core/index.js';
import { ROOT } from '../helpers/example.js';

type Raw = any;
type Path = (string | number)[];

// Chongqing 2021's form has no relation whose finding stands at a typed cell (its weights add up to a total nobody types).
const FIXTURES = ['national-project-2023.yaml', 'sichuan-project-2023.yaml', 'hunan-2023-township.yaml'];

/** Every typed number of the input, by its path (the year is no figure). */
function numbers(node: unknown, at: Path = []): Path[] {
  if (typeof node === 'number') return at.includes('year') ? [] : [at];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => numbers(v, [...at, Array.isArray(node) ? Number(k) : k]));
}
const get = (raw: Raw, path: Path): unknown => path.reduce((o, k) => o?.[k], raw);
function set(raw: Raw, path: Path, value: unknown): void {
  const keys = [...path];
  const last = keys.pop()!;
  keys.reduce((o, k) => o[k], raw)[last] = value;
}
const pathOf = (text: string): Path => text.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const errors = (raw: Raw) => checkData(structuredClone(raw)).findings.filter((f) => f.level === 'error');
const key = (f: { id: string; path: string }) => `${f.id} ${f.path}`;

describe.each(FIXTURES)('one typo in each typed figure of %s', (name) => {
  const base = parseInputText(name, readFileSync(join(ROOT, 'fixtures', name), 'utf8')) as Raw;

  it('starts consistent', () => expect(errors(base).map(key)).toEqual([]));

  it('every error’s 应为 at a typed cell moves toward consistency', () => {
    let followed = 0;
    for (const path of numbers(base)) {
      const raw = structuredClone(base);
      const typed = get(raw, path) as number;
      set(raw, path, Number.isInteger(typed) && typed > 20 ? typed + 1 : Number((typed + 0.27).toFixed(2)));
      const before = errors(raw);
      for (const f of before.filter((e) => e.expected !== undefined && /^-?\d+(\.\d+)?%?$/.test(e.expected))) {
        const at = pathOf(f.path);
        const was = get(raw, at);
        if (was === undefined) continue; // a total nobody typed: its rows are to be corrected
        const fixed = structuredClone(raw);
        set(fixed, at, typeof was === 'string' ? f.expected : Number(f.expected!.replace('%', '')));
        const after = errors(fixed).map(key);
        const introduced = after.filter((k) => !before.some((b) => key(b) === k));
        expect({ typo: path.join('.'), finding: key(f), introduced }).toEqual({ typo: path.join('.'), finding: key(f), introduced: [] });
        expect(after.length, `${path.join('.')}: ${key(f)} → ${f.expected}`).toBeLessThan(before.length);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(10);
  });
});

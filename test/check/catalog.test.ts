import { describe, expect, it } from 'vitest';
import { MESSAGES, checkRules } from '../../src/check/index.js';
import { describePath, splitPath } from '../../src/model/paths.js';
import { check, clean, example } from './helpers.js';

describe('rules and their message catalog', () => {
  it('every catalog entry has exactly one rule, and ids are unique', () => {
    const ids = checkRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('the level follows the id prefix (E_ error, W_ warning) and every rule has a Chinese title', () => {
    for (const r of checkRules()) {
      expect(r.level).toBe(r.id.startsWith('E_') ? 'error' : 'warning');
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(MESSAGES[r.id].hint).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the repaired example raises nothing', () => {
    expect(check(clean())).toEqual([]);
  });

  it("each finding's place reads in the user's terms and its path names a field the schema knows", () => {
    for (const f of check(example())) {
      expect(f.where).toBe(describePath(splitPath(f.path)));
      // A path the schema did not know would fall back to the raw English key somewhere in `where`.
      expect(f.where).not.toMatch(/[A-Za-z]/);
    }
  });
});

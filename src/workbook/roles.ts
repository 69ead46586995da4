/** hunan-2022's input cells by role: computed where its workbook.yaml says, else optional or required by the model. */
import { schemasAlong } from '../model/paths.js';
import { COMPUTED } from './labels.js';
import type { InputRole, Path } from './types.js';
import { mapList } from '../mapList.js';

/** "projectEvaluations[].funds.*.score" → a test of "projectEvaluations[].funds.total.score" and what lies below it. */
function patternTest(pattern: string): RegExp {
  const body = pattern.replace(/[.[\]]/g, (c) => `\\${c}`).replace(/\*/g, '[^.[]+');
  return new RegExp(`^${body}(?=$|\\.|\\[)`);
}

const TESTS = mapList(COMPUTED, patternTest);

const patternOf = (path: Path) => mapList(path, (s) => (typeof s === 'number' ? '[]' : `.${s}`)).join('').replace(/^\./, '');

/**
 * Optional when the field, or an object between it and its list item (or the root), may be left out. A list that
 * may be empty does not make its items' fields optional: a row in use needs them.
 */
function optional(path: Path): boolean {
  const lastIndex = path.reduce<number>((last, s, i) => (typeof s === 'number' ? i : last), -1);
  return schemasAlong(path)
    .slice(lastIndex + 1)
    .some((s) => s !== undefined && s.safeParse(undefined).success);
}

export function hunanRole(path: Path): InputRole {
  const pattern = patternOf(path);
  if (TESTS.some((t) => t.test(pattern))) return 'computed';
  return optional(path) ? 'optional' : 'required';
}

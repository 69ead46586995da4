import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { typingChanges } from '../../model/typing.js';
import { TYPING } from '../messages.js';
import { mapList } from '../../mapList.js';

type ListAt = { path: (string | number)[]; list: string[] };

/** Every list of the input with its path, added to `found`. */
function lists(value: unknown, path: (string | number)[] = [], found: ListAt[] = []): ListAt[] {
  if (Array.isArray(value)) {
    if (value.every(isString)) found.push({ path, list: value as string[] });
    for (let i = 0; i < value.length; i++) lists(value[i], [...path, i], found);
  } else if (value && typeof value === 'object' && value.constructor === Object) {
    for (const [k, v] of Object.entries(value)) lists(v, [...path, k], found);
  }
  return found;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

/** A warning for each list entry the model changed from what was typed (numbering removed, one cell split). */
export function typingFindings(input: ReportInput): Finding[] {
  return lists(input).flatMap(({ path, list }) =>
    mapList(typingChanges(list), (c): Finding => {
      const at = [...path, c.index];
      const entry = TYPING[c.kind];
      return {
        id: entry.id,
        level: 'warning',
        path: joinPath(at),
        where: describePath(at),
        message: entry.message(c.typed, c.items),
        expected: c.items.join(TYPING.itemJoin),
        actual: c.typed,
        hint: entry.hint,
      };
    }),
  );
}

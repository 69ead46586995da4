import type { Finding } from '../../diagnostics/finding.js';
import { describePath, joinPath } from '../../model/paths.js';
import type { ReportInput } from '../../model/schema.js';
import { typingChanges } from '../../model/typing.js';
import { TYPING } from '../messages.js';
import { mapList } from '../../mapList.js';

/** Every list of the input with its path. */
function lists(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; list: string[] }[] {
  if (Array.isArray(value)) {
    const here = value.every((v) => typeof v === 'string') ? [{ path, list: value as string[] }] : [];
    return [...here, ...value.flatMap((v, i) => lists(v, [...path, i]))];
  }
  if (value && typeof value === 'object' && value.constructor === Object) return Object.entries(value).flatMap(([k, v]) => lists(v, [...path, k]));
  return [];
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

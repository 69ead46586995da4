import type { ReportInput } from '../model/schema.js';
import type { FactChange, Segment } from './facts.js';
import { mapList } from '../mapList.js';

/** A copy of the input's structure (plain objects and arrays); values (Decimals, measures, strings) are shared. */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return mapList(v, copy) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(mapList(Object.entries(v), ([k, x]) => [k, copy(x)])) as T;
  }
  return v;
}

function get(root: unknown, path: Segment[]): unknown {
  return path.reduce<unknown>((v, seg) => (v as Record<Segment, unknown> | undefined)?.[seg], root);
}

/** The old input with just this one change of the new input applied: to see what that change alone moves. */
export function withOneChange(before: ReportInput, after: ReportInput, change: FactChange): ReportInput {
  const out = copy(before);
  const parentPath = change.path.slice(0, -1);
  const key = change.path[change.path.length - 1];
  let parent = get(out, parentPath) as Record<Segment, unknown> | unknown[] | undefined;
  if (parent === undefined) {
    // An optional group that only the new version has: take the whole group.
    let p = parentPath.length;
    while (p > 0 && get(out, parentPath.slice(0, p)) === undefined) p--;
    const holder = get(out, parentPath.slice(0, p)) as Record<Segment, unknown>;
    holder[parentPath[p]] = copy(get(after, parentPath.slice(0, p + 1)));
    return out;
  }
  if (Array.isArray(parent) && typeof key === 'number' && change.kind === 'removed') parent.splice(key, 1);
  else (parent as Record<Segment, unknown>)[key] = copy(get(after, change.path));
  return out;
}

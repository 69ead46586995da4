/** Paths into the input (["projects", 0, "funds", "total", "budget"]) and immutable edits along them. */
import { valueAt } from '../../model/valueAt.js';

export type Segment = string | number;
export type Path = readonly Segment[];

export const pathKey = (path: Path): string => path.join('.');

/** The value at `path` of the input. */
export const getIn = (data: unknown, path: Path): unknown => valueAt(data, path);

type Container = Record<string, unknown> | unknown[];

function copyOf(v: unknown, next: Segment): Container {
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object') return { ...(v as Record<string, unknown>) };
  return typeof next === 'number' ? [] : {};
}

/** A copy of `data` with `value` at `path` (undefined removes the key); containers on the way are created. */
export function setIn(data: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const out = copyOf(data, head) as Record<Segment, unknown>;
  const child = setIn(out[head], rest, value);
  if (child === undefined && !Array.isArray(out)) delete out[head];
  else out[head] = child;
  return out;
}

/** A copy of `data` with the list at `path` changed by `edit` (the list is created when absent). */
export function editList(data: unknown, path: Path, edit: (items: unknown[]) => unknown[]): unknown {
  const current = getIn(data, path);
  return setIn(data, path, edit(Array.isArray(current) ? [...current] : []));
}

export const insertAt = (index: number, item: unknown) => (items: unknown[]) => [...items.slice(0, index), item, ...items.slice(index)];
export const removeAt = (index: number) => (items: unknown[]) => items.filter((_, i) => i !== index);

export function moveBy(index: number, by: number) {
  return (items: unknown[]) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return items;
    const out = [...items];
    [out[index], out[to]] = [out[to], out[index]];
    return out;
  };
}

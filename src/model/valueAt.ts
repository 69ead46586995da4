/**
 * Dotted paths already split. The paths come from the form definitions (a few thousand at most), and the form engine
 * reads each again for every report; bounded all the same, as any string may be given.
 */
const splitPaths = new Map<string, readonly string[]>();
const SPLIT_PATHS_KEPT = 10_000;

function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (!keys) {
    if (splitPaths.size >= SPLIT_PATHS_KEPT) splitPaths.clear();
    splitPaths.set(path, (keys = path.split('.')));
  }
  return keys;
}

/** A value at a path into plain data ("a.0.b" or ["a", 0, "b"]); undefined where the path leaves the data. */
export function valueAt(data: unknown, path: string | readonly PropertyKey[]): unknown {
  const keys = typeof path === 'string' ? keysOf(path) : path;
  let v = data;
  for (let i = 0; i < keys.length; i++) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[keys[i]];
  }
  return v;
}

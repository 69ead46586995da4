/** A value at a path into plain data ("a.0.b" or ["a", 0, "b"]); undefined where the path leaves the data. */
export function valueAt(data: unknown, path: string | readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

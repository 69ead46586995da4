import { mapList } from '../../mapList.js';
/**
 * Structural sharing between two drawings of the same forms: every part of `next` equal to the same part of `prev`
 * is replaced by `prev`'s object, so a keystroke leaves untouched rows and forms identical (===) and the view
 * skips them.
 */
export function share<T>(prev: T, next: T): T {
  if (prev === next) return prev;
  if (!plain(prev) || !plain(next) || Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev)) {
    const a = prev as unknown[];
    const b = next as unknown[];
    let same = a.length === b.length;
    const out = mapList(b, (v, i) => {
      const s = i < a.length ? share(a[i], v) : v;
      if (s !== a[i]) same = false;
      return s;
    });
    return (same ? prev : out) as T;
  }
  const a = prev as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = Object.keys(b);
  let same = keys.length === Object.keys(a).length;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const s = k in a ? share(a[k], b[k]) : b[k];
    if (s !== a[k]) same = false;
    out[k] = s;
  }
  return (same ? prev : out) as T;
}

/** Arrays and object literals only: an instance of a class is taken as it comes, never copied into a plain object. */
function plain(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

import { Decimal } from 'decimal.js';

export type Leaf = { path: (string | number)[]; value: string | Decimal };

/** Every string and Decimal leaf of parsed input, with its path; measures count as their printed text. */
export function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  const found: Leaf[] = [];
  walk(value, [...path], found);
  return found;
}

// One path grown and shrunk as the walk goes, copied at each leaf: a copy per level took most of a large input's check.
function walk(v: unknown, path: (string | number)[], found: Leaf[]): void {
  if (typeof v === 'string' || v instanceof Decimal) {
    found.push({ path: [...path], value: v });
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      walk(v[i], path, found);
      path.pop();
    }
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.kind === 'text' || o.kind === 'quantity') {
      found.push({ path: [...path], value: String(o.text) });
      return;
    }
    for (const k of Object.keys(o)) {
      if (k === '$schema') continue;
      path.push(k);
      walk(o[k], path, found);
      path.pop();
    }
  }
}

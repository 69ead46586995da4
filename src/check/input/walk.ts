import { Decimal } from 'decimal.js';

export type Leaf = { path: (string | number)[]; value: string | Decimal };

/** Every string and Decimal leaf of parsed input, with its path; measures count as their printed text. */
export function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (value instanceof Decimal) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.kind === 'text' || o.kind === 'quantity') return [{ path, value: String(o.text) }];
    return Object.entries(o).flatMap(([k, v]) => (k === '$schema' ? [] : leaves(v, [...path, k])));
  }
  return [];
}

import type { Decimal } from 'decimal.js';

/**
 * One number of the report: what the input gave (as published), what follows from its parts, and what is printed.
 * Printing the given value keeps the published report intact; the check stage compares given with computed.
 */
export interface Figure {
  /** JSON path of the input field that holds the given value. */
  path: string;
  given?: Decimal;
  computed?: Decimal;
  /** given ?? computed */
  value?: Decimal;
  /**
   * The figures `computed` follows from. A value nobody typed is only as good as these: the check stage uses them to
   * say what a derived figure was worked out from, and to keep quiet where one of them has already failed.
   */
  from: readonly Figure[];
}

export function figure(path: string, given: Decimal | undefined, computed: Decimal | undefined, from: readonly Figure[] = []): Figure {
  return { path, given, computed, value: given ?? computed, from };
}

/** A figure that is only typed (a leaf of the input): nothing to work it out from. */
export function typed(path: string, value: Decimal | undefined): Figure {
  return figure(path, value, undefined);
}

/** Typed, and disagreeing with the sum of its own parts. */
export function selfInconsistent(f: Figure): boolean {
  return f.given !== undefined && f.computed !== undefined && !f.given.equals(f.computed);
}

/**
 * A value that cannot be trusted as a reference: typed and disagreeing with its parts, or not typed and worked out
 * from such a value. Whatever it is compared with, the finding belongs to the input that failed first.
 */
export function doubtful(f: Figure): boolean {
  return f.given !== undefined ? selfInconsistent(f) : f.from.some(doubtful);
}

/** Every figure path a computed value was worked out from, through subtotals down to the typed leaves. */
export function restsOn(f: Figure): string[] {
  return f.from.flatMap((p) => [p.path, ...restsOn(p)]);
}

/** The typed figures a value rests on: itself when typed, else the typed figures it was worked out from (with a value). */
export function typedSources(f: Figure): Figure[] {
  if (f.given !== undefined) return [f];
  return f.from.flatMap(typedSources);
}

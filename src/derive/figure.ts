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
}

export function figure(path: string, given: Decimal | undefined, computed: Decimal | undefined): Figure {
  return { path, given, computed, value: given ?? computed };
}

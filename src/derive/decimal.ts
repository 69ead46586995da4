import { Decimal } from 'decimal.js';

/** The one Decimal setup of the project: plenty of precision, half-up rounding as the forms round. */
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export const D = Decimal;
export type Dec = Decimal;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

export function sum(values: (Decimal | undefined)[]): Decimal | undefined {
  const present = values.filter((v): v is Decimal => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a.plus(b), ZERO);
}

/** a ÷ b × 100, or undefined when b is zero or missing. */
export function percentOf(a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined {
  if (a === undefined || b === undefined || b.isZero()) return undefined;
  return new D(a).div(b).times(HUNDRED);
}

export function roundTo(value: Decimal, decimals: number): Decimal {
  return new D(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

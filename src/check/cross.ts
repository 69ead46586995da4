import type { Decimal } from 'decimal.js';
import { formatMoney } from '../compose/format.js';
import type { Column, DerivedFigures, Figure } from '../derive/index.js';
import { moneyDiffers } from './compare.js';
import type { RuleId } from './messages.js';
import { nameOf, type Report } from './rule.js';

/** Rules that compare one fact printed in several documents. */
export type CrossId = 'E_CROSS_PROJECT_EXPENDITURE' | 'E_CROSS_BASIC_EXPENDITURE' | 'E_CROSS_PUBLIC_FUNDS' | 'E_CROSS_THREE_PUBLIC' | 'E_CROSS_EXECUTED';

/** One place a fact is printed. `written` is false where the value was taken from elsewhere (it cannot disagree). */
export interface Place {
  path: string;
  value: Decimal | undefined;
  written: boolean;
}

export const placeOf = (f: Figure): Place => ({ path: f.path, value: f.value, written: f.given !== undefined });
export const inputPlace = (path: string, value: Decimal | undefined): Place => ({ path, value, written: value !== undefined });

/**
 * Compares every written place with the first place that has a value (the reference: the table, which itemises
 * the fact). Each disagreeing place is one finding, at that place.
 */
export function compareAcross<K extends CrossId & RuleId>(report: Report<K>, fact: string, places: readonly Place[]): void {
  const reference = places.find((p) => p.value !== undefined);
  if (!reference) return;
  for (const place of places) {
    if (place === reference || !place.written || !moneyDiffers(place.value, reference.value)) continue;
    const [value, expected] = [formatMoney(place.value), formatMoney(reference.value)];
    const args = { fact, first: nameOf(place.path), firstValue: value, second: nameOf(reference.path), secondValue: expected };
    report(place.path, args as Parameters<Report<K>>[1], { expected, actual: value });
  }
}

/**
 * Which 基础数据表 column the 自评表's 按支出性质分 is to match. Split of the 资金总额 (budget basis, domain.md §4):
 * the 本年预算数. Otherwise the form was filled with the final accounts, as the seed's is (W_EXPENSE_SPLIT says
 * so): the 本年决算数.
 */
export function expenseColumn(figures: DerivedFigures): Column {
  const { expenseTotal, fundsTotal } = figures.department;
  return expenseTotal !== undefined && fundsTotal.value !== undefined && expenseTotal.equals(fundsTotal.value) ? 'budget' : 'actual';
}

import type { Decimal } from 'decimal.js';
import { formatMoney } from '../compose/format.js';
import { doubtful, restsOn, typedSources, type Column, type DerivedFigures, type Figure } from '../derive/index.js';
import { describePath, splitPath } from '../model/paths.js';
import { moneyDiffers } from './compare.js';
import { LABELS, type RuleId } from './messages.js';
import { nameOf, type Report } from './rule.js';

/** Rules that compare one fact printed in several documents. */
export type CrossId = 'E_CROSS_PROJECT_EXPENDITURE' | 'E_CROSS_BASIC_EXPENDITURE' | 'E_CROSS_PUBLIC_FUNDS' | 'E_CROSS_THREE_PUBLIC' | 'E_CROSS_EXECUTED';

/** One place a fact is printed. `written` is false where the value was taken from elsewhere (it cannot disagree). */
export interface Place {
  path: string;
  value: Decimal | undefined;
  written: boolean;
  /** The figure behind the place, where the value may have been worked out rather than typed. */
  figure?: Figure;
}

export const placeOf = (f: Figure): Place => ({ path: f.path, value: f.value, written: f.given !== undefined, figure: f });
export const inputPlace = (path: string, value: Decimal | undefined): Place => ({ path, value, written: value !== undefined });

/**
 * How the reference came about when nobody typed it: "（由基础数据表 › 公用经费 › 本年决算数 69.72 + … 推算）".
 * Said so that nobody takes a worked-out figure for a typed one and types it in.
 */
function derivation(place: Place): string {
  if (place.written || !place.figure) return '';
  const sources = typedSources(place.figure).filter((f) => f.value !== undefined);
  return sources.length ? LABELS.derivedFrom(sources.map((f) => `${describePath(splitPath(f.path))} ${formatMoney(f.value)}`).join(LABELS.plus)) : '';
}

/**
 * Compares every written place with the first place that has a value (the reference: the table, which itemises
 * the fact). Each disagreeing place is one finding, at that place: the typed cell.
 */
export function compareAcross<K extends CrossId & RuleId>(report: Report<K>, fact: string, places: readonly Place[]): void {
  const reference = places.find((p) => p.value !== undefined);
  // A reference that already disagrees with its own parts (or was worked out from one that does) is reported at
  // that input; measuring other places against it would ask the clerk to copy the slip.
  if (!reference || (reference.figure && doubtful(reference.figure))) return;
  for (const place of places) {
    if (place === reference || !place.written || !moneyDiffers(place.value, reference.value)) continue;
    const [value, expected] = [formatMoney(place.value), formatMoney(reference.value)];
    const args = { fact, first: nameOf(place.path), firstValue: value, second: nameOf(reference.path), secondValue: expected, derived: derivation(reference) };
    // The reference may be the slip where it was typed: the check stage moves the finding there if the rest agrees.
    const instead = reference.written ? { path: reference.path, value: place.value!, expected: value, actual: expected } : undefined;
    report(place.path, args as Parameters<Report<K>>[1], { expected, actual: value, fix: reference.value, instead, rests: reference.figure && restsOn(reference.figure) });
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

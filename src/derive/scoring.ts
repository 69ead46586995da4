import { Decimal } from 'decimal.js';
import type { Measure } from '../model/measure.js';
import { D, HUNDRED, ZERO } from './decimal.js';

/** 执行率得分 = 分值 × min(执行率, 100%). `rate` is a percent value (68.54 for 68.54%). */
export function executionScore(rate: Decimal, weight: Decimal): Decimal {
  const share = Decimal.min(rate, HUNDRED).div(HUNDRED);
  return new D(weight).times(Decimal.max(share, ZERO));
}

/**
 * Score of a quantitative indicator (定量指标) by the 财预〔2020〕10号 rule, or undefined where the rule
 * cannot say (qualitative values, units that differ).
 * 正向 (≥, =, >, or no comparator): min(1, B/A) × 分值; 反向 (≤, <): min(1, A/B) × 分值, B = 0 → full.
 */
export function quantitativeScore(target: Measure, actual: Measure, weight: Decimal): Decimal | undefined {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity' || target.unit !== actual.unit) return undefined;
  // An actual written as "≥95%" restates the target: treat it as met when it is at least as strict.
  if (actual.comparator && actual.comparator !== '=' && actual.comparator !== target.comparator) return undefined;
  const a = target.value;
  const b = actual.value;
  const reverse = target.comparator === '≤' || target.comparator === '<';
  let share: Decimal;
  if (reverse) share = b.isZero() ? new D(1) : Decimal.min(1, new D(a).div(b));
  else share = a.isZero() ? new D(1) : Decimal.min(1, new D(b).div(a));
  return new D(weight).times(share);
}

/** 等级: 优/良/中/差 by the central bands (templates/standards.yaml `grades`). */
export type Grade = string;

/** 等级 of a total: the first band, highest first, whose minimum it reaches (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差). */
export function grade(total: Decimal, bands: readonly { min: number; name: string }[]): Grade | undefined {
  return bands.find((b) => total.greaterThanOrEqualTo(b.min))?.name;
}

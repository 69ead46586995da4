/**
 * Checks no declaration can express, as code: a profile names them (`checks: [{rule, args}]`) with their places.
 * Each gets the form's facts through `fact` (a reference as relations use them) and `text` (an input field).
 */
import type { Decimal } from 'decimal.js';
import type { Finding } from '../diagnostics/finding.js';
import { formatMoney, formatPercent } from '../compose/format.js';
import { formFinding } from './messages.js';

export interface CheckContext {
  fact: (ref: string) => Decimal | undefined;
  text: (field: string) => string;
  at: (ref: string) => { path: string; where: string };
  args: Record<string, string | number>;
}

type CodeCheck = (ctx: CheckContext) => Finding[];

/** A rate below `below`% needs the `reason` field filled (Sichuan's printed rule). */
const lowRateNeedsReason: CodeCheck = ({ fact, text, at, args }) => {
  const rate = fact(String(args.rate));
  const below = Number(args.below ?? 90);
  if (rate === undefined || !rate.lessThan(below) || text(String(args.reason))) return [];
  return [formFinding('W_LOW_RATE_REASON', { rate: formatPercent(rate), below: String(below) }, at(String(args.reason)))];
};

/** A budget changed during the year (年初 ≠ 调整后) needs the `reason` field filled. */
const adjustmentNeedsReason: CodeCheck = ({ fact, text, at, args }) => {
  const initial = fact(String(args.initial));
  const adjusted = fact(String(args.adjusted));
  if (initial === undefined || adjusted === undefined || initial.equals(adjusted) || text(String(args.reason))) return [];
  return [formFinding('W_ADJUSTMENT_REASON', { initial: formatMoney(initial), adjusted: formatMoney(adjusted) }, at(String(args.reason)))];
};

export const CODE_CHECKS: Record<string, CodeCheck> = { lowRateNeedsReason, adjustmentNeedsReason };

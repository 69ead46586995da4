import type { Decimal } from 'decimal.js';
import type { Indicator } from '../model/schema.js';
import { roundTo, sum, ZERO } from './decimal.js';
import { figure, type Figure } from './figure.js';
import { quantitativeScore } from './scoring.js';
import { mapList } from '../mapList.js';

export interface IndicatorFigures {
  rows: { score: Figure }[];
  /** 一级指标 blocks in order of first appearance, with their weight and printed-score sums. */
  level1: { name: string; weight: Decimal; score: Decimal }[];
  weightTotal: Figure;
  scoreTotal: Figure;
}

export function deriveIndicators(
  path: string,
  indicators: Indicator[],
  total: { weight?: Decimal; score?: Decimal } | undefined,
  scoreDecimals: number,
): IndicatorFigures {
  const rows = mapList(indicators, (ind, i) => {
    const ruleScore = quantitativeScore(ind.target, ind.actual, ind.weight);
    const computed = ruleScore === undefined ? undefined : roundTo(ruleScore, scoreDecimals);
    return { score: figure(`${path}.indicators.${i}.score`, ind.score, computed) };
  });
  const level1: IndicatorFigures['level1'] = [];
  indicators.forEach((ind, i) => {
    let block = level1.find((b) => b.name === ind.level1);
    if (!block) level1.push((block = { name: ind.level1, weight: ZERO, score: ZERO }));
    block.weight = block.weight.plus(ind.weight);
    block.score = block.score.plus(rows[i].score.value ?? ZERO);
  });
  // Totals come from the printed row values, so the printed total equals the sum of the printed rows.
  return {
    rows,
    level1,
    weightTotal: figure(`${path}.total.weight`, total?.weight, sum(mapList(indicators, (i) => i.weight))),
    scoreTotal: figure(`${path}.total.score`, total?.score, sum(mapList(rows, (r) => r.score.value))),
  };
}

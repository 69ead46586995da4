import { differingSpan, normalizeItem, oneSpanSimilarity } from '../text.js';
import { defineRule, nameOf } from '../rule.js';

/** Texts that share this much around one differing span are one text copied twice, and the span is a slip. */
const NEAR = 0.6;

/**
 * The 自评表's 部门履职概述 repeats the narrative's 部门职能 item by item. An item that matches none exactly
 * but one nearly is reported with the difference (the seed: “市商务局” against “市商务和粮食局”).
 */
export const textDrift = defineRule('W_TEXT_DRIFT', (input, _figures, report) => {
  const items = input.narrative.functions.items.map(normalizeItem);
  input.departmentEvaluation.duties.forEach((raw, j) => {
    const duty = normalizeItem(raw);
    if (items.includes(duty)) return;
    const scored = items.map((item, k) => ({ k, score: oneSpanSimilarity(duty, item) }));
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a), { k: -1, score: 0 });
    if (best.score < NEAR) return;
    const [firstDiff, secondDiff] = differingSpan(duty, items[best.k]);
    report(`departmentEvaluation.duties.${j}`, { first: nameOf(`departmentEvaluation.duties.${j}`), second: nameOf(`narrative.functions.items.${best.k}`), firstDiff, secondDiff });
  });
});

import { differingSpan, normalizeItem, oneSpanSimilarity } from '../text.js';
import { defineRule, nameOf } from '../rule.js';
import { mapList } from '../../mapList.js';

/** Texts that share this much around one differing span are one text copied twice, and the span is a slip. */
const NEAR = 0.6;

/** Beyond this many items only the item at the same place is compared: lists that long are not hand-copied duties. */
const SCAN_ALL_UP_TO = 100;

/** The item most like a duty: the one at the same place first (copies keep the order), else any. */
function closest(duty: string[], index: number, items: string[][]): { k: number; score: number } {
  const same = index < items.length ? { k: index, score: oneSpanSimilarity(duty, items[index]) } : { k: -1, score: 0 };
  if (same.score >= NEAR || items.length > SCAN_ALL_UP_TO) return same;
  return items.reduce((best, chars, k) => {
    const score = oneSpanSimilarity(duty, chars);
    return score > best.score ? { k, score } : best;
  }, same);
}

/**
 * The 自评表's 部门履职概述 repeats the narrative's 部门职能 item by item. An item that matches none exactly
 * but one nearly is reported with the difference (the seed: “市商务局” against “市商务和粮食局”).
 */
export const textDrift = defineRule('W_TEXT_DRIFT', (input, _figures, report) => {
  const items = mapList(input.narrative.functions.items, normalizeItem);
  const exact = new Set(items);
  const itemChars = mapList(items, (item) => [...item]); // split once: pairs are compared many times
  input.departmentEvaluation.duties.forEach((raw, j) => {
    const duty = normalizeItem(raw);
    if (exact.has(duty)) return;
    const dutyChars = [...duty];
    const best = closest(dutyChars, j, itemChars);
    if (best.score < NEAR) return;
    const [firstDiff, secondDiff] = differingSpan(duty, items[best.k]);
    report(`departmentEvaluation.duties.${j}`, { first: nameOf(`departmentEvaluation.duties.${j}`), second: nameOf(`narrative.functions.items.${best.k}`), firstDiff, secondDiff });
  });
});

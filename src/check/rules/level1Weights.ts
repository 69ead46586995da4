import { formatScore } from '../../compose/format.js';
import { formsOf } from '../forms.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';
import { standards, type Level1Block as Block } from '../../model/standards.js';

/** 产出指标 / 效益指标 / 满意度指标, however the 一级 cell is worded ("产出指标（50分）"): templates/standards.yaml level1Words. */
function blockOf(level1: string): Block | undefined {
  return standards().level1Words.find((w) => level1.includes(w.word))?.block;
}

/**
 * The standard split (domain.md §4, §7.1): 产出 50 / 效益 30 / 满意度 10, or, where 满意度 sits inside the
 * 效益 block as on the Hunan 部门整体 form, 产出 50 / 效益 40. Either layout is accepted on either form.
 * Forms using other 一级 (e.g. the 投入/过程 framework) are left alone.
 */
export const level1Weights = defineRule('W_LEVEL1_WEIGHTS', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const form of formsOf(input, figures)) {
    const blocks = form.figures.level1.map((b) => ({ ...b, kind: blockOf(b.name) }));
    if (blocks.some((b) => b.kind === undefined)) continue;
    const separate = blocks.some((b) => b.kind === 'satisfaction');
    const standard: Partial<Record<Block, number>> = separate ? { output: 50, effect: 30, satisfaction: 10 } : { output: 50, effect: 40 };
    for (const b of blocks) {
      const expected = standard[b.kind!];
      if (expected === undefined || b.weight.equals(expected)) continue;
      const first = form.indicators.findIndex((ind) => ind.level1 === b.name);
      const [weight, std] = [formatScore(b.weight, decimals), String(expected)];
      report(
        `${form.path}.indicators.${first}.level1`,
        { form: form.label, level1: b.name, weight, standard: std, layout: separate ? LABELS.layoutSeparate : LABELS.layoutMerged },
        { expected: std, actual: weight },
      );
    }
  }
});

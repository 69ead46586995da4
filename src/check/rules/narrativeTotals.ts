import type { Decimal } from 'decimal.js';
import { formatMoney } from '../../compose/format.js';
import { sum, type Figure } from '../../derive/index.js';
import { moneyDiffers, partsText, titleOf, type Part } from '../compare.js';
import { defineRule } from '../rule.js';

const THREE_PUBLIC_PARTS = ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/** The sums the narrative states in one sentence: 支出决算 = 基本 + 项目; 基本 = 人员 + 公用; 三公 = its four parts. */
export const narrativeTotals = defineRule('E_NARRATIVE_TOTAL', (input, figures, report) => {
  const n = figures.narrative;
  const p = 'narrative.figures';
  // A total over a subtotal that is itself off is right when it matches the subtotal's own parts (as the 基础数据表's totals are judged, src/check/formRelations.ts).
  const basicFromParts = n.basicExpenditure.computed ?? n.basicExpenditure.given;
  const sums: { total: Figure; computed: Decimal | undefined; parts: Part[]; fromLeaves?: Decimal; rests: string[] }[] = [
    {
      total: n.expenditureTotal,
      computed: n.expenditureTotal.computed,
      parts: [
        { label: titleOf(`${p}.basicExpenditure`), value: n.basicExpenditure.value },
        { label: titleOf(`${p}.projectExpenditure`), value: n.projectExpenditure.value },
      ],
      fromLeaves: basicFromParts && n.projectExpenditure.value?.plus(basicFromParts),
      rests: [n.basicExpenditure.path, n.projectExpenditure.path],
    },
    {
      total: n.basicExpenditure,
      computed: n.basicExpenditure.computed,
      parts: [
        { label: titleOf(`${p}.personnel`), value: input.narrative.figures.personnel },
        { label: titleOf(`${p}.publicFunds`), value: n.publicFunds.value },
      ],
      rests: [`${p}.personnel`, n.publicFunds.path],
    },
  ];
  // The narrative prints the four 三公 parts next to the total (taken from the table where it leaves them out).
  const threePublicParts = THREE_PUBLIC_PARTS.map((k) => ({ label: titleOf(`${p}.threePublic.${k}`), value: n.threePublic[k].value }));
  if (threePublicParts.every((part) => part.value !== undefined)) {
    sums.push({
      total: n.threePublic.actual,
      computed: sum(threePublicParts.map((part) => part.value)),
      parts: threePublicParts,
      rests: THREE_PUBLIC_PARTS.map((k) => n.threePublic[k].path),
    });
  }
  for (const s of sums) {
    if (!moneyDiffers(s.total.given, s.computed) || (s.fromLeaves && s.total.given!.equals(s.fromLeaves))) continue;
    const [given, computed] = [formatMoney(s.total.given), formatMoney(s.computed)];
    report(s.total.path, { total: titleOf(s.total.path), given, computed, parts: partsText(s.parts) }, { expected: computed, actual: given, fix: s.computed, rests: s.rests, total: true });
  }
});

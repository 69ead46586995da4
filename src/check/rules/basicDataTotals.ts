import type { Decimal } from 'decimal.js';
import { formatMoney } from '../../compose/format.js';
import { COLUMNS, sum, type Column, type ColumnFigures, type DerivedFigures, type Figure } from '../../derive/index.js';
import type { ReportInput } from '../../model/schema.js';
import { moneyDiffers, partsText, titleOf, type Part } from '../compare.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'] as const;
const PROJECT_GROUPS = ['business', 'operation', 'citySpecial'] as const;

interface Total {
  figures: ColumnFigures;
  /** JSON path of the total row, without the column. */
  row: string;
  parts: (c: Column) => Part[];
  /**
   * For a total over subtotals: the sum with each subtotal taken from its own parts. A total that matches it is
   * right and the subtotal is the slip, reported on its own; without this the one slip would be reported twice.
   */
  fromLeaves?: (c: Column) => Decimal | undefined;
}

const part = (path: string, value: Decimal | undefined): Part => ({ label: titleOf(path), value });
const leaf = (f: { given?: Decimal; computed?: Decimal }) => f.computed ?? f.given;

/** Each total of the 基础数据表 with the parts it must equal (domain.md §3.2 identities). */
function totals(input: ReportInput, figures: DerivedFigures): Total[] {
  const { publicFunds, threePublic: t, projectExpenditure, personnel } = input.basicData;
  const b = figures.basicData;
  return [
    {
      figures: b.basicExpenditure,
      row: 'basicData.basicExpenditure',
      parts: (c) => [
        // 人员经费 is not itemised on the form; the narrative's figure stands in for the final-accounts column.
        part('basicData.personnel', personnel?.[c] ?? (c === 'actual' ? input.narrative.figures.personnel : undefined)),
        part('basicData.publicFunds.total', b.publicFunds[c].value),
      ],
      fromLeaves: (c) => {
        const staff = personnel?.[c] ?? (c === 'actual' ? input.narrative.figures.personnel : undefined);
        return staff && leaf(b.publicFunds[c])?.plus(staff);
      },
    },
    {
      figures: b.publicFunds,
      row: 'basicData.publicFunds.total',
      parts: (c) => PUBLIC_FUND_ITEMS.map((k) => part(`basicData.publicFunds.${k}`, publicFunds[k][c])),
    },
    {
      figures: b.vehicles,
      row: 'basicData.threePublic.vehicles',
      parts: (c) => [part('basicData.threePublic.vehiclePurchase', t.vehiclePurchase[c]), part('basicData.threePublic.vehicleOperation', t.vehicleOperation[c])],
    },
    {
      figures: b.threePublic,
      row: 'basicData.threePublic.total',
      parts: (c) => [part('basicData.threePublic.vehicles', b.vehicles[c].value), part('basicData.threePublic.abroad', t.abroad[c]), part('basicData.threePublic.reception', t.reception[c])],
      fromLeaves: (c) => sum([leaf(b.vehicles[c]), t.abroad[c], t.reception[c]]),
    },
    ...PROJECT_GROUPS.map(
      (g): Total => ({
        figures: b.projectGroups[g],
        row: `basicData.projectExpenditure.${g}.total`,
        parts: (c) => projectExpenditure[g].projects.map((p) => ({ label: p.name, value: p.amounts[c] })),
      }),
    ),
    {
      figures: b.projectExpenditure,
      row: 'basicData.projectExpenditure.total',
      parts: (c) => PROJECT_GROUPS.map((g) => part(`basicData.projectExpenditure.${g}`, b.projectGroups[g][c].value)),
      fromLeaves: (c) => sum(PROJECT_GROUPS.map((g) => leaf(b.projectGroups[g][c]))),
    },
  ];
}

/**
 * The typed rows a total adds up. Subtotals are left out: a total over a slipped subtotal is judged by the sum of
 * the subtotal's own parts (fromLeaves), and is reported when it is wrong on that count too.
 */
const typedParts = (f: Figure) => f.from.filter((p) => p.from.length === 0).map((p) => p.path);

export const basicDataTotals = defineRule('E_BASIC_DATA_TOTAL', (input, figures, report) => {
  for (const total of totals(input, figures)) {
    for (const c of COLUMNS) {
      const f = total.figures[c];
      if (!moneyDiffers(f.given, f.computed) || f.given!.equals(total.fromLeaves?.(c) ?? f.computed!)) continue;
      const [given, computed] = [formatMoney(f.given), formatMoney(f.computed)];
      report(
        f.path,
        { row: titleOf(total.row), column: LABELS.columns[c](input.year), given, computed, parts: partsText(total.parts(c)) },
        { expected: computed, actual: given, fix: f.computed, rests: typedParts(f), total: true },
      );
    }
  }
});

/** What the form engine works out: the cells as the form prints them, and each relation's outcome for one cell. */
import type { Decimal } from 'decimal.js';
import type { Measure } from '../../model/measure.js';
import type { Value } from '../cells.js';

/** A cell as the form prints it. */
export interface FormCell {
  value?: Value;
  /** Printed instead of the value (0 ÷ 0 as "—" or "0.00%"). */
  display?: string;
  derived: boolean;
}

export interface FormFigures {
  fields: Record<string, FormCell>;
  matrices: Record<string, Record<string, Record<string, FormCell>>>;
  /** The repeatable rows under a matrix row: section → row → items (name and money cells). */
  items: Record<string, Record<string, { name: string; cells: Record<string, FormCell> }[]>>;
  lists: Record<string, Record<string, FormCell>[]>;
  totals: Record<string, Record<string, FormCell>>;
  /** 等级 of the form's total score, when it has one. */
  grade?: string;
}

/** Where a form instance sits: its input path and its name for people. */
export interface FormPlace {
  path: string;
  title: string;
  /** Fills the places of a label ("{{year}}年预算数") as the form prints it. */
  fill?: (text: string) => string;
  /** A fact of another document of the set ("basicData.funds.publicFunds.actual"), for a field that takes it when blank (`fill: same`). */
  fact?: (document: string, ref: string) => Decimal | undefined;
}

/**
 * One relation as the engine worked it out for one cell, whatever the outcome: a profile that keeps its own finding
 * catalog (hunan-2022's `findings`) judges these and words its findings; the engine's own findings come from the same work.
 */
export interface RelationOutcome {
  kind: 'sum' | 'atMost' | 'rate' | 'executionScore' | 'total' | 'makes' | 'cellAtMost' | 'indicatorScore' | 'groupWeight' | 'sameAs';
  /** The matrix, or `fields` for a relation between the form's fields (then `row` is empty). */
  section: string;
  row: string;
  column: string;
  /** The cell as the input gave it (undefined when the engine filled it in). */
  given?: Decimal;
  /**
   * What the relation makes of it: the sum of the parts, the rate, (atMost) the bound, the execution-rate score
   * rounded to its column's decimals, or (makes) the fixed value; a makes' `given` is its parts' sum.
   */
  computed?: Decimal;
  /**
   * sum: the rows (or fields) added, or the items, by index; atMost: the bounding row; rate: the two columns;
   * executionScore: the rate (from the amounts where they give one, else as printed) and the weight; total: the
   * list's rows (by index), each as the row holds it; makes: the column's total, then each other cell by its `ref`;
   * cellAtMost: the column the cell may not exceed; indicatorScore: the weight; groupWeight: the group's rows (by index);
   * sameAs (`given` the field, `computed` the field it should equal): that field, then the field's own `sum` parts.
   */
  parts: { row?: string; item?: number; column?: string; ref?: string; value?: Decimal }[];
  /** sum: the sum with each part that is itself a sum taken from its own parts (a slipped subtotal does not count). */
  fromLeaves?: Decimal;
  /** executionScore: the columns the rate was worked out from, where the amounts gave it (`of`, `over`). */
  rateFrom?: readonly string[];
  /** total: the sum of the rows as they print (each rounded to its column's decimals first). */
  printed?: Decimal;
  /** indicatorScore: the row's indicator as the 定量 rule reads it (`given` the typed score, `computed` the rule's, rounded). */
  indicator?: IndicatorRead;
  /** groupWeight (`given` the group's weight, `computed` its standard): the group and the split it is held to. */
  /** A 一级指标's weight: its name, the standard split it is held to, and the spelling most of its rows use when this name is another one of the same 一级指标 ("产出" beside "产出指标"). */
  group?: { name: string; split: string; usual?: string };
}

/** One indicator row as the score rule read it. */
export interface IndicatorRead {
  target: Measure;
  actual: Measure;
  /** The rule's score before rounding; none where the rule cannot score the row (see `noRule`). */
  rule?: Decimal;
  /** Why no rule scores the row: a 定性 value, units that differ, or an actual that is not one number. */
  noRule?: NoRule;
  /** The declared reason column, and whether the row left it blank. */
  reason?: { column: string; blank: boolean };
  /** The declared share of the 分值 under which a 定性 score needs a reason. */
  qualitativeShare?: Decimal;
}

export type NoRule = 'qualitative' | 'unitsDiffer' | 'actualIsRange';

/** The `section` of an outcome between the form's fields. */
export const FIELDS = 'fields';

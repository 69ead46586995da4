/**
 * "The same fact" as a field declares it (`same`): one fact of another document, or a choice among several made by
 * the form's own figures (the 基础数据表 column the 自评表's 按支出性质分 matches: 本年预算数 when the split adds up
 * to the 资金总额, else 本年决算数).
 */
import type { FieldDef } from './definition.js';
import { mapList } from '../mapList.js';

/** A fact of another document: its document's id and the reference within that document's form. */
export interface FactRef {
  document: string;
  ref: string;
}

/** Each fact a field's `same` may name, with the field whose `sameAs` chooses it (none: the choice when no other holds). */
export function sameChoices(same: NonNullable<FieldDef['same']>): { fact: string; when?: string }[] {
  return mapList(typeof same === 'string' ? [same] : same, (c) => (typeof c === 'string' ? { fact: c } : c));
}

export function factRef(fact: string): FactRef {
  const [document, ...rest] = fact.split('.');
  return { document, ref: rest.join('.') };
}

/**
 * The fact a field is the same as, given which of its form's `sameAs` fields hold: the first choice whose `when`
 * holds, else the first without `when`; none when no choice applies.
 */
export function chosenFact(field: FieldDef, holds: (field: string) => boolean): FactRef | undefined {
  if (!field.same) return undefined;
  const choice = sameChoices(field.same).find((c) => (c.when === undefined ? true : holds(c.when)));
  return choice && factRef(choice.fact);
}

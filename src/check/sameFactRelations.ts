/**
 * A field declared `same` as a fact of another document (the narrative's 日常公用经费 and the 基础数据表's 公用经费
 * 本年决算数), worded as hunan-2022's catalog says it (E_CROSS_*): the other document's fact is the reference, as
 * the place that itemises it. A reference that disagrees with its own parts (or was worked out from one that does)
 * is reported at that input and not measured against; one nobody typed is said with what it was worked out from;
 * one typed may itself be the slip, so the finding may move there (`instead`).
 */
import { formatMoney } from '../compose/format.js';
import { doubtful, restsOn, typedSources, type Figure } from '../derive/figure.js';
import { asDecimal } from '../forms/cells.js';
import type { FormDef } from '../forms/definition.js';
import type { FormEngine } from '../forms/derive.js';
import { inputPathOf } from '../forms/mapInput.js';
import { chosenFact } from '../forms/sameFact.js';
import { splitsAgree } from '../forms/same.js';
import { describePath, splitPath } from '../model/paths.js';
import { moneyDiffers, titleOf } from './compare.js';
import type { FactTrace } from './factTrace.js';
import { LABELS } from './messages.js';
import { nameOf } from './rule.js';
import type { Said } from './relationWording.js';
import { mapList } from '../mapList.js';

/** How a reference nobody typed came about: "（此数未填写，由 基础数据表 › 公用经费 › 本年决算数 69.72 + … 推算）". */
function derivation(reference: Figure): string {
  if (reference.given !== undefined) return '';
  const sources = typedSources(reference).filter((f) => f.value !== undefined);
  return sources.length ? LABELS.derivedFrom(mapList(sources, (f) => `${describePath(splitPath(f.path))} ${formatMoney(f.value)}`).join(LABELS.plus)) : '';
}

/**
 * The field `field` of one copy of `form` (`prefix` its place in the input, `source` what its places are read from)
 * against the fact its `same` chooses; nothing when the two agree, or either is missing, or the reference is doubtful.
 */
export function sameFactSays(form: FormDef, engine: FormEngine, trace: FactTrace, field: string, source: unknown, prefix?: string): Said[] {
  const def = form.fields[field];
  const fact = def && chosenFact(def, (when) => splitsAgree(engine, when));
  const reference = fact && trace.figure(fact.document, fact.ref);
  if (!reference || reference.value === undefined || doubtful(reference)) return [];
  const cell = engine.figures.fields[field];
  const own = cell && !cell.derived ? asDecimal(cell.value) : undefined;
  if (!own || !moneyDiffers(own, reference.value)) return [];
  const typedAt = inputPathOf(form, source, `fields.${field}`) ?? field;
  const path = prefix ? `${prefix}.${typedAt}` : typedAt;
  const words = () => {
    const [value, expected] = [formatMoney(own), formatMoney(reference.value)];
    const args = { fact: titleOf(path), first: nameOf(path), firstValue: value, second: nameOf(reference.path), secondValue: expected, derived: derivation(reference) };
    // A typed reference may be the slip: the check stage moves the finding there when the rest agrees with this place.
    const instead = reference.given !== undefined ? { path: reference.path, value: own, expected: value, actual: expected } : undefined;
    return { args, values: { expected, actual: value, fix: reference.value, instead, rests: restsOn(reference) } };
  };
  return [{ path, words }];
}

/**
 * The facts of a set's documents as the checks weigh a reference: each cell or field of a form worked out on the
 * input, as a Figure (src/derive/figure.ts) — what was typed, what its declared relations make of it, and the facts
 * it was worked out from: a sum's parts (a row's items, the rows or fields it adds), or for a field that takes
 * another document's fact when blank (`fill: same`), that fact. So the checks can say of a reference whether it was
 * typed, whether it disagrees with its own parts, and which typed cells it rests on.
 */
import type { Decimal } from 'decimal.js';
import { figure, typed, type Figure } from '../derive/figure.js';
import { asDecimal } from '../forms/cells.js';
import { factDocument, type FormDef, type Profile } from '../forms/definition.js';
import type { FormCell, FormEngine, RelationOutcome } from '../forms/derive.js';
import { runOnInput } from '../forms/inputRun.js';
import { inputPathOf } from '../forms/mapInput.js';
import { factRef } from '../forms/sameFact.js';
import type { ReportInput } from '../model/schema.js';
import { mapList } from '../mapList.js';

/**
 * An engine's sums by place, the first of each as a search of its outcomes finds it: by section, row and column, and
 * (for a field) by section and column. Made once per engine: the checks trace hundreds of cells, and a search of the
 * outcomes for each was hot enough that V8 optimised it in the background in every check.
 */
const sumIndexes = new WeakMap<FormEngine, Map<string, RelationOutcome>>();
function sumAt(engine: FormEngine, section: string, column: string, row?: string): RelationOutcome | undefined {
  let sums = sumIndexes.get(engine);
  if (!sums) {
    sums = new Map();
    for (const o of engine.outcomes) {
      if (o.kind !== 'sum') continue;
      for (const key of [placeKey(o.section, o.column, o.row), placeKey(o.section, o.column)]) if (!sums.has(key)) sums.set(key, o);
    }
    sumIndexes.set(engine, sums);
  }
  return sums.get(placeKey(section, column, row));
}
const placeKey = (section: string, column: string, row?: string) => (row === undefined ? `${section}\n${column}` : `${section}\n${column}\n${row}`);

/** A cell as the input gave it: none where the engine filled it in. */
const typedValue = (cell: FormCell | undefined): Decimal | undefined => (cell && !cell.derived ? asDecimal(cell.value) : undefined);

export class FactTrace {
  private readonly known = new Map<string, Figure | undefined>();

  constructor(
    private readonly profile: Profile,
    private readonly input: ReportInput,
  ) {}

  /** A fact of a document printed once ("basicData", "funds.publicFunds.actual"); none for an unknown one. */
  figure(document: string, ref: string): Figure | undefined {
    const key = `${document}.${ref}`;
    if (!this.known.has(key)) this.known.set(key, this.work(document, ref));
    return this.known.get(key);
  }

  private work(document: string, ref: string): Figure | undefined {
    const doc = factDocument(this.profile.set, document);
    const form = doc && this.profile.forms[doc.form];
    if (!form) return undefined;
    const engine = runOnInput(this.profile, form, this.input);
    const [a, b, c] = ref.split('.');
    return c === undefined ? this.field(document, form, engine, a) : this.cell(document, form, engine, a, b, c);
  }

  private field(document: string, form: FormDef, engine: FormEngine, id: string): Figure | undefined {
    const def = form.fields[id];
    if (!def) return undefined;
    const path = inputPathOf(form, this.input, `fields.${id}`) ?? `${document}.${id}`;
    const given = typedValue(engine.figures.fields[id]);
    if (def.fill === 'same' && typeof def.same === 'string') {
      const other = factRef(def.same);
      const source = this.figure(other.document, other.ref);
      return figure(path, given, source?.value, source ? [source] : []);
    }
    if (!def.sum) return typed(path, given);
    const sum = sumAt(engine, 'fields', id);
    return figure(path, given, sum?.computed, mapList(def.sum, (x) => this.figure(document, x)).filter((f): f is Figure => f !== undefined));
  }

  private cell(document: string, form: FormDef, engine: FormEngine, section: string, row: string, column: string): Figure | undefined {
    const s = form.sections.find((x) => x.id === section);
    const r = s?.kind === 'matrix' ? s.rows.find((x) => x.id === row) : undefined;
    if (!r) return undefined;
    const place = `${section}.${row}.${column}`;
    const path = inputPathOf(form, this.input, place) ?? `${document}.${place}`;
    const given = typedValue(engine.figures.matrices[section]?.[row]?.[column]);
    const sum = sumAt(engine, section, column, row);
    const from = r.items
      ? mapList(engine.figures.items[section]?.[row] ?? [], (it, i) => typed(inputPathOf(form, this.input, place, i) ?? `${path}.${i}`, asDecimal(it.cells[column]?.value)))
      : mapList(r.sum ?? [], (x) => this.figure(document, `${section}.${x}.${column}`)).filter((f): f is Figure => f !== undefined);
    return figure(path, given, sum?.computed, from);
  }
}

import { ReportInputSchema } from '../model/schema.js';
import { mapList } from '../mapList.js';

type Def = { type: string; [key: string]: any };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The basic types a schema accepts, through wrappers, pipes and unions ("number", "string", "null", "object", …). */
function accepts(schema: unknown, seen = new Set<string>()): Set<string> {
  const def = defOf(schema);
  if (def.innerType) return accepts(def.innerType, seen);
  if (def.type === 'pipe') return accepts(def.in, seen);
  if (def.type === 'union') def.options.forEach((o: unknown) => accepts(o, seen));
  else seen.add(def.type === 'literal' ? typeof def.values[0] : def.type);
  return seen;
}

/**
 * A structurally complete input with every value blank: objects with all their fields, lists with one blank item,
 * numbers null, texts "" — and defaults where the model has a plain one (得分小数位数 0, 自称 我单位).
 */
function blankOf(schema: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(mapList(Object.entries(def.shape as Record<string, unknown>).filter(([k]) => k !== '$schema'), ([k, s]) => [k, blankOf(s)]));
    case 'array':
      return [blankOf(def.element)];
    case 'default':
      return def.defaultValue !== null && typeof def.defaultValue === 'object' ? blankOf(def.innerType) : def.defaultValue;
    case 'optional':
    case 'nullable':
    case 'prefault':
      return blankOf(def.innerType);
    case 'pipe':
      return blankOf(def.in);
    case 'union': {
      const types = accepts(schema);
      // Numbers blank as null; texts (which also take null as blank) as "".
      if (types.has('number')) return null;
      if (types.has('string')) return '';
      return types.has('null') ? null : blankOf(def.options[0]);
    }
    case 'number':
    case 'int':
      return null;
    default:
      return '';
  }
}

export function blankInput(): Record<string, unknown> {
  return blankOf(ReportInputSchema) as Record<string, unknown>;
}

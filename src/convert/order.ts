import type { z } from 'zod';
import { ReportInputSchema } from '../model/schema.js';
import { mapList } from '../mapList.js';

/** The object schema inside wrappers (optional, default, pipe, union with a blank), or undefined. */
function objectShape(schema: unknown): Record<string, z.ZodType> | undefined {
  let s = schema as { _zod?: { def: any } } | undefined;
  for (let i = 0; i < 10 && s?._zod; i++) {
    const def = s._zod.def;
    if (def.type === 'object') return def.shape;
    if (def.type === 'array') return undefined;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (def.type === 'union') s = def.options.find((o: any) => objectShape(o) || elementOf(o));
    else return undefined;
  }
  return undefined;
}

function elementOf(schema: unknown): z.ZodType | undefined {
  let s = schema as { _zod?: { def: any } } | undefined;
  for (let i = 0; i < 10 && s?._zod; i++) {
    const def = s._zod.def;
    if (def.type === 'array') return def.element;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else return undefined;
  }
  return undefined;
}

/**
 * The data with object keys in the schema's order (known keys first, others after, as they were): a JSON or YAML
 * file made from a workbook reads in the order of the forms. Values are not touched.
 */
export function orderBySchema(data: unknown, schema: unknown = ReportInputSchema): unknown {
  if (Array.isArray(data)) {
    const element = elementOf(schema);
    return mapList(data, (item) => orderBySchema(item, element));
  }
  if (data === null || typeof data !== 'object') return data;
  const shape = objectShape(schema) ?? {};
  const record = data as Record<string, unknown>;
  const keys = [...Object.keys(shape).filter((k) => k in record), ...Object.keys(record).filter((k) => !(k in shape))];
  return Object.fromEntries(mapList(keys, (k) => [k, orderBySchema(record[k], shape[k])]));
}

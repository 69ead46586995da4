import * as z from 'zod';
import { ReportInputSchema } from './schema.js';
import { PARSE_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

type Segment = string | number;

function titleOf(schema: z.ZodType): string | undefined {
  return (schema.meta() as { title?: string } | undefined)?.title;
}

/** Peels wrappers (optional, default, pipe, transform) to reach the schema that has the fields. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: any = schema;
  for (let i = 0; i < 10; i++) {
    const def = s?._zod?.def;
    if (!def) return s;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (def.type === 'union') {
      const obj = def.options.find((o: any) => ['object', 'array'].includes(unwrap(o)?._zod?.def?.type));
      if (!obj) return s;
      s = obj;
    } else return s;
  }
  return s;
}

function child(schema: z.ZodType, seg: Segment): z.ZodType | undefined {
  const s: any = unwrap(schema);
  const def = s?._zod?.def;
  if (def?.type === 'object' && typeof seg === 'string') return def.shape[seg];
  if (def?.type === 'array' && typeof seg === 'number') return def.element;
  return undefined;
}

/** The schemas along a path, from the first segment's to the field's (undefined where the path leaves the model). */
export function schemasAlong(path: readonly Segment[], schema: z.ZodType = ReportInputSchema): (z.ZodType | undefined)[] {
  const out: (z.ZodType | undefined)[] = [];
  let at: z.ZodType | undefined = schema;
  for (const seg of path) out.push((at = at && child(at, seg)));
  return out;
}

/** Every field of the model as a path pattern ("a.b[].c"), with its schema; union branches count as their field. */
export function schemaFields(schema: z.ZodType = ReportInputSchema, at: Segment[] = []): { path: Segment[]; schema: z.ZodType }[] {
  const out = [{ path: at, schema }];
  const def: any = (unwrap(schema) as any)?._zod?.def;
  if (def?.type === 'object') for (const [k, v] of Object.entries(def.shape)) out.push(...schemaFields(v as z.ZodType, [...at, k]));
  if (def?.type === 'array') out.push(...schemaFields(def.element, [...at, 0]));
  return out;
}

/**
 * A field path in the user's terms, from the schema's Chinese titles:
 * ["projectEvaluations", 1, "indicators", 4, "weight"] → "项目支出绩效自评表[2] › 绩效指标[5] › 分值".
 */
export function describePath(path: readonly Segment[]): string {
  const parts: string[] = [];
  let schema: z.ZodType | undefined = ReportInputSchema;
  for (const seg of path) {
    const next: z.ZodType | undefined = schema && child(schema, seg);
    if (typeof seg === 'number') {
      if (parts.length) parts[parts.length - 1] += `[${seg + 1}]`;
      else parts.push(`[${seg + 1}]`);
    } else {
      parts.push((next && (titleOf(next) ?? titleOf(unwrap(next)))) ?? seg);
    }
    schema = next;
  }
  return parts.join(' › ') || PARSE_MESSAGES.wholeFile;
}

/** "a.b.0.c" ↔ ["a","b",0,"c"] */
export function splitPath(path: string): Segment[] {
  return path === '' ? [] : mapList(path.split('.'), (s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function joinPath(path: readonly PropertyKey[]): string {
  return mapList(path, String).join('.');
}

/** Field names the schema knows at a path, for "did you mean" suggestions. */
export function knownKeys(path: readonly Segment[]): string[] {
  let schema: z.ZodType | undefined = ReportInputSchema;
  for (const seg of path) schema = schema && child(schema, seg);
  const def: any = schema && (unwrap(schema) as any)._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

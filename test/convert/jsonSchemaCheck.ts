/**
 * A small JSON Schema (2020-12) checker for the keywords zod emits, so tests can see that the schema editors get
 * accepts good input and rejects bad input. A keyword it does not know fails the test rather than being ignored.
 */
type Schema = Record<string, any>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default']);
const ASSERTIONS = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'anyOf', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum']);

/** Keywords anywhere in the schema that this checker does not handle. */
export function unknownKeywords(schema: Schema): string[] {
  const unknown = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !ASSERTIONS.has(k));
  const children = [...Object.values(schema.properties ?? {}), ...(schema.anyOf ?? []), ...(typeof schema.items === 'object' ? [schema.items] : [])];
  return [...unknown, ...children.flatMap((c) => unknownKeywords(c as Schema))];
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const typeMatches = (want: string, got: string) => want === got || (want === 'number' && got === 'integer');

/** Error messages ("path: why") for `value` against `schema`; empty when it is valid. */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const got = typeOf(value);
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, got))) return [`${path}: expected ${types.join('|')}, got ${got}`];
  }
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => validate(s, value, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, `${path}[${i}]`)));
  }
  if (got === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (sub) errors.push(...validate(sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unknown key ${key}`);
    }
  }
  return errors;
}

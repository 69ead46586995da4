import { join } from 'node:path';
import * as z from 'zod';
import { packageRoot } from '../packageRoot.js';
import { ReportInputSchema } from '../model/schema.js';
import type { Profile } from '../forms/definition.js';
import { fillYear } from '../forms/yearPlaces.js';
import { schemaFromProfile } from '../forms/schema.js';

/** Where the JSON Schema of the input is kept, committed and shipped with the package. */
export function schemaFile(): string {
  return join(packageRoot(), 'schema', 'jixiao-input.schema.json');
}

/** The JSON Schema of the input as written by hand (io: 'input'), made from the zod model; titles come from `.meta`. */
export function inputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportInputSchema, { io: 'input' }) as Record<string, unknown>;
}

/** The schema file's exact text: two-space JSON and a final newline. */
export function inputJsonSchemaText(): string {
  return `${JSON.stringify(inputJsonSchema(), null, 2)}\n`;
}

/**
 * The JSON Schema of a profile's input, for editors: a title with {{year}} says 上年/本年 as a blank file does (the
 * schema serves every year).
 */
export function profileJsonSchemaText(profile: Profile): string {
  return `${fillYear(JSON.stringify(z.toJSONSchema(schemaFromProfile(profile), { io: 'input' }), null, 2), undefined)}\n`;
}

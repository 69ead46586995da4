import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { schemaFile } from './jsonSchema.js';

/**
 * How a file written at `outFile` refers to the input's JSON Schema: the relative path from its folder to the schema
 * shipped with jixiao ("../schema/jixiao-input.schema.json" for the bundled example), so that editors find it and the
 * reference survives moving the project folder. Only where no relative path exists (another drive) it is a file URL.
 */
export function schemaRefFor(outFile: string): string {
  const target = schemaFile();
  const rel = relative(dirname(resolve(outFile)), target);
  if (isAbsolute(rel)) return pathToFileURL(target).href;
  return rel.split(sep).join('/');
}

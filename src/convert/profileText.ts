/** A profile's input as a file: YAML or JSON in the profile's field order with Chinese titles, or its workbook. */
import type { Profile } from '../forms/definition.js';
import { describeProfilePath, schemaFromProfile } from '../forms/schema.js';
import type { InputFormat } from '../load/index.js';
import { writeProfileWorkbook } from '../workbook/profile/write.js';
import { toJsonText, toYamlText, type TextModel } from './text.js';

export async function encodeProfileInput(profile: Profile, data: unknown, format: InputFormat, outFile: string): Promise<Buffer> {
  if (format === 'xlsx') return writeProfileWorkbook(profile, data);
  const model: TextModel = { schema: schemaFromProfile(profile), describe: (path) => describeProfilePath(profile, path, (data as { year?: unknown } | null)?.year), schemaRef: false };
  return Buffer.from(format === 'yaml' ? toYamlText(data, outFile, model) : toJsonText(data, outFile, model), 'utf8');
}

import { fieldsFile, type FieldsFile } from './fieldsFile.js';

// The schema is built once, when first imported, so it reads fields.yaml then: a title missing there is a defect of
// the templates folder, reported by name rather than shown as "undefined" in every message.
function entry(section: 'titles' | 'descriptions' | 'defaults', key: string): string {
  const value = fieldsFile()[section]?.[key];
  if (typeof value !== 'string') throw new Error(`templates/fields.yaml: ${section}.${key} is missing`);
  return value;
}

/** A field's Chinese title (templates/fields.yaml, titles). */
export const title = (key: string): string => entry('titles', key);
export const description = (key: string): string => entry('descriptions', key);
export const schemaDefault = (key: string): string => entry('defaults', key);
export const signatureWords = (): FieldsFile['signatureWords'] => fieldsFile().signatureWords;
export const proseMoneyWords = (): FieldsFile['proseMoneyWords'] => fieldsFile().proseMoneyWords;

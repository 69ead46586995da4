import { parseTemplateYaml } from '../compose/yamlCache.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { fromTemplate } from '../resources.js';

/** templates/fields.yaml: what each field is called and what belongs in it (hunan-2022's input). */
export interface FieldsFile {
  /** What to type, by field path pattern ("projectEvaluations[].name"). */
  paths: Record<string, string>;
  /** What to type, by the path's last key, where no path entry says. */
  byKey: Record<string, string>;
  /** The schema's Chinese titles, by the name the schema gives them. */
  titles: Record<string, string>;
  /** Extra lines for the exported JSON Schema. */
  descriptions: Record<string, string>;
  /** Values taken where the input leaves a field out. */
  defaults: Record<string, string>;
  /** The words a clerk types for what a signature line prints. */
  signatureWords: Record<string, 'name' | 'blank' | 'image'>;
  /** The words a clerk types for how money is written in running text. */
  proseMoneyWords: Record<string, 'twoDecimals' | 'short'>;
}

export function fieldsFile(): FieldsFile {
  return fromTemplate('fields.yaml', () => parseTemplateYaml(readTemplateFile('fields.yaml').source) as FieldsFile);
}

import { fieldsFile as fields } from './fieldsFile.js';
import { describePath } from './paths.js';
import { mapList } from '../mapList.js';

type Segment = string | number;

/** "projectEvaluations.0.indicators.3.actual" → "projectEvaluations[].indicators[].actual", the key in fields.yaml. */
export function fieldPattern(path: readonly Segment[]): string {
  return mapList(path, (s) => (typeof s === 'number' ? '[]' : `.${s}`)).join('').replace(/^\./, '');
}

export interface FieldHelp {
  /** The field's Chinese title (the schema's), e.g. 本年决算数. */
  title: string;
  /** One line on what belongs there (templates/fields.yaml). */
  description?: string;
}

/** What the clerk is told about a field: its title, and what to type there. */
export function fieldHelp(path: readonly Segment[]): FieldHelp {
  const parts = describePath(path).split(' › ');
  const title = parts[parts.length - 1].replace(/\[\d+\]$/, '');
  const { paths, byKey } = fields();
  const last = [...path].reverse().find((s): s is string => typeof s === 'string');
  return { title, description: paths[fieldPattern(path)] ?? (last === undefined ? undefined : byKey[last]) };
}

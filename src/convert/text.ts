/** Input data → JSON or YAML text that points editors at the JSON Schema. */
import { Document, isCollection, isPair, isScalar, isSeq, visit, type Pair } from 'yaml';
import { describePath } from '../model/paths.js';
import { orderBySchema } from './order.js';
import { schemaRefFor } from './schemaRef.js';

function withoutSchemaKey(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const { $schema: _ignored, ...rest } = data as Record<string, unknown>;
  return rest;
}

/**
 * Which model the text follows: today's input (the default) or a profile's (its schema, its Chinese path names,
 * and no schema file to point at).
 */
export interface TextModel {
  schema?: unknown;
  describe?: (path: readonly (string | number)[]) => string;
  schemaRef?: boolean;
}

/** JSON with "$schema" first, two-space indent, final newline. */
export function toJsonText(data: unknown, outFile: string, model: TextModel = {}): string {
  const body = orderBySchema(withoutSchemaKey(data), model.schema) as Record<string, unknown>;
  return `${JSON.stringify(model.schemaRef === false ? body : { $schema: schemaRefFor(outFile), ...body }, null, 2)}\n`;
}

/** The Chinese title of the field at a path: the last part of its description ("… › 分值" → "分值"). */
function titleAt(path: (string | number)[], describe = describePath): string | undefined {
  const last = describe(path).split(' › ').pop();
  return last && last !== path[path.length - 1] ? last.replace(/\[\d+\]$/, '') : undefined;
}

/**
 * YAML with the schema modeline first (the YAML language server reads it) and each field's Chinese title as a
 * comment beside it, so the file explains itself. Long texts stay on one line; texts with line breaks become blocks.
 */
export function toYamlText(data: unknown, outFile: string, model: TextModel = {}): string {
  const doc = new Document(orderBySchema(withoutSchemaKey(data), model.schema));
  visit(doc, {
    Pair(_key, pair: Pair, ancestry) {
      const path = pathOf(ancestry, pair);
      if (!isScalar(pair.key)) return;
      const title = titleAt([...path, String(pair.key.value)], model.describe);
      if (!title) return;
      if (isCollection(pair.value)) pair.key.comment = ` ${title}`;
      else if (isScalar(pair.value)) pair.value.comment = ` ${title}`;
    },
  });
  const modeline = model.schemaRef === false ? '' : `# yaml-language-server: $schema=${schemaRefFor(outFile)}\n`;
  return `${modeline}${doc.toString({ lineWidth: 0 })}`;
}

/** The data path of a pair's parent: the keys of the pairs above it and the indexes of the list items. */
function pathOf(ancestry: readonly unknown[], pair: Pair): (string | number)[] {
  const chain = [...ancestry, pair];
  return chain.slice(0, -1).flatMap((node, i): (string | number)[] => {
    if (isPair(node) && isScalar(node.key)) return [String(node.key.value)];
    if (isSeq(node)) return [node.items.indexOf(chain[i + 1] as never)];
    return [];
  });
}

import { parse } from 'yaml';
import { resources } from '../resources.js';

/** `parse(text)` of the yaml package, or the value the resources already hold for that text (Node: the bundle's cache). */
export function parseTemplateYaml(text: string): unknown {
  const hit = resources().parsedYaml?.(text);
  return hit === undefined ? parse(text) : hit;
}

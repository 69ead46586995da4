import { mapList } from '../mapList.js';
/**
 * pdfmake's style lookups without their per-call garbage. pdfmake resolves each style property of each node and
 * inline through StyleContextStack: `getStyleProperty` wraps every lookup in a fresh closure (`auto`), and
 * `getProperty` builds a fresh recursive closure per call. A report asks tens of thousands of these per build, and
 * the closures were a good part of its garbage. The versions here walk the same stack in the same order and give
 * the same answers (pdfmake 0.3.11's StyleContextStack.js, read line by line); they only allocate nothing.
 */

interface StyleEntry {
  extends?: string | string[];
  [property: string]: unknown;
}

/** pdfmake's StyleContextStack, the parts read and replaced here. */
export interface StyleStackLike {
  styleDictionary: Record<string, StyleEntry | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
  autopush(item: unknown): number;
  pop(howMany?: number): void;
  getProperty(property: string): unknown;
}

interface StyleStackClass {
  prototype: StyleStackLike;
  getStyleProperty(item: Record<string, unknown>, stack: StyleStackLike | undefined, property: string, fallback: unknown): unknown;
}

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string | String => typeof v === 'string' || v instanceof String;

/** A named style's value for `property`, following `extends` (last parent first), each name visited once. */
function fromNamedStyle(dictionary: StyleStackLike['styleDictionary'], name: string, property: string, visited: Set<string>): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (style.extends) {
    const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(dictionary, parents[i], property, visited);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

function getProperty(this: StyleStackLike, property: string): unknown {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i];
      if (isString(item)) {
        // pdfmake starts each named style's walk with a set of its own.
        const value = fromNamedStyle(this.styleDictionary, item as string, property, new Set());
        if (isValue(value)) return value;
      } else if (isValue((item as Record<string, unknown>)[property])) {
        return (item as Record<string, unknown>)[property];
      }
    }
  }
  return this.defaultStyle && this.defaultStyle[property];
}

/**
 * getProperty for several properties at once, each answer the same as getProperty's: the stack is walked once from
 * the top, each level asked only for the properties no level above it had. `out[k]` gets properties[k]'s value
 * (undefined when nothing on the stack or in the default style has one).
 */
export function getProperties(stack: StyleStackLike, properties: readonly string[], out: unknown[]): void {
  let missing = properties.length;
  for (let k = 0; k < properties.length; k++) out[k] = undefined;
  const overrides = stack.styleOverrides;
  const index = indexOf(properties);
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0 && missing > 0; i--) {
      const item = overrides[i];
      if (index && isPlainObject(item)) {
        missing -= fromOwnKeys(item, index, out);
        continue;
      }
      const named = isString(item);
      for (let k = 0; k < properties.length; k++) {
        if (out[k] !== undefined) continue;
        const value = named ? fromNamedStyle(stack.styleDictionary, item as string, properties[k], new Set()) : (item as Record<string, unknown>)[properties[k]];
        if (isValue(value)) {
          out[k] = value;
          missing--;
        }
      }
    }
  }
  if (missing === 0) return;
  for (let k = 0; k < properties.length; k++) if (out[k] === undefined) out[k] = stack.defaultStyle && stack.defaultStyle[properties[k]];
}

/**
 * The properties' positions, once per list: undefined for a list naming a property twice (each place then gets the
 * value, which the loop by property gives).
 */
const indexes = new WeakMap<readonly string[], Map<string, number> | undefined>();

function indexOf(properties: readonly string[]): Map<string, number> | undefined {
  if (indexes.has(properties)) return indexes.get(properties);
  const index = new Map(mapList(properties, (p, k) => [p, k]));
  const unique = index.size === properties.length ? index : undefined;
  indexes.set(properties, unique);
  return unique;
}

/** An object literal's kind: its own enumerable keys are all its properties (no prototype to inherit one from). */
function isPlainObject(item: unknown): item is Record<string, unknown> {
  if (typeof item !== 'object' || item === null) return false;
  const proto = Object.getPrototypeOf(item) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A stack level's values for the properties not yet found, read from the keys the level has: a node or an inline
 * has a few of the two dozen properties asked for, and asking each of it by name was most of a line's measuring.
 * Returns how many were found.
 */
function fromOwnKeys(item: Record<string, unknown>, index: Map<string, number>, out: unknown[]): number {
  let found = 0;
  for (const key in item) {
    const k = index.get(key);
    if (k === undefined || out[k] !== undefined) continue;
    const value = item[key];
    if (isValue(value)) {
      out[k] = value;
      found++;
    }
  }
  return found;
}

function getStyleProperty(item: Record<string, unknown>, stack: StyleStackLike | undefined, property: string, fallback: unknown): unknown {
  if (isValue(item[property])) return item[property];
  if (!stack) return fallback;
  // pdfmake's auto(): the item's styles and the item itself pushed for the lookup, then popped.
  const pushed = stack.autopush(item);
  const value = stack.getProperty(property);
  if (pushed > 0) stack.pop(pushed);
  return isValue(value) ? value : fallback;
}

const PATCHED = Symbol('jixiao.styleStack');

export function installStyleStack(Styles: StyleStackClass): void {
  const cls = Styles as StyleStackClass & { [PATCHED]?: true };
  if (cls[PATCHED]) return;
  cls.prototype.getProperty = getProperty;
  cls.getStyleProperty = getStyleProperty;
  cls[PATCHED] = true;
}

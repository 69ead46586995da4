/**
 * A faster TextInlines.measure for pdfmake. pdfmake breaks Chinese text into one inline per character and resolves
 * 22 style properties for each through its style stack (push, walk, pop per property): the largest single cost of
 * laying out a report. The inlines of one text share their style, so here the properties are resolved once per
 * distinct set of inline-level style settings within a call and copied to the others. Widths and heights are still
 * measured per inline, exactly as pdfmake does.
 */

import { getProperties, type StyleStackLike } from './styleStack.js';
import { mapList } from '../mapList.js';

interface Item {
  text: string;
  lineEnd?: boolean;
  leadingCut?: number;
  trailingCut?: number;
  leadingIndent?: number;
  [key: string]: unknown;
}

type StyleStack = object;

/** pdfmake's StyleContextStack class: one style property of an item in a stack. */
interface StyleContextStack {
  getStyleProperty(item: object, stack: StyleStack | undefined, property: string, fallback: unknown): unknown;
}

interface Font {
  lineHeight(size: number): number;
}

interface TextInlinesLike {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, item: object): number;
  measure(array: Item[], stack: StyleStack): Item[];
}

/** The properties pdfmake's measure sets on each inline, with their defaults, in its order. */
const COPIED: [string, unknown][] = [
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
];

/** Resolved before COPIED: the font's family and weight. */
const RESOLVED_FIRST: [string, unknown][] = [
  ['font', 'Roboto'],
  ['bold', false],
  ['italics', false],
];
/** Resolved after COPIED. */
const RESOLVED_LAST: [string, unknown][] = [
  ['lineHeight', 1],
  ['preserveLeadingSpaces', false],
  ['preserveTrailingSpaces', false],
];
const RESOLVED = [...RESOLVED_FIRST, ...COPIED, ...RESOLVED_LAST];

const RESOLVED_NAMES = mapList(RESOLVED, ([p]) => p);

/**
 * Every property of RESOLVED for one item, as getStyleProperty gives each: the item's own value, else the stack's
 * with the item pushed on it, else the default. The item is pushed once for all of them instead of once for each
 * (a lookup does not change the stack), and the stack is walked once for all of them (getProperties).
 */
function resolve(item: Item, stack: StyleStackLike | undefined): unknown[] {
  if (!stack) return mapList(RESOLVED, ([p, d]) => (hasValue(item, p) ? item[p] : d));
  const pushed = stack.autopush(item);
  const out: unknown[] = new Array(RESOLVED.length);
  getProperties(stack, RESOLVED_NAMES, out);
  if (pushed > 0) stack.pop(pushed);
  for (let k = 0; k < RESOLVED.length; k++) {
    const p = RESOLVED_NAMES[k];
    const v = hasValue(item, p) ? item[p] : out[k];
    out[k] = v !== undefined && v !== null ? v : RESOLVED[k][1];
  }
  return out;
}

function hasValue(item: Item, p: string): boolean {
  return item[p] !== undefined && item[p] !== null;
}

interface Resolved {
  font: Font;
  values: unknown[];
  lineHeight: number;
  preserveLeading: boolean;
  preserveTrailing: boolean;
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;
const PATCHED = Symbol('jixiao.fastMeasure');
/** Item fields that are not style settings: the text itself and what breaking and measuring add. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'leadingCut', 'trailingCut', 'leadingIndent']);

/** What decides an item's style besides the stack: its own settings (getStyleProperty looks there first). */
function styleKey(item: Item): string | undefined {
  const own: Record<string, unknown> = {};
  for (const k of Object.keys(item)) if (!NOT_STYLE.has(k)) own[k] = item[k];
  try {
    return JSON.stringify(own);
  } catch {
    return undefined; // not plain data: resolve this item on its own
  }
}

/** The resolved properties onto the item, as named stores (one shape change sequence for all items). */
function assign(item: Item, r: Resolved): void {
  const v = r.values;
  item.font = r.font;
  item.alignment = v[0];
  item.fontSize = v[1];
  item.fontFeatures = v[2];
  item.characterSpacing = v[3];
  item.color = v[4];
  item.decoration = v[5];
  item.decorationColor = v[6];
  item.decorationStyle = v[7];
  item.decorationThickness = v[8];
  item.background = v[9];
  item.link = v[10];
  item.linkToPage = v[11];
  item.linkToDestination = v[12];
  item.noWrap = v[13];
  item.opacity = v[14];
  item.sup = v[15];
  item.sub = v[16];
}

export function installFastMeasure(TextInlines: { prototype: TextInlinesLike }, Styles: StyleContextStack): void {
  const proto = TextInlines.prototype as TextInlinesLike & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto.measure = function measure(this: TextInlinesLike, array: Item[], stack: StyleStack): Item[] {
    if (array.length) {
      const leadingIndent = Styles.getStyleProperty(array[0], stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0].leadingCut = -leadingIndent;
        array[0].leadingIndent = leadingIndent;
      }
    }
    // One inline (a line the layout broke, handed over whole) has nothing to share its style with: no key, no memo.
    const shared = array.length > 1;
    const memo = shared ? new Map<string, Resolved>() : undefined;
    for (const item of array) {
      const key = shared ? styleKey(item) : undefined;
      let r = key === undefined ? undefined : memo!.get(key);
      if (!r) {
        const all = resolve(item, stack as StyleStackLike | undefined);
        const font = this.pdfDocument.provideFont(all[0], all[1], all[2]);
        const values = all.slice(RESOLVED_FIRST.length, RESOLVED_FIRST.length + COPIED.length);
        const sup = values[15];
        const sub = values[16];
        if (sup || sub) values[1] = (values[1] as number) * 0.58;
        const last = RESOLVED_FIRST.length + COPIED.length; // where RESOLVED_LAST's three start
        r = {
          font,
          values,
          lineHeight: all[last] as number,
          preserveLeading: Boolean(all[last + 1]),
          preserveTrailing: Boolean(all[last + 2]),
        };
        if (key !== undefined) memo!.set(key, r);
      }
      assign(item, r);
      item.width = this.widthOfText(item.text, item);
      item.height = r.font.lineHeight(item.fontSize as number) * r.lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!r.preserveLeading) {
        const leading = item.text.match(LEADING);
        if (leading) item.leadingCut += this.widthOfText(leading[0], item);
      }
      item.trailingCut = 0;
      if (!r.preserveTrailing) {
        const trailing = item.text.match(TRAILING);
        if (trailing) item.trailingCut = this.widthOfText(trailing[0], item);
      }
    }
    return array;
  };
  proto[PATCHED] = true;
}

/** A text node as pdfmake's DocMeasure measures it: the fields read here and the ones it sets. */
export interface Leaf {
  text?: unknown;
  noWrap?: unknown;
  _textRef?: unknown;
  _inlines?: Item[];
  _minWidth?: number;
  _maxWidth?: number;
  /** A justified line's words (src/layout/measure/text.ts linesNode), for the renderer to spread it by. */
  justifiedWords?: number[];
}

/** pdfmake's DocMeasure, the parts a leaf's measuring uses. */
export interface DocMeasureLike {
  styleStack: StyleStackLike & { push(item: unknown): void };
  textInlines: TextInlinesLike;
  measureLeaf(node: Leaf): Leaf;
}

/**
 * Whether measureLineLeaf gives pdfmake's own answer for `node`: a line the layout broke, one string that pdfmake
 * keeps whole (noWrap), without a reference to another node's text.
 */
export function isLineLeaf(node: Leaf): boolean {
  return typeof node.text === 'string' && node.noWrap === true && !node._textRef;
}

/**
 * pdfmake's measureLeaf for a line leaf (isLineLeaf). pdfmake copies the style stack, pushes the node, flattens the
 * text into an array, runs its word breaker (which keeps a noWrap text as one word) and asks the stack twice more
 * whether the text wraps; for a noWrap string all that gives one inline of the whole text, and its width is both the
 * least and the most the node needs. Here the node is pushed on the stack itself and popped after, and that inline
 * is measured directly.
 */
export function measureLineLeaf(measure: DocMeasureLike, node: Leaf & { text: string }): Leaf {
  const stack = measure.styleStack;
  stack.push(node);
  let inline: Item;
  try {
    [inline] = measure.textInlines.measure([{ text: node.text }], stack);
  } finally {
    stack.pop(1);
  }
  const trimmed = Math.max(0, (inline.width as number) - (inline.leadingCut as number) - (inline.trailingCut as number));
  if (node.justifiedWords) inline.justifiedWords = node.justifiedWords;
  node._inlines = [inline];
  node._minWidth = trimmed;
  node._maxWidth = trimmed;
  return node;
}

const LEAVES_PATCHED = Symbol('jixiao.lineLeaves');

/** Replaces DocMeasure.prototype.measureLeaf (once per process): line leaves here, any other text by pdfmake. */
export function installLineLeaves(DocMeasure: { prototype: DocMeasureLike }): void {
  const proto = DocMeasure.prototype as DocMeasureLike & { [LEAVES_PATCHED]?: (node: Leaf) => Leaf };
  if (proto[LEAVES_PATCHED]) return;
  const original = proto.measureLeaf;
  proto.measureLeaf = function measureLeaf(this: DocMeasureLike, node: Leaf): Leaf {
    return isLineLeaf(node) ? measureLineLeaf(this, node as Leaf & { text: string }) : original.call(this, node);
  };
  proto[LEAVES_PATCHED] = original;
}

/** pdfmake's own measureLeaf, for a test that compares it with measureLineLeaf. */
export function pdfmakeMeasureLeaf(DocMeasure: { prototype: object }): ((this: DocMeasureLike, node: Leaf) => Leaf) | undefined {
  return (DocMeasure.prototype as { [LEAVES_PATCHED]?: (node: Leaf) => Leaf })[LEAVES_PATCHED];
}

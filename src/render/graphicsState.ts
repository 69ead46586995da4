import { mapList } from '../mapList.js';
/**
 * Graphics state written when it changes, not before every mark. pdfmake draws each table border as a line of its
 * own and sets line width, dash, join, cap, colour space, colour and opacity (an ExtGState) before each one, and
 * colour and opacity before each text run: on a form page, most of the content stream set the state to what it
 * already was (pdfmake's Renderer.renderVector says so in a TODO). Here pdfkit's state-setting methods leave an
 * operator out when the page's graphics state is known to hold that value already.
 *
 * The state is followed per page, through q and Q. Operators written by any other code are read as they go by: one
 * that may change a followed value makes the whole state unknown, so nothing is left out unless it is sure to change
 * nothing. What is drawn is the same; the streams are shorter, and less is formatted, written and deflated.
 *
 * Other code's operators are read one per line, as the last word of the line: pdfkit, pdfmake, svg-to-pdfkit and
 * render/ all write them so (operands, then the operator; strings hex-encoded). Code that wrote two operators on
 * one line, or a literal string holding a line break, would have to be read word by word here.
 */

/** The values followed; undefined is unknown. */
interface State {
  lineWidth?: number;
  lineCap?: number;
  lineJoin?: number;
  undashed?: boolean;
  fillSpace?: string;
  fillColor?: string;
  strokeSpace?: string;
  strokeColor?: string;
  /** ca, CA */
  fillOpacity?: number;
  strokeOpacity?: number;
}

interface PageState {
  now: State;
  /** One copy per q not yet closed. */
  saved: State[];
  /** Set when something was written that cannot be read here: the page's state is then never known again. */
  lost?: boolean;
}

/** pdfkit's document, the parts used here. */
interface Doc {
  page: object;
  addContent(data: string): Doc;
  _normalizeColor(color: unknown): unknown;
  _CAP_STYLES: Record<string, number>;
  _JOIN_STYLES: Record<string, number>;
}

type Method = (this: Doc, ...args: never[]) => unknown;

/** A page's state, kept on the page itself: it lives and goes with the page. */
const STATE = Symbol('jixiao.graphicsState');

function pageState(doc: Doc): PageState {
  const page = doc.page as { [STATE]?: PageState } | undefined;
  // No page yet: nothing to follow (pdfkit's own method then fails as it would have).
  if (!page) return { now: {}, saved: [] };
  const s = (page[STATE] ??= { now: {}, saved: [] });
  return s.lost ? { now: {}, saved: [] } : s;
}

/** Above 0 while a method here writes: its operators are accounted for by the method itself. */
let writing = 0;

/** pdfkit's own method (none here takes more than two arguments), its operators accounted for by the caller. */
function quietly(method: Method, doc: Doc, a?: unknown, b?: unknown): unknown {
  writing++;
  try {
    return (method as (this: Doc, a?: unknown, b?: unknown) => unknown).call(doc, a, b);
  } finally {
    writing--;
  }
}

/** What an operator does to the followed state. */
const enum Effect {
  None,
  Save,
  Restore,
  Change,
}

/** The state operators of PDF 32000-1 tables 57 and 74 (also those no code here writes, such as g, rg, k), by codeOf. */
const CHANGES = new Set(mapList(['w', 'J', 'j', 'M', 'd', 'ri', 'i', 'gs', 'CS', 'cs', 'SC', 'SCN', 'sc', 'scn', 'G', 'g', 'RG', 'rg', 'K', 'k'], (op) => codeOf(op, 0, op.length)));

/** The last letters of q, Q and the operators of CHANGES. */
const LAST_LETTERS = new Set(mapList([...'qQwJjMdisSCcnNgGkK'], (c) => c.charCodeAt(0)));

/** An operator of up to three letters as one number, read from the text in place (no substring per operator). */
function codeOf(text: string, start: number, length: number): number {
  let code = length;
  for (let i = 0; i < length; i++) code = code * 256 + text.charCodeAt(start + i);
  return code;
}

/** The effect of the operator ending `data`'s line [from, to): its last word. */
function effectOf(data: string, from: number, to: number): Effect {
  // Most operators written around the state's are paths and text (m, l, re, f, h, cm, BT, ET, Tm, Tf, Do): none of
  // the operators followed here ends with their last letter.
  if (!LAST_LETTERS.has(data.charCodeAt(to - 1))) return Effect.None;
  let start = data.lastIndexOf(' ', to - 1) + 1;
  if (start < from) start = from;
  const length = to - start;
  if (length === 1) {
    const c = data.charCodeAt(start);
    if (c === 0x71 /* q */) return Effect.Save;
    if (c === 0x51 /* Q */) return Effect.Restore;
  }
  // Operators are at most three letters: a longer last word (an operand, a string) is not one of them.
  if (length > 3) return Effect.None;
  return CHANGES.has(codeOf(data, start, length)) ? Effect.Change : Effect.None;
}

/** What q, Q or a state operator does to a page's followed state. */
function follow(s: PageState, effect: Effect): void {
  if (effect === Effect.Save) s.saved.push({ ...s.now });
  else if (effect === Effect.Restore) s.now = s.saved.pop() ?? {};
  else if (effect === Effect.Change) s.now = {};
}

/** Follows the operators of a chunk that other code writes. */
function observe(doc: Doc, data: unknown): void {
  const s = pageState(doc);
  if (typeof data !== 'string') {
    s.lost = true;
    return;
  }
  for (let from = 0; from < data.length; ) {
    let next = data.indexOf('\n', from);
    if (next < 0) next = data.length;
    // A line's own end, without trailing blanks (a carriage return, spaces): the operator is the last word.
    let to = next;
    while (to > from && data.charCodeAt(to - 1) <= 0x20) to--;
    if (to > from) follow(s, effectOf(data, from, to));
    from = next + 1;
  }
}

/** Colours already normalised: the colour space and the operands pdfkit writes. Only strings whose result is an array are kept (hex and named colours: the same in every document). */
const colors = new Map<string, { space: string; operands: string }>();
const COLORS_KEPT = 256;

function plainColor(doc: Doc, color: unknown): { space: string; operands: string } | undefined {
  const known = typeof color === 'string' ? colors.get(color) : undefined;
  if (known) return known;
  const normalized = doc._normalizeColor(color);
  if (!Array.isArray(normalized)) return undefined;
  // As pdfkit's _getColorSpace and _setColorCore.
  const plain = { space: normalized.length === 4 ? 'DeviceCMYK' : 'DeviceRGB', operands: normalized.join(' ') };
  if (typeof color === 'string' && colors.size < COLORS_KEPT) colors.set(color, plain);
  return plain;
}

function isPlain(color: unknown): boolean {
  return typeof color === 'string' || (Array.isArray(color) && color.every((c) => typeof c === 'number'));
}

const clamp = (v: number): number => Math.max(0, Math.min(1, v));

const PATCHED = Symbol('jixiao.graphicsState');

/**
 * Installs the state-aware methods on `PDFDocument.prototype` (pdfmake's subclass of pdfkit's document), once per
 * process; pdfkit's own class keeps its methods, which the tests compare with.
 */
export function installGraphicsState(PDFDocument: { prototype: object }): void {
  const proto = PDFDocument.prototype as Record<string, Method> & { [PATCHED]?: true };
  if (Object.hasOwn(proto, PATCHED)) return;
  const base = Object.getPrototypeOf(proto) as Record<string, Method>;
  const own = (name: string, method: (this: Doc, ...args: never[]) => unknown) => {
    proto[name] = method as Method;
  };
  const addContent = base.addContent as (this: Doc, data: unknown) => Doc;
  own('addContent', function (this: Doc, data: unknown) {
    if (writing === 0) observe(this, data);
    return addContent.call(this, data);
  });
  own('save', function (this: Doc) {
    quietly(base.save, this);
    follow(pageState(this), Effect.Save);
    return this;
  });
  own('restore', function (this: Doc) {
    quietly(base.restore, this);
    follow(pageState(this), Effect.Restore);
    return this;
  });
  own('lineWidth', function (this: Doc, w: number) {
    const now = pageState(this).now;
    // Not a width (pdfkit refuses it): its own method says so.
    if (w !== undefined && now.lineWidth === w) return this;
    quietly(base.lineWidth, this, w);
    now.lineWidth = w;
    return this;
  });
  // A cap or join style: a name in pdfkit's table or its number, written as the number.
  const ownNumbered = (name: 'lineCap' | 'lineJoin', table: '_CAP_STYLES' | '_JOIN_STYLES') =>
    own(name, function (this: Doc, style: string | number) {
      const value = typeof style === 'string' ? this[table][style.toUpperCase()] : style;
      const now = pageState(this).now;
      if (value !== undefined && now[name] === value) return this;
      quietly(base[name], this, style);
      now[name] = value;
      return this;
    });
  ownNumbered('lineCap', '_CAP_STYLES');
  ownNumbered('lineJoin', '_JOIN_STYLES');
  own('undash', function (this: Doc) {
    const now = pageState(this).now;
    if (now.undashed) return this;
    quietly(base.undash, this);
    now.undashed = true;
    return this;
  });
  own('dash', function (this: Doc, length: unknown, options: unknown) {
    quietly(base.dash, this, length, options);
    pageState(this).now.undashed = false;
    return this;
  });
  own('_setColor', function (this: Doc, color: unknown, stroke: boolean) {
    const now = pageState(this).now;
    const plain = isPlain(color) ? plainColor(this, color) : undefined;
    if (!plain) {
      // Gradients, patterns, spot colours and what pdfkit cannot read: its own code, and the colour unknown after.
      const set = quietly(base._setColor, this, color, stroke);
      if (stroke) now.strokeSpace = now.strokeColor = undefined;
      else now.fillSpace = now.fillColor = undefined;
      return set;
    }
    const space = stroke ? now.strokeSpace : now.fillSpace;
    // Setting a colour space also resets the colour: the colour is written after it in any case.
    if (space !== plain.space) quietly(base.addContent, this, `/${plain.space} ${stroke ? 'CS' : 'cs'}`);
    if (space !== plain.space || (stroke ? now.strokeColor : now.fillColor) !== plain.operands) quietly(base.addContent, this, `${plain.operands} ${stroke ? 'SCN' : 'scn'}`);
    if (stroke) {
      now.strokeSpace = plain.space;
      now.strokeColor = plain.operands;
    } else {
      now.fillSpace = plain.space;
      now.fillColor = plain.operands;
    }
    return true;
  });
  own('_doOpacity', function (this: Doc, fillOpacity: number | null | undefined, strokeOpacity: number | null | undefined) {
    if (fillOpacity == null && strokeOpacity == null) return undefined;
    const fill = fillOpacity == null ? undefined : clamp(fillOpacity);
    const stroke = strokeOpacity == null ? undefined : clamp(strokeOpacity);
    const now = pageState(this).now;
    // pdfkit's returns the document when there is an opacity to set.
    if ((fill === undefined || fill === now.fillOpacity) && (stroke === undefined || stroke === now.strokeOpacity)) return this;
    quietly(base._doOpacity, this, fillOpacity, strokeOpacity);
    if (fill !== undefined) now.fillOpacity = fill;
    if (stroke !== undefined) now.strokeOpacity = stroke;
    return this;
  });
  Object.defineProperty(proto, PATCHED, { value: true });
}

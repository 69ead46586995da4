import PDFKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { installGraphicsState } from '../../src/render/graphicsState.js';
import { rng } from '../helpers/random.js';

// The same drawing on pdfkit's own document and on one with the state-aware methods: at every mark (stroke, fill,
// image …) the graphics state must be the same in both, and the second stream shorter. A small reader of content
// streams follows the state as a PDF viewer would.

class Patched extends (PDFKit as unknown as new (options: object) => object) {}
installGraphicsState(Patched);

interface Page {
  content: { buffer: (Uint8Array | string)[] };
  ext_gstates: Record<string, { data: Record<string, unknown> }>;
}
interface Doc {
  page: Page;
  _pageBuffer: Page[];
  [method: string]: unknown;
}

const open = (Class: new (options: object) => object): Doc => new Class({ bufferPages: true, compress: false }) as Doc;

function text(page: Page): string {
  return page.content.buffer.map((c) => (typeof c === 'string' ? c.replace(/\n$/, '') : Buffer.from(c).toString('latin1').replace(/\n$/, ''))).join('\n');
}

const MARKS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'TJ', 'Tj']);

/** The graphics state at each mark of a page, as a viewer would have it. */
function statesAtMarks(page: Page): string[] {
  let state: Record<string, string> = { w: '1', J: '0', j: '0', d: '[] 0', fillSpace: 'DeviceGray', fill: '0', strokeSpace: 'DeviceGray', stroke: '0', ca: '1', CA: '1', M: '10' };
  const saved: Record<string, string>[] = [];
  const marks: string[] = [];
  for (const line of text(page).split('\n')) {
    const words = line.trim().split(/\s+/);
    const op = words.pop()!;
    const operands = words.join(' ');
    switch (op) {
      case 'q':
        saved.push({ ...state });
        break;
      case 'Q':
        state = saved.pop()!;
        break;
      case 'w':
      case 'J':
      case 'j':
      case 'd':
      case 'M':
        state[op] = operands;
        break;
      case 'cs':
        state.fillSpace = operands;
        state.fill = 'initial';
        break;
      case 'CS':
        state.strokeSpace = operands;
        state.stroke = 'initial';
        break;
      case 'scn':
      case 'sc':
        state.fill = operands;
        break;
      case 'SCN':
      case 'SC':
        state.stroke = operands;
        break;
      case 'rg':
      case 'g':
      case 'k':
        state.fillSpace = op;
        state.fill = operands;
        break;
      case 'RG':
      case 'G':
      case 'K':
        state.strokeSpace = op;
        state.stroke = operands;
        break;
      case 'ri':
      case 'i':
        state[op] = operands;
        break;
      case 'gs': {
        const data = page.ext_gstates[operands.slice(1)].data;
        if (data.ca !== undefined) state.ca = String(data.ca);
        if (data.CA !== undefined) state.CA = String(data.CA);
        break;
      }
      default:
        if (MARKS.has(op)) marks.push(`${op} ${JSON.stringify(state)}`);
    }
  }
  return marks;
}

const pick = <T,>(random: () => number, xs: T[]): T => xs[Math.floor(random() * xs.length)];

/** Operators written past the methods: one of each the state follows, and a balanced q … Q. */
const RAW = ['0.3 w', '1 J', '2 j', '[4] 0 d', '4 M', '/Perceptual ri', '1 i', '0.5 g', '0.2 G', '1 0 0 rg', '0 0 1 RG', '0 0 0 1 k', '0 1 0 0 K', '/DeviceRGB cs', '/DeviceRGB CS', '0 0 0 sc', '0 0 0 SC', '0 0 0 scn', '0 0 0 SCN', 'q\n0.25 w\n0 0 1 RG\nQ', '1 0 0 1 5 5 cm'];

/** A random drawing, the same for both documents. */
function draw(seed: number, doc: Doc): void {
  const random = rng(seed);
  const call = (name: string, ...args: unknown[]) => (doc[name] as (...a: unknown[]) => unknown).apply(doc, args);
  let depth = 0;
  for (let step = 0; step < 400; step++) {
    const r = random();
    if (r < 0.1) call('lineWidth', pick(random, [0.5, 0.6, 1, 2]));
    else if (r < 0.15) call('lineCap', pick(random, ['butt', 'round', 'square', 0, 2]));
    else if (r < 0.2) call('lineJoin', pick(random, ['miter', 'round', 'bevel', 1]));
    else if (r < 0.25) (random() < 0.5 ? call('undash') : call('dash', pick(random, [2, 3]), { space: 2 }));
    else if (r < 0.35) call('fillColor', pick(random, ['black', '#f2f2f2', 'red', [255, 0, 0], [0, 0, 0, 100]]), pick(random, [undefined, 1, 0.5]));
    else if (r < 0.45) call('strokeColor', pick(random, ['black', '#ccc', [0, 0, 255]]), pick(random, [undefined, 1, 0.3]));
    else if (r < 0.5) call('opacity', pick(random, [1, 0.5, 0.12]));
    else if (r < 0.55) {
      call('save');
      depth++;
    } else if (r < 0.6 && depth > 0) {
      call('restore');
      depth--;
    } else if (r < 0.64) call('addContent', pick(random, RAW));
    else if (r < 0.66) {
      // A page's content starts with no q open.
      for (; depth > 0; depth--) call('restore');
      call('addPage');
    }
    else if (r < 0.8) {
      call('rect', random() * 500, random() * 700, 20, 10);
      call(pick(random, ['fill', 'stroke', 'fillAndStroke']));
    } else {
      call('moveTo', random() * 500, random() * 700);
      call('lineTo', random() * 500, random() * 700);
      call('stroke');
    }
  }
}

describe('installGraphicsState', () => {
  it('leaves the graphics state at every mark as pdfkit has it, on every page, with fewer operators', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const plain = open(PDFKit as unknown as new (options: object) => object);
      const patched = open(Patched);
      draw(seed, plain);
      draw(seed, patched);
      expect(patched._pageBuffer.length).toBe(plain._pageBuffer.length);
      let marks = 0;
      plain._pageBuffer.forEach((page, i) => {
        const states = statesAtMarks(page);
        marks += states.length;
        expect(statesAtMarks(patched._pageBuffer[i]), `seed ${seed}, page ${i + 1}`).toEqual(states);
      });
      expect(marks).toBeGreaterThan(100);
      const length = (d: Doc) => d._pageBuffer.reduce((n, p) => n + text(p).length, 0);
      expect(length(patched)).toBeLessThan(length(plain));
    }
  });

  it('writes a state again on a new page, and after an operator written by other code', () => {
    const doc = open(Patched);
    const ops = (d: Doc) => text(d.page).split('\n');
    (doc.lineWidth as (w: number) => void)(2);
    (doc.lineWidth as (w: number) => void)(2);
    expect(ops(doc).filter((l) => l === '2 w')).toHaveLength(1);
    (doc.addContent as (s: string) => void)('0.5 w');
    (doc.lineWidth as (w: number) => void)(2);
    expect(ops(doc).filter((l) => l === '2 w')).toHaveLength(2);
    (doc.addPage as () => void)();
    (doc.lineWidth as (w: number) => void)(2);
    expect(ops(doc)).toContain('2 w');
    // A line that ends in blanks (a carriage return, spaces) is read by its last word all the same.
    (doc.addContent as (s: string) => void)('0.5 w \r');
    (doc.lineWidth as (w: number) => void)(2);
    expect(ops(doc).filter((l) => l === '2 w')).toHaveLength(2);
    // Bytes are not read: the page's state is unknown from then on.
    (doc.addContent as (s: unknown) => void)(Buffer.from('q\n'));
    (doc.lineWidth as (w: number) => void)(2);
    (doc.lineWidth as (w: number) => void)(2);
    expect(ops(doc).filter((l) => l === '2 w')).toHaveLength(4);
  });

  it('refuses what pdfkit refuses, and returns what it returns', () => {
    for (const Class of [PDFKit as unknown as new (options: object) => object, Patched]) {
      const doc = open(Class);
      expect(() => (doc.lineWidth as (w: unknown) => void)(undefined)).toThrow();
      expect((doc._doOpacity as (f: unknown, s: unknown) => unknown)(0.5, null)).toBe(doc);
      expect((doc._doOpacity as (f: unknown, s: unknown) => unknown)(0.5, null)).toBe(doc);
      expect((doc._doOpacity as (f: unknown, s: unknown) => unknown)(null, null)).toBeUndefined();
    }
  });
});

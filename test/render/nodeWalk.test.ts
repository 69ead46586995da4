import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/render/engine.js';
import { installNodeWalk, type NodeHelpers } from '../../src/render/nodeWalk.js';
import { parts } from '../../src/render/pdfmakeParts.js';

// measureNode and processVerticalContainer are pdfmake's, with their closures taken out: each must do what pdfmake's
// own does, step for step. pdfmake's are kept before the engine's set-up replaces them.

type Fn = (this: object, node: Record<string, unknown>) => unknown;
const DocMeasure = parts.DocMeasure as unknown as { prototype: Record<string, Fn> };
const LayoutBuilder = parts.LayoutBuilder as unknown as { prototype: Record<string, Fn> };
const own = { measureNode: DocMeasure.prototype.measureNode, processVerticalContainer: LayoutBuilder.prototype.processVerticalContainer };
const StyleContextStack = parts.StyleContextStack as unknown as new (dictionary: object, defaultStyle?: object) => { styleOverrides: unknown[] };

/** The kinds of node in the order pdfmake tries them, with the measuring method each goes to. */
const KINDS = ['section', 'columns', 'stack', 'ul', 'ol', 'table', 'text', 'toc', 'image', 'svg', 'canvas', 'qr', 'attachment'];
const METHODS = ['Section', 'Columns', 'VerticalContainer', 'UnorderedList', 'OrderedList', 'Table', 'Leaf', 'Toc', 'Image', 'SVG', 'Canvas', 'Qr', 'Attachment'];

/**
 * A measurer whose measure methods log what they see (the node's keys, the style stack's depth) and give widths; a
 * stack's measure measures its first item through measureNode, as pdfmake's does, so that pushes and pops nest.
 */
function measurer(measureNode: Fn, log: unknown[]) {
  const stack = new StyleContextStack({ wide: { margin: [4, 0, 6, 0] } }, { fontSize: 9 });
  const m: Record<string, unknown> = { styleStack: stack, measureNode };
  for (const name of METHODS) {
    m[`measure${name}`] = function (this: typeof m, node: Record<string, unknown>) {
      log.push([name, Object.keys(node).join(','), stack.styleOverrides.length]);
      if (name === 'VerticalContainer' && Array.isArray(node.stack) && node.stack[0]) measureNode.call(this, node.stack[0]);
      node._minWidth = 10;
      node._maxWidth = 20;
      return node;
    };
  }
  return { m, stack };
}

function nodes(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const value = (kind: string) => (kind === 'text' ? 'x' : kind === 'stack' ? [{ text: 'y', style: 'wide' }] : [1]);
  // Every tail of the list of kinds: the first kind a node has decides, in pdfmake's order.
  for (let k = 0; k < KINDS.length; k++) out.push(Object.fromEntries(KINDS.slice(k).map((kind) => [kind, value(kind)])));
  for (const kind of KINDS) {
    out.push({ [kind]: kind === 'text' ? '' : value(kind) });
    out.push({ [kind]: value(kind), margin: [1, 2, 3, 4] });
    out.push({ [kind]: value(kind), style: 'wide', fontSize: 8 });
  }
  // Text counts when it is there at all, even null.
  out.push({ text: undefined, image: 'a' }, { text: null }, { qr: 'q', margin: 5 });
  return out;
}

function measure(f: Fn, node: Record<string, unknown>) {
  const log: unknown[] = [];
  const { m, stack } = measurer(f, log);
  const result = f.call(m, node);
  return { log, result, depthAfter: stack.styleOverrides.length };
}

describe("pdfmake's node walks without closures", () => {
  it('measures each kind of node as pdfmake does: the same method, under the same styles, margins added the same, the styles popped after', async () => {
    await loadEngine();
    expect(DocMeasure.prototype.measureNode).not.toBe(own.measureNode);
    for (const node of nodes()) {
      const theirs = measure(own.measureNode, structuredClone(node));
      const ours = measure(DocMeasure.prototype.measureNode, structuredClone(node));
      expect(ours, JSON.stringify(node)).toEqual(theirs);
      expect(ours.depthAfter, JSON.stringify(node)).toBe(0);
    }
  });

  it("refuses a node of no kind with pdfmake's own message", async () => {
    await loadEngine();
    let theirs = '';
    try {
      measure(own.measureNode, { foo: 1 });
    } catch (e) {
      theirs = (e as Error).message;
    }
    expect(theirs).toMatch(/Unrecognized document structure/);
    expect(() => measure(DocMeasure.prototype.measureNode, { foo: 1 })).toThrow(theirs);
  });

  it("lays out a stack's items in order, and keeps of their positions where the stack starts and each new page", async () => {
    await loadEngine();
    expect(LayoutBuilder.prototype.processVerticalContainer).not.toBe(own.processVerticalContainer);
    const pages: Record<string, number[]> = { a: [1, 1, 2], b: [], c: [2, 3, 3], d: [3] };
    const run = (f: Fn) => {
      const seen: unknown[] = [];
      const builder = {
        processNode: (item: Record<string, unknown>) => {
          seen.push(item.id);
          item.positions = pages[item.id as string].map((pageNumber, i) => ({ pageNumber, at: `${item.id as string}${i}` }));
        },
      };
      const positions: { pageNumber: number; at: string }[] = [];
      const node = { stack: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], positions };
      f.call(builder, node);
      expect(node.positions).toBe(positions);
      return { seen, at: positions.map((p) => p.at), pages: [...new Set(positions.map((p) => p.pageNumber))] };
    };
    const theirs = run(own.processVerticalContainer);
    const ours = run(LayoutBuilder.prototype.processVerticalContainer);
    expect(theirs).toEqual({ seen: ['a', 'b', 'c', 'd'], at: ['a0', 'a1', 'a2', 'c0', 'c1', 'c2', 'd0'], pages: [1, 2, 3] });
    // What pdfmake and jixiao read of a stack's positions: the first, and the pages it is on.
    expect(ours).toEqual({ seen: theirs.seen, at: ['a0', 'a2', 'c1'], pages: theirs.pages });
  });

  it('is installed once: a second install keeps the first', () => {
    const helpers: NodeHelpers = { getNodeMargin: () => null, stringifyNode: () => '' };
    const M = { prototype: {} as Record<string, unknown> };
    const L = { prototype: {} as Record<string, unknown> };
    installNodeWalk(M as never, L as never, helpers);
    const first = [M.prototype.measureNode, L.prototype.processVerticalContainer];
    installNodeWalk(M as never, L as never, helpers);
    expect([M.prototype.measureNode, L.prototype.processVerticalContainer]).toEqual(first);
  });
});

import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
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
const StyleContextStack = ((StyleContextStackModule as { default?: unknown }).default ?? StyleContextStackModule) as new (dictionary: object, defaultStyle?: object) => {
  styleOverrides: unknown[];
};

const KINDS = ['section', 'columns', 'stack', 'ul', 'ol', 'table', 'text', 'toc', 'image', 'svg', 'canvas', 'qr', 'attachment'];
const METHODS = ['Section', 'Columns', 'VerticalContainer', 'UnorderedList', 'OrderedList', 'Table', 'Leaf', 'Toc', 'Image', 'SVG', 'Canvas', 'Qr', 'Attachment'];

/** A measurer whose measure methods log what they see (the node, the style stack's depth) and give widths. */
function measurer(measureNode: Fn, log: unknown[]) {
  const m: Record<string, unknown> = { styleStack: new StyleContextStack({ wide: { margin: [4, 0, 6, 0] } }, { fontSize: 9 }), measureNode };
  for (const name of METHODS) {
    m[`measure${name}`] = function (this: typeof m, node: Record<string, unknown>) {
      log.push([name, Object.keys(node).join(','), (this.styleStack as { styleOverrides: unknown[] }).styleOverrides.length]);
      node._minWidth = 10;
      node._maxWidth = 20;
      return node;
    };
  }
  return m;
}

function nodes(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const kind of KINDS) {
    out.push({ [kind]: kind === 'text' ? '' : [1] });
    out.push({ [kind]: kind === 'text' ? 'x' : [1], margin: [1, 2, 3, 4] });
    out.push({ [kind]: kind === 'text' ? 'x' : [1], style: 'wide', fontSize: 8 });
  }
  // The first kind a node has decides, in pdfmake's order; text counts when it is there at all.
  out.push({ table: {}, stack: [], text: 'x' }, { text: undefined, image: 'a' }, { text: null }, { qr: 'q', margin: 5 });
  return out;
}

describe("pdfmake's node walks without closures", () => {
  it('measures each kind of node as pdfmake does: the same method, under the same styles, margins added the same', async () => {
    await loadEngine();
    expect(DocMeasure.prototype.measureNode).not.toBe(own.measureNode);
    for (const node of nodes()) {
      const [theirs, ours] = [[] as unknown[], [] as unknown[]];
      const a = own.measureNode.call(measurer(own.measureNode, theirs), structuredClone(node));
      const b = DocMeasure.prototype.measureNode.call(measurer(DocMeasure.prototype.measureNode, ours), structuredClone(node));
      expect(ours, JSON.stringify(node)).toEqual(theirs);
      expect(b, JSON.stringify(node)).toEqual(a);
    }
  });

  it("refuses a node of no kind with pdfmake's own message", async () => {
    await loadEngine();
    const node = { foo: 1 };
    expect(() => own.measureNode.call(measurer(own.measureNode, []), { ...node })).toThrow(/Unrecognized document structure/);
    let theirs = '';
    try {
      own.measureNode.call(measurer(own.measureNode, []), { ...node });
    } catch (e) {
      theirs = (e as Error).message;
    }
    expect(() => DocMeasure.prototype.measureNode.call(measurer(DocMeasure.prototype.measureNode, []), { ...node })).toThrow(theirs);
  });

  it("lays out a stack's items in order and gathers their positions as pdfmake does", async () => {
    await loadEngine();
    expect(LayoutBuilder.prototype.processVerticalContainer).not.toBe(own.processVerticalContainer);
    const run = (f: Fn) => {
      const seen: unknown[] = [];
      const builder = { processNode: (item: Record<string, unknown>) => (seen.push(item.id), (item.positions = Array.from({ length: item.id as number }, (_, i) => `${item.id}.${i}`))) };
      const node = { stack: [{ id: 2 }, { id: 0 }, { id: 3 }], positions: ['before'] };
      f.call(builder, node);
      return { seen, positions: node.positions };
    };
    expect(run(LayoutBuilder.prototype.processVerticalContainer)).toEqual(run(own.processVerticalContainer));
    expect(run(LayoutBuilder.prototype.processVerticalContainer).positions).toEqual(['before', '2.0', '2.1', '3.0', '3.1', '3.2']);
  });

  it('is installed once: a second install keeps the first', () => {
    const helpers: NodeHelpers = { getNodeMargin: () => null, stringifyNode: () => '' };
    const M = { prototype: {} as Record<string, unknown> };
    const L = { prototype: {} as Record<string, unknown> };
    installNodeWalk(M as never, L as never, helpers);
    const first = M.prototype.measureNode;
    installNodeWalk(M as never, L as never, helpers);
    expect(M.prototype.measureNode).toBe(first);
  });
});

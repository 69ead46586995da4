/**
 * pdfmake's walks over the document's nodes without a closure made per node. pdfmake 0.3.11 measures each node inside
 * a fresh arrow function (`styleStack.auto(node, () => …)`, with `extendMargins` declared inside it) and lays out each
 * stack's items through another (`node.stack.forEach(item => …)`). V8 keeps a closure's optimised code only while
 * some closure of it is alive: at each full garbage collection between documents it is thrown away, and a batch of
 * 200 units compiled `extendMargins` and the stack's callback about 20 times each (two workers). Here they are
 * functions of the module, which live as long as the process; the same steps in the same order (DocMeasure.js,
 * LayoutBuilder.js). A stack keeps fewer of its items' positions than pdfmake's (keepPageStarts).
 */
import type { StyleStackLike } from './styleStack.js';

/** Where pdfmake put (a line of) a node: its page, 1-based, among the rest. */
interface Position {
  pageNumber: number;
}

/** A node of pdfmake's document, the parts read here. */
interface DocNode {
  _margin?: number[] | null;
  _minWidth: number;
  _maxWidth: number;
  text?: unknown;
  positions: Position[];
  stack?: DocNode[];
  [kind: string]: unknown;
}

type Measure = (node: DocNode) => DocNode;

/** pdfmake's DocMeasure, the parts read and replaced here. */
export interface NodeMeasurer {
  styleStack: StyleStackLike;
  measureNode: Measure;
  measureSection: Measure;
  measureColumns: Measure;
  measureVerticalContainer: Measure;
  measureUnorderedList: Measure;
  measureOrderedList: Measure;
  measureTable: Measure;
  measureLeaf: Measure;
  measureToc: Measure;
  measureImage: Measure;
  measureSVG: Measure;
  measureCanvas: Measure;
  measureQr: Measure;
  measureAttachment: Measure;
}

/** pdfmake's helpers/node.js. */
export interface NodeHelpers {
  getNodeMargin(node: DocNode, styleStack: StyleStackLike): number[] | null;
  stringifyNode(node: DocNode): string;
}

interface NodeLayout {
  processNode(node: DocNode): void;
  processVerticalContainer(node: DocNode): void;
}

function extendMargins(node: DocNode): DocNode {
  const margin = node._margin;
  if (margin) {
    node._minWidth += margin[0] + margin[2];
    node._maxWidth += margin[0] + margin[2];
  }
  return node;
}

/** The node measured by its kind, its own styles on the stack (pushed and popped by the caller, as auto() does). */
function measureByKind(m: NodeMeasurer, node: DocNode, helpers: NodeHelpers): DocNode {
  node._margin = helpers.getNodeMargin(node, m.styleStack);
  if (node.section) return extendMargins(m.measureSection(node));
  if (node.columns) return extendMargins(m.measureColumns(node));
  if (node.stack) return extendMargins(m.measureVerticalContainer(node));
  if (node.ul) return extendMargins(m.measureUnorderedList(node));
  if (node.ol) return extendMargins(m.measureOrderedList(node));
  if (node.table) return extendMargins(m.measureTable(node));
  if (node.text !== undefined) return extendMargins(m.measureLeaf(node));
  if (node.toc) return extendMargins(m.measureToc(node));
  if (node.image) return extendMargins(m.measureImage(node));
  if (node.svg) return extendMargins(m.measureSVG(node));
  if (node.canvas) return extendMargins(m.measureCanvas(node));
  if (node.qr) return extendMargins(m.measureQr(node));
  if (node.attachment) return extendMargins(m.measureAttachment(node));
  throw new Error(`Unrecognized document structure: ${helpers.stringifyNode(node)}`);
}

/**
 * A stack's positions: where it starts, and each position that is on another page than the one kept before it.
 * pdfmake copies every position of a stack's items into the stack, so a line's position was copied once per stack
 * around it (a table cell, its row's stack, the document's …). Its readers ask only where a node starts and on which
 * pages it is: the first position (the page a document starts on, a page reference, a signature's place) and whether
 * a cell's positions are all on the first one's page (LayoutBuilder.processRow). Both read the same from these.
 */
function keepPageStarts(into: Position[], from: Position[]): void {
  for (const p of from) {
    const last = into[into.length - 1];
    if (!last || last.pageNumber !== p.pageNumber) into.push(p);
  }
}

const PATCHED = Symbol('jixiao.nodeWalk');

/** Replaces DocMeasure.prototype.measureNode and LayoutBuilder.prototype.processVerticalContainer (once per process). */
export function installNodeWalk(DocMeasure: { prototype: NodeMeasurer }, LayoutBuilder: { prototype: NodeLayout }, helpers: NodeHelpers): void {
  const proto = DocMeasure.prototype as NodeMeasurer & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto.measureNode = function measureNode(this: NodeMeasurer, node: DocNode): DocNode {
    // auto(): a throw leaves the stack as it is, as pdfmake's does (the document is abandoned).
    const pushed = this.styleStack.autopush(node);
    const measured = measureByKind(this, node, helpers);
    if (pushed > 0) this.styleStack.pop(pushed);
    return measured;
  };
  LayoutBuilder.prototype.processVerticalContainer = function processVerticalContainer(this: NodeLayout, node: DocNode): void {
    for (const item of node.stack!) {
      this.processNode(item);
      keepPageStarts(node.positions, item.positions);
    }
  };
  proto[PATCHED] = true;
}

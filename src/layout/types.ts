import type { DerivedFigures } from '../derive/index.js';
import type { Labels } from '../compose/labels.js';
import type { ReportInput } from '../model/schema.js';
import type { DocumentKind, Styles } from './styles.js';

/** A pdfmake content node. pdfmake mutates nodes it lays out, so builders always make fresh ones. */
export type Node = Record<string, unknown> | string | Node[];

/**
 * Where a signature's appearance goes, carried by a text node as `signaturePlace`: a rectangle in points, y down,
 * relative to where the node's first line starts (its column's left edge, the line's top). The seal on a form's
 * 填报单位（盖章） line, the principal's signature on the narrative's cover. Render reads it back with the node's
 * position, so that a later signing step can put its widget there without laying anything out again.
 */
export interface SignaturePlace {
  role: 'seal' | 'principal';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The image the layout draws there (the seal, the principal's signature), by the name the content uses. */
  image?: string;
}

/** One document of the report set, laid out but not yet rendered. */
export interface DocumentLayout {
  kind: DocumentKind;
  /** Title for the PDF's metadata. */
  title: string;
  /** File name without extension, before sanitising. */
  fileName: string;
  orientation: 'portrait' | 'landscape';
  content: Node[];
  /** Pages the document takes as laid out (pdfmake never breaks a page on its own: the layout did it). */
  pages?: number;
  /** Images the content names (signatures, seal): name → PNG file path, for render to load. */
  images?: Record<string, string>;
}

/** Everything a layout builder reads. */
export interface LayoutContext {
  input: ReportInput;
  figures: DerivedFigures;
  labels: Labels;
  styles: Styles;
}

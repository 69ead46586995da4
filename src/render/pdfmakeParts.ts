/**
 * pdfmake and the parts of it (and of pdfkit) that render/ patches, imported together and only when something is
 * rendered. The same module instances as pdfmake's own requires, whether run from source or from the bundle.
 */
import pdfmake from 'pdfmake';
import DocMeasureModule from 'pdfmake/js/DocMeasure.js';
import NodeHelpersModule from 'pdfmake/js/helpers/node.js';
import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import PDFDocumentModule from 'pdfmake/js/PDFDocument.js';
import RendererModule from 'pdfmake/js/Renderer.js';
import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import TextDecoratorModule from 'pdfmake/js/TextDecorator.js';
import TextInlinesModule from 'pdfmake/js/TextInlines.js';
import PDFKit from 'pdfkit';

/** pdfmake's files are Babel output (exports.default); Node gives the exports object, a bundler may give the class. */
function unwrap<T>(m: unknown): T {
  const o = m as { __esModule?: boolean; default?: unknown };
  return (o && o.__esModule && o.default ? o.default : m) as T;
}

export const parts = {
  pdfmake,
  DocMeasure: unwrap<never>(DocMeasureModule),
  LayoutBuilder: unwrap<never>(LayoutBuilderModule),
  nodeHelpers: unwrap<never>(NodeHelpersModule),
  PDFDocument: unwrap<{ prototype: Record<string, unknown> }>(PDFDocumentModule),
  Renderer: unwrap<never>(RendererModule),
  StyleContextStack: unwrap<never>(StyleContextStackModule),
  TextDecorator: unwrap<never>(TextDecoratorModule),
  TextInlines: unwrap<never>(TextInlinesModule),
  PDFKit: PDFKit as unknown as { prototype: { ref(this: object): object } },
};

import { installFastMeasure, installLineLeaves } from './fastMeasure.js';
import { installFontLayout } from './fontLayout.js';
import { installGraphicsState } from './graphicsState.js';
import { installNodeWalk } from './nodeWalk.js';
import { installCapture } from './pdfObjects.js';
import { installStyleStack } from './styleStack.js';
import { installTextRuns } from './textRuns.js';
import { create as parseFont } from 'fontkit';
import { shareDecodedTables, type FontkitFont } from './fontTables.js';
import { GlyphSubset, TrueTypeFont, useLazyGlyphs } from './trueType.js';
import { PlainLayout } from './plainLayout.js';
import { resources } from '../resources.js';
import { FONT_FAMILY } from './fonts.js';
import { RENDER_MESSAGES } from './messages.js';

/**
 * pdfmake, loaded on first use and set up once per process. Loading it costs ~150 ms, so commands that do not
 * render (diff, help, check) never pay for it; a batch worker pays once and renders many reports.
 */
export interface Engine {
  /** Lays out and renders a definition into a pdfkit document that is not yet ended. */
  createDocument(definition: Record<string, unknown>): Promise<PdfkitDocument>;
}

/** The parts of pdfmake's pdfkit document that the renderer uses. */
export interface PdfkitDocument {
  _pageBuffer: PdfkitPage[];
  _root: { data: Record<string, unknown> };
  _waiting: number;
  _finalize: () => void;
  page?: object;
  provideFont(family: string, bold: boolean, italics: boolean): import('./textRuns.js').PdfkitFont;
  end(): void;
}

export interface PdfkitPage {
  width: number;
  height: number;
  fonts: Record<string, unknown>;
  dictionary: { data: Record<string, unknown> };
  content: object;
}

let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= setUp();
  return engine;
}


const SHARED = Symbol('jixiao.sharedFont');
const EMBEDDED = Symbol('jixiao.embeddedFonts');

/** A font as embedded in a document: its descriptor (which holds the font file) and the glyphs it uses. */
export interface EmbeddedFontFile {
  descriptor: { data: Record<string, unknown> };
  fontFile: { data: Record<string, unknown> };
  subset: GlyphSubset;
}

/** The fonts a finished document embedded, for writing each file's own font subset. */
export function embeddedFonts(doc: object): EmbeddedFontFile[] {
  return ((doc as Record<symbol, EmbeddedFontFile[]>)[EMBEDDED] ??= []);
}

interface PdfkitEmbeddedFont {
  font: { stream?: { buffer?: object }; _tables?: Record<string, unknown> };
  subset: unknown;
  layoutCache?: Record<string, unknown>;
  document: { page?: object };
  dictionary: { data: { DescendantFonts?: { data: { FontDescriptor: EmbeddedFontFile['descriptor'] } }[] } };
  embed(): unknown;
  [SHARED]?: true;
}

/**
 * pdfkit asks fontkit to parse the font again for every document it opens, and fontkit decodes the big tables
 * (cmap, hmtx, loca of 30 000 glyphs) again each time. The parsed font has no per-document state (pdfkit keeps the
 * widths in its own EmbeddedFont), so every document gets the first parse of the file, and its word layouts. The subset
 * is jixiao's own (trueType.ts): raw glyph copies, and a font file per output file.
 */
function shareParsedFonts(PDFDocument: { prototype: Record<string, unknown> }): void {
  const proto = PDFDocument.prototype as { provideFont: (...a: unknown[]) => PdfkitEmbeddedFont; [SHARED]?: true };
  if (proto[SHARED]) return;
  const provide = proto.provideFont;
  const parsed = new Map<unknown, { font: PdfkitEmbeddedFont['font']; file: TrueTypeFont; layouts?: Record<string, unknown> }>();
  proto.provideFont = function provideFont(this: object, ...args: unknown[]) {
    const embedded = provide.apply(this, args);
    if (embedded[SHARED]) return embedded;
    installFontLayout(Object.getPrototypeOf(embedded));
    const key = embedded.font.stream?.buffer;
    if (!Buffer.isBuffer(key)) throw new Error(RENDER_MESSAGES.fontNotInMemory);
    let first = parsed.get(key);
    if (!first) {
      parsed.set(key, (first = { font: embedded.font, file: new TrueTypeFont(key), layouts: embedded.layoutCache }));
      shareDecodedTables(embedded.font);
      PlainLayout.register(first.file, first.font);
    }
    embedded.font = first.font;
    // pdfkit's per-word layouts depend on the font alone: shared, they are computed once per process.
    if (embedded.layoutCache && first.layouts) embedded.layoutCache = first.layouts;
    const subset = new GlyphSubset(first.file, () => embedded.document.page);
    embedded.subset = subset;
    const embed = embedded.embed;
    embedded.embed = function (this: PdfkitEmbeddedFont) {
      const result = embed.call(this);
      const descriptor = this.dictionary.data.DescendantFonts![0].data.FontDescriptor;
      const fontFile = descriptor.data.FontFile2 as EmbeddedFontFile['fontFile'];
      fontFile.data.Length1 = subset.encodedLength;
      embeddedFonts(this.document).push({ descriptor, fontFile, subset });
      return result;
    };
    embedded[SHARED] = true;
    return embedded;
  };
  proto[SHARED] = true;
}

interface PdfmakeDocument {
  fonts: Record<string, Record<string, unknown>>;
  _font: unknown;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
}

/**
 * Text inside an SVG (the batch summary's charts) asks pdfkit for the font by the file name pdfmake's font table
 * gives; pdfkit would look for that name on disk, while the fonts live in pdfmake's virtual file system. The name is
 * answered with the font pdfmake embeds for its own text, so charts and text share one subset.
 */
function svgFontsFromDefinitions(PDFDocument: { prototype: Record<string, unknown> }): void {
  const proto = PDFDocument.prototype as { font: (...a: unknown[]) => unknown; [SHARED]?: true };
  if (Object.hasOwn(proto, 'font')) return;
  const font = proto.font;
  proto.font = function (this: PdfmakeDocument, src: unknown, ...rest: unknown[]) {
    if (typeof src === 'string' && rest.length === 0) {
      for (const [family, styles] of Object.entries(this.fonts ?? {})) {
        const style = Object.keys(styles).find((k) => styles[k] === src);
        if (style) {
          this._font = this.provideFont(family, style.startsWith('bold'), false);
          return this;
        }
      }
    }
    return font.call(this, src, ...rest);
  };
}

async function setUp(): Promise<Engine> {
  const { parts } = await import('./pdfmakeParts.js');
  const { pdfmake } = parts;
  installTextRuns(parts.Renderer, parts.TextDecorator);
  installStyleStack(parts.StyleContextStack);
  installFastMeasure(parts.TextInlines, parts.StyleContextStack);
  installLineLeaves(parts.DocMeasure);
  installNodeWalk(parts.DocMeasure, parts.LayoutBuilder, parts.nodeHelpers);
  shareParsedFonts(parts.PDFDocument);
  svgFontsFromDefinitions(parts.PDFDocument);
  installGraphicsState(parts.PDFDocument);
  // A reference made on a stand-in document, only to reach pdfkit's (unexported) reference class.
  installCapture(parts.PDFKit.prototype.ref.call({ _offsets: [], _waiting: 0, compress: false }));
  // Read once into pdfmake's virtual file system: pdfkit would read the files again for every document.
  // Italic styles map to upright: Chinese forms use none.
  const fonts: Record<string, string> = {};
  for (const [style, weight] of [['normal', 'normal'], ['bold', 'bold'], ['italics', 'normal'], ['bolditalics', 'bold']] as const) {
    const { name, bytes, glyphs } = resources().font(weight);
    if (glyphs) useLazyGlyphs(bytes, glyphs);
    if (!pdfmake.virtualfs.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    fonts[style] = name;
  }
  // Before pdfkit's first font: its constructor reads glyph 0's width, which would decode the whole loca table.
  for (const name of new Set(Object.values(fonts))) shareDecodedTables(parseFont(pdfmake.virtualfs.readFileSync(name)) as unknown as FontkitFont);
  pdfmake.setFonts({ [FONT_FAMILY]: fonts as Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> });
  pdfmake.setUrlAccessPolicy(() => false);
  // Fonts and images reach pdfkit from memory (virtual file system, data URLs): it never opens a file.
  pdfmake.setLocalAccessPolicy(() => false);
  return {
    async createDocument(definition) {
      return (await pdfmake.createPdf(definition, { bufferPages: true }).getStream()) as unknown as PdfkitDocument;
    },
  };
}

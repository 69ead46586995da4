/** The PDF preview: pdf.js (loaded on first use) draws one page of the selected file on a canvas. */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { SITE_ASSETS } from './siteAssets.js';

let pdfjs: Promise<typeof import('pdfjs-dist')> | undefined;

function library(): Promise<typeof import('pdfjs-dist')> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    // One pdf.js worker for every preview: by default each document would start (and load) a worker of its own.
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL(`./${SITE_ASSETS.pdfWorker}`, document.baseURI), { type: 'module' });
    return lib;
  });
  return pdfjs;
}

export class Preview {
  private doc: PDFDocumentProxy | undefined;
  private page = 1;
  private drawing = Promise.resolve();
  private showing = Promise.resolve();

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly onPage: (page: number, pages: number) => void,
  ) {}

  /**
   * Shows `bytes` (a copy: pdf.js takes its buffer), keeping the page number where it can. One at a time: the
   * documents share pdf.js's one worker, and opening a document while the one before is being destroyed fails
   * ("PDFWorker.fromPort - the worker is being destroyed").
   */
  show(bytes: Uint8Array | undefined): Promise<void> {
    const shown = this.showing.then(() => this.replace(bytes));
    // A failure is the caller's to report; the next document still gets its turn.
    this.showing = shown.catch(() => undefined);
    return shown;
  }

  private async replace(bytes: Uint8Array | undefined): Promise<void> {
    const old = this.doc;
    this.doc = undefined;
    if (!bytes) {
      this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.onPage(0, 0);
    } else {
      const lib = await library();
      // Glyphs drawn as paths: a PDF's fonts added to document.fonts (and removed with it) make the browser lay out
      // the whole page again, every form of the editor, two or three times per refresh.
      this.doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
      this.page = Math.min(this.page, this.doc.numPages);
      await this.draw();
    }
    await old?.destroy();
  }

  turn(delta: number): void {
    if (!this.doc) return;
    const page = Math.max(1, Math.min(this.doc.numPages, this.page + delta));
    if (page === this.page) return;
    this.page = page;
    void this.draw();
  }

  private draw(): Promise<void> {
    this.drawing = this.drawing.then(async () => {
      const doc = this.doc;
      if (!doc) return;
      const page = await doc.getPage(this.page);
      const width = (this.canvas.parentElement?.clientWidth || 800) - 20;
      const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      this.canvas.width = Math.floor(viewport.width);
      this.canvas.height = Math.floor(viewport.height);
      this.canvas.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
      await page.render({ canvasContext: this.canvas.getContext('2d')!, viewport }).promise;
      this.onPage(this.page, doc.numPages);
    });
    return this.drawing;
  }
}

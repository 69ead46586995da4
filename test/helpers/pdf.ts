import { fileURLToPath } from 'node:url';
import { createSyncFn } from 'synckit';

// PDFs are read back with npm libraries (pdf.js, pdf-lib), which are asynchronous; a worker thread (synckit) keeps
// these helpers synchronous. Poppler's own view of the same files is checked under test/external/.
type Command = 'text' | 'pages' | 'fonts' | 'objects';
const worker = createSyncFn(fileURLToPath(new URL('./readPdf.mjs', import.meta.url))) as (command: Command, file: string, page?: number) => string;

/** pdf.js/pdf-lib's answer for `file`, as a string (test/helpers/readPdf.mjs). */
export function read(command: Command, file: string, page?: number): string {
  return worker(command, file, page);
}

/**
 * Text of a PDF in drawing order, one line per baseline, each page ended by a form feed (like `pdftotext -raw`):
 * a table cell's wrapped lines stay together.
 */
export function pdfText(file: string, page?: number): string {
  return read('text', file, page);
}

/** Text with all white space removed, for checking values that may wrap across lines. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfPages(file: string): number {
  return Number(read('pages', file));
}

/** One row per font, as pdffonts reports it: name, emb (font file embedded), sub (subset prefix), uni (ToUnicode map). */
export function pdfFonts(file: string): { name: string; emb: string; sub: string; uni: string }[] {
  return JSON.parse(read('fonts', file));
}

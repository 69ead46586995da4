/**
 * pdfkit's `fs` in the browser bundle: it reads only its own data files, which are built into the bundle.
 * pdfmake gives it fonts and images from memory, so any other path is a defect, said as such.
 */
import helvetica from 'pdfkit/js/data/Helvetica.afm';
import srgb from 'pdfkit/js/data/sRGB_IEC61966_2_1.icc';
import { Buffer } from 'buffer/';

const FILES: Record<string, string | Uint8Array> = { 'Helvetica.afm': helvetica, 'sRGB_IEC61966_2_1.icc': srgb };

function fileOf(path: string): string | Uint8Array {
  const file = FILES[String(path).split('/').pop()!];
  if (file === undefined) throw new Error(`jixiao web: no file ${path} in the page`);
  return file;
}

export function readFileSync(path: string, encoding?: string): string | Buffer {
  const file = fileOf(path);
  if (typeof file === 'string') return encoding ? file : Buffer.from(file, 'latin1');
  return Buffer.from(file);
}

export function existsSync(path: string): boolean {
  return FILES[String(path).split('/').pop()!] !== undefined;
}

export default { readFileSync, existsSync };

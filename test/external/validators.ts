import { execFileSync, spawnSync } from 'node:child_process';
import { pdfJson, type FontRow, type PdfJson } from '../render/pdfaParts.js';

// The same questions as test/helpers/pdf.ts and test/render/pdfaParts.ts, answered by Poppler and qpdf (Debian
// poppler-utils, qpdf): readers written by other people than pdf.js and pdf-lib.

/** `pdftotext -raw`: content-stream order, a table cell's wrapped lines together. */
export function popplerText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

export function popplerInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1] };
}

/** pdffonts rows: name, emb, sub, uni. */
export function popplerFonts(file: string): (FontRow & { sub: string; uni: string })[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0], emb, sub, uni };
  });
}

export function qpdfJson(file: string): PdfJson {
  const out = execFileSync('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return pdfJson(JSON.parse(out).qpdf[1]);
}

/** What `qpdf --check` finds wrong with the file's structure; [] when nothing. */
export function qpdfCheck(file: string): string[] {
  const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return check.status !== 0 || /WARNING/i.test(check.stdout + check.stderr) ? [`qpdf --check: ${check.stdout}${check.stderr}`] : [];
}

import { execFileSync } from 'node:child_process';

/** Text of a PDF in content-stream order (pdftotext -raw keeps a table cell's wrapped lines together). */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Text with all white space removed, for checking values that may wrap across lines. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** pdffonts rows: name, emb, sub, uni. */
export function pdfFonts(file: string): { name: string; emb: string; sub: string; uni: string }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0], emb, sub, uni };
  });
}

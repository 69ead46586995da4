import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DocumentLayout } from '../../src/layout/index.js';
import { linesNode, wrapLines, type TextStyle } from '../../src/layout/measure/text.js';
import { renderDocuments } from '../../src/render/index.js';
import { rng } from '../helpers/random.js';
import { randomText } from '../layout/randomText.js';
import { options } from './sample.js';

// A justified paragraph is broken into lines by the layout stage and each line handed to pdfmake as one run, spread
// between its words when drawn (src/render/justify.ts). Here the same paragraphs are also given to pdfmake whole, to
// justify itself, and every page must draw the same glyphs at the same places, to the last digit written.

interface Paragraph {
  text: string;
  style: TextStyle;
  width: number;
}

function paragraphs(count: number): Paragraph[] {
  const random = rng(11);
  return Array.from({ length: count }, () => {
    const fontSize = [10.5, 12, 14, 16][Math.floor(random() * 4)];
    const style: TextStyle = { fontSize, bold: random() < 0.25, leadingIndent: random() < 0.6 ? fontSize * 2 : 0 };
    return { text: randomText(random, 20 + Math.floor(random() * 260)), style, width: 120 + Math.floor(random() * 340) };
  });
}

/**
 * A paragraph in a column of its own width; `whole` hands pdfmake the text, else the layout's lines. `extra` is
 * more style for the paragraph (an underline, a link), which pdfmake's own code draws.
 */
function node(p: Paragraph, whole: boolean, extra: Record<string, unknown> = {}): unknown {
  const indent = p.style.leadingIndent ? { leadingIndent: p.style.leadingIndent } : {};
  const text = whole ? { text: p.text, ...indent } : linesNode(wrapLines(p.text, p.style, p.width, { words: true }), indent, true);
  const body = { ...text, alignment: 'justify', fontSize: p.style.fontSize, ...(p.style.bold ? { bold: true } : {}), ...extra };
  return { columns: [{ width: p.width, stack: [body] }, { width: '*', text: '' }], margin: [0, 0, 0, 6] };
}

/** The page contents of a PDF, inflated; a text's hex strings joined where nothing is drawn between them. */
function pageContents(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const out: string[] = [];
  for (let at = bytes.indexOf('stream\n'); at >= 0; at = bytes.indexOf('stream\n', at + 1)) {
    const end = bytes.indexOf('\nendstream', at);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(at + 7, end)).toString('latin1');
    } catch {
      continue;
    }
    if (content.includes(' TJ')) out.push(content.replace(/> </g, ''));
  }
  return out;
}

async function render(whole: boolean, ps: Paragraph[], extra?: Record<string, unknown>): Promise<string[]> {
  const doc = { kind: 'narrative', title: 't', fileName: 't', orientation: 'portrait', content: ps.map((p) => node(p, whole, extra)) } as unknown as DocumentLayout;
  const [, alone] = await renderDocuments([doc], 't', 't', options());
  return pageContents(alone.bytes);
}

describe('justified lines spread when drawn', () => {
  it('draws every glyph where pdfmake justifying the paragraph itself draws it', async () => {
    const ps = paragraphs(120);
    const ours = await render(false, ps);
    const theirs = await render(true, ps);
    expect(ours.length).toBeGreaterThan(3);
    expect(ours.length).toBe(theirs.length);
    for (let i = 0; i < ours.length; i++) expect(ours[i], `page ${i + 1}`).toBe(theirs[i]);
  }, 60_000);

  it('underlines a justified line as pdfmake does, word by word', async () => {
    // pdfmake's decorator is given the words (spreadLine): its underline spans them and the gaps it spread.
    const ps = paragraphs(12);
    const ours = await render(false, ps, { decoration: 'underline' });
    const theirs = await render(true, ps, { decoration: 'underline' });
    expect(ours.join('\n')).toMatch(/ re\nf/);
    expect(ours).toEqual(theirs);
  }, 60_000);

  it('would see a line spread differently', async () => {
    // The same comparison, one paragraph a little narrower for our lines than for pdfmake's: its lines differ.
    const [p] = paragraphs(1);
    const ours = await render(false, [{ ...p, width: p.width - 30 }]);
    const theirs = await render(true, [p]);
    expect(ours).not.toEqual(theirs);
  }, 60_000);
});

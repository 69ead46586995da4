import { describe, expect, it } from 'vitest';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { loadEngine } from '../../src/render/engine.js';
import { isLineLeaf, measureLineLeaf, pdfmakeMeasureLeaf, type DocMeasureLike, type Leaf } from '../../src/render/fastMeasure.js';
import { renderDocuments } from '../../src/render/index.js';
import { exampleData } from '../helpers/example.js';
import { stressData } from '../layout/stress.js';
import { docs as sampleDocs, options } from './sample.js';

// The render stage measures the lines the layout broke itself (measureLineLeaf) instead of through pdfmake's
// measureLeaf. Here every text node of real report sets is measured both ways, at the moment pdfmake measures it (same
// style stack), and the answers must be the same to the last bit: a line measured differently would be placed,
// sized or wrapped differently.

type Measured = Pick<Leaf, '_inlines' | '_minWidth' | '_maxWidth'>;

function layoutOf(data: unknown): DocumentLayout[] {
  return layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles: loadStyles() });
}

/**
 * What a measure gives, with the font named instead of shared (the same object either way). A justified line's
 * inline also carries the line's words for the renderer (src/render/justify.ts), which pdfmake's measure knows
 * nothing of: that is compared apart.
 */
function answer(node: Measured): unknown {
  return {
    minWidth: node._minWidth,
    maxWidth: node._maxWidth,
    inlines: node._inlines?.map(({ justifiedWords: _, ...i }) => ({ ...i, font: (i.font as { name?: string } | undefined)?.name })),
  };
}

/** Renders `docs` with each line leaf measured both ways; returns the leaves seen and those measured differently. */
async function compareWhileRendering(docs: DocumentLayout[]): Promise<{ lines: number; justified: number; others: number; differ: unknown[] }> {
  await loadEngine();
  const { parts } = await import('../../src/render/pdfmakeParts.js');
  const proto = parts.DocMeasure as unknown as { prototype: DocMeasureLike };
  const pdfmakes = pdfmakeMeasureLeaf(proto);
  expect(pdfmakes, 'the render stage replaced pdfmake measureLeaf').toBeTypeOf('function');
  const installed = proto.prototype.measureLeaf;
  const seen = { lines: 0, justified: 0, others: 0, differ: [] as unknown[] };
  proto.prototype.measureLeaf = function (this: DocMeasureLike, node: Leaf): Leaf {
    if (!isLineLeaf(node)) {
      seen.others++;
      return installed.call(this, node);
    }
    seen.lines++;
    if (node.justifiedWords) seen.justified++;
    const depth = this.styleStack.styleOverrides.length;
    const theirs = pdfmakes!.call(this, { ...node });
    const ours = measureLineLeaf(this, node as Leaf & { text: string });
    expect(this.styleStack.styleOverrides.length).toBe(depth);
    expect(ours._inlines![0].justifiedWords).toBe(node.justifiedWords);
    if (JSON.stringify(answer(theirs)) !== JSON.stringify(answer(ours))) seen.differ.push({ text: node.text, theirs: answer(theirs), ours: answer(ours) });
    return ours;
  };
  try {
    await renderDocuments(docs, '合订本', '合订本', options());
  } finally {
    proto.prototype.measureLeaf = installed;
  }
  return seen;
}

describe('line leaves measured without pdfmake text breaking', () => {
  it('measures every line of the example as pdfmake does', async () => {
    const seen = await compareWhileRendering(layoutOf(exampleData()));
    expect(seen.differ).toEqual([]);
    expect(seen.lines).toBeGreaterThan(500);
    // The report's justified paragraphs come as lines too.
    expect(seen.justified).toBeGreaterThan(40);
    // And so does every other text (signature lines, the closing, 续表): pdfmake breaks none of the set's words.
    expect(seen.others).toBe(0);
  }, 60_000);

  it('measures every line of the stress input (long tables, cut rows, indents) as pdfmake does', async () => {
    const seen = await compareWhileRendering(layoutOf(stressData()));
    expect(seen.differ).toEqual([]);
    expect(seen.lines).toBeGreaterThan(500);
    expect(seen.others).toBe(0);
  }, 120_000);

  it('leaves justified and plain text to pdfmake', async () => {
    const seen = await compareWhileRendering(sampleDocs());
    expect(seen.others).toBeGreaterThan(0);
  }, 60_000);

  it('would see a line measured differently', async () => {
    // A line with a trailing space: its trimmed width is its width less the space's. A measure that ignored the
    // cuts would differ here, and the comparison above must be able to tell.
    await loadEngine();
    const { parts } = await import('../../src/render/pdfmakeParts.js');
    const proto = parts.DocMeasure as unknown as { prototype: DocMeasureLike };
    const node = { text: '绩效 ', noWrap: true };
    const doc = [{ kind: 'narrative', title: 't', fileName: 't', orientation: 'portrait', content: [node] }] as unknown as DocumentLayout[];
    const installed = proto.prototype.measureLeaf;
    let measured: Measured | undefined;
    proto.prototype.measureLeaf = function (this: DocMeasureLike, n: Leaf): Leaf {
      measured = pdfmakeMeasureLeaf(proto)!.call(this, { ...n });
      return installed.call(this, n);
    };
    try {
      await renderDocuments(doc, 't', 't', options());
    } finally {
      proto.prototype.measureLeaf = installed;
    }
    expect(measured!._minWidth).toBeLessThan(measured!._inlines![0].width as number);
  }, 60_000);
});

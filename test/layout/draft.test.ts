import { describe, expect, it } from 'vitest';
import { composeReport, prepareReport, renderReport } from '../../src/pipeline.js';
import { exampleInput } from '../helpers/example.js';
import { readPages } from './pdfText.js';

describe('--draft', () => {
  it('puts the 草稿 mark on every page of every file, and no mark without it', async () => {
    const prepared = prepareReport(exampleInput());
    const planned = composeReport(prepared).docs.map((d) => d.pages);
    for (const draft of [true, false]) {
      const rendered = await renderReport(prepared, { draft });
      // The renderer breaks pages only where the layout did.
      expect(rendered.slice(1).map((r) => r.pages)).toEqual(planned);
      for (const doc of rendered) {
        const pages = await readPages(doc.bytes);
        expect(pages.length).toBe(doc.pages);
        // The example never says 草稿 itself: the only 草稿 on a page is the mark.
        const marked = pages.map((p) => p.items.filter((i) => i.str === '草稿').length);
        expect(marked, `${doc.layout.fileName} draft=${draft}`).toEqual(pages.map(() => (draft ? 1 : 0)));
      }
    }
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it, vi } from 'vitest';
import { fontFiles } from '../../src/node/resources.js';
import { loadEngine } from '../../src/render/engine.js';

describe('the render engine', () => {
  it("shares fontkit's decoded tables from its set-up on, before pdfkit parses its first font: no loca table is decoded", async () => {
    await loadEngine();
    const font = fontkit.create(readFileSync(fontFiles().bold)) as unknown as { loca: { offsets: number[] }; _decodeTable(t: { tag: string }): unknown };
    const decode = vi.spyOn(Object.getPrototypeOf(font) as typeof font, '_decodeTable');
    expect(font.loca.offsets[1]).toBeGreaterThan(0);
    expect(decode.mock.calls.map(([t]) => t.tag)).not.toContain('loca');
    decode.mockRestore();
  });
});

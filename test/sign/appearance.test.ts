import { describe, expect, it } from 'vitest';
import { Appearance } from '../../src/sign/appearance.js';

/** Draws an appearance, keeping the objects it adds (dictionary text and stream) by number. */
function draw(lines: string[], width = 120, height = 40) {
  const objects: { dict: string; stream?: Buffer }[] = [];
  const result = new Appearance(lines).draw((dict, stream) => objects.push({ dict, stream }) + 99, width, height);
  return { ...result, objects };
}

describe('signature appearance', () => {
  it('shows each line once, with an embedded Type0 font and a ToUnicode map of its characters', () => {
    const { content, resources, objects } = draw(['数字签名', '张三', '2026年12月1日']);
    expect(content.toString().match(/> Tj/g)).toHaveLength(3);
    expect(resources).toMatch(/\/Font << \/F1 \d+ 0 R >>/);
    expect(objects.map((o) => /\/Subtype \/(\w+)/.exec(o.dict)?.[1]).filter(Boolean)).toEqual(['CIDFontType2', 'Type0']);
    expect(objects.some((o) => /\/FontFile2 \d+ 0 R/.test(o.dict))).toBe(true);
    const toUnicode = objects.find((o) => o.stream?.toString().includes('beginbfchar'))!.stream!.toString();
    for (const ch of '数字签名张三年月日2016') expect(toUnicode).toContain(`<${Buffer.from(ch, 'utf16le').swap16().toString('hex')}>`);
  });

  it('fits the text to a small widget', () => {
    const { content } = draw(['数字签名', '张三', '2026年12月1日'], 90, 30);
    const size = Number(/\/F1 ([\d.]+) Tf/.exec(content.toString())![1]);
    expect(size).toBeLessThanOrEqual((30 * 0.8) / 3.75 + 0.01);
    expect(size).toBeGreaterThan(4);
  });

  it('shows "?" for a character the font lacks (PDF/A forbids .notdef), never glyph 0', () => {
    const { content, objects } = draw(['王\u4DAE']);
    const toUnicode = objects.find((o) => o.stream?.toString().includes('beginbfchar'))!.stream!.toString();
    expect(toUnicode).toContain('<003f>');
    expect(toUnicode).not.toContain('<4dae>');
    expect(content.toString()).not.toMatch(/<(0000)+>/);
  });
});

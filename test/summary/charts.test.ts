import { describe, expect, it } from 'vitest';
import { binChart, binOf, histogram } from '../../src/summary/charts.js';
import { summaryWording } from '../../src/summary/wording.js';

describe('binOf', () => {
  const bins = summaryWording().charts.rate.bins!;
  it('puts a rate in the first bin it is below, exactly 100% in its own bin, and more than 100% in the last', () => {
    expect(['59.999', '60', '79.99', '99.999', '100', '100.01'].map((v) => bins[binOf(v, bins)].label)).toEqual(['<60%', '60–80%', '60–80%', '90–100%', '100%', '>100%']);
  });

  it('counts values per bin', () => {
    expect(histogram(['10', '65', '70', '100', '120'], bins)).toEqual([1, 2, 0, 0, 1, 1]);
  });
});

describe('binChart', () => {
  it('draws bars as SVG paths with text in the embedded font', () => {
    const w = summaryWording().charts.score;
    const svg = binChart(w, w.bins!.map((b) => b.label), [1, 4, 2, 0], { width: 320, height: 200 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(4);
    expect(svg).toContain('NotoSansSC');
    expect(svg).toContain(w.title);
  });

  it('gives the same SVG for the same data', () => {
    const w = summaryWording().charts.score;
    const draw = () => binChart(w, ['a', 'b'], [1, 2], { width: 200, height: 120 });
    expect(draw()).toBe(draw());
  });
});

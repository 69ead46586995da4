// Money in running text: zero as a person writes it, and the input's display setting over the template's.
import { describe, expect, it } from 'vitest';
import { composeNarrative } from '../../src/compose/narrative.js';
import { formatProseMoney } from '../../src/compose/format.js';
import { D } from '../../src/derive/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { standards } from '../../src/model/standards.js';
import { exampleData } from '../helpers/example.js';

const narrativeOf = (data: unknown) => {
  const input = parseReportInput(data);
  return composeNarrative(input)
    .map((b) => b.text)
    .join('\n');
};

describe('money in the narrative', () => {
  it('formats by the setting: two decimals or short, and zero as "0" or "0.00"', () => {
    expect(formatProseMoney(D('22.5'), 'twoDecimals', '0')).toBe('22.50');
    expect(formatProseMoney(D('22.5'), 'short', '0')).toBe('22.5');
    expect(formatProseMoney(D('18'), 'short', '0')).toBe('18');
    expect(formatProseMoney(D('0.004'), 'twoDecimals', '0')).toBe('0');
    expect(formatProseMoney(D('0'), 'twoDecimals', '0.00')).toBe('0.00');
    expect(formatProseMoney(undefined, 'short', '0')).toBe('');
  });

  it('writes a zero amount "0 万元" by the template default, and two decimals elsewhere', () => {
    expect(standards().proseZero).toBe('0');
    const text = narrativeOf(exampleData());
    expect(text).toContain('因公出国（境）费 0 万元');
    expect(text).not.toMatch(/0\.00 ?万元/);
    expect(text).toContain('项目支出 22.50 万元');
  });

  it('the input’s display setting overrides the template: "22.5 万元" as published, or "0.00"', () => {
    const data = exampleData();
    data.display = { ...data.display, proseMoney: 'short', proseZero: '0.00' };
    const text = narrativeOf(data);
    expect(text).toContain('项目支出 22.5 万元');
    expect(text).toContain('因公出国（境）费 0.00 万元');
  });

  it('refuses a setting it does not know, naming the field', () => {
    const data = exampleData();
    data.display = { proseMoney: 'three' };
    try {
      parseReportInput(data);
      expect.unreachable();
    } catch (e) {
      const findings = (e as { findings: { path: string; message: string }[] }).findings;
      expect(findings.map((f) => f.path)).toEqual(['display.proseMoney']);
    }
  });
});

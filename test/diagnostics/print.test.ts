import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/diagnostics/print.js';

describe('formatFinding', () => {
  it('prints the input text it quotes without its control characters', () => {
    const text = formatFinding({ id: 'E_X', level: 'error', path: 'unit.name', where: '单位名称\u202e', message: '单位名称“\u001b[2J\u001b[31m坏\u001b[0m”不对\n第二行', actual: '\u001b]0;标题\u0007值', hint: '改\u2066正' });
    expect(text).not.toMatch(/[\u001b\u202e\u2066\u0007]/);
    expect(text).toContain('单位名称“坏”不对\n  第二行');
    expect(text).toContain('实际：值');
  });

  it('says the figures as 应为 and 实际, and only 实际 where nothing says what belongs there', () => {
    const both = formatFinding({ id: 'E_X', level: 'error', path: 'a', where: 'A', message: 'm', expected: '100', actual: '90' });
    expect(both).toContain('应为：100；实际：90');
    const alone = formatFinding({ id: 'E_X', level: 'error', path: 'a', where: 'A', message: 'm', actual: '"abc"' });
    expect(alone).toContain('  实际："abc"');
    expect(alone).not.toContain('应为');
  });
});

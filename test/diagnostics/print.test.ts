import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/diagnostics/print.js';

describe('formatFinding', () => {
  it('prints the input text it quotes without its control characters', () => {
    const text = formatFinding({ id: 'E_X', level: 'error', path: 'unit.name', where: '单位名称\u202e', message: '单位名称“\u001b[2J\u001b[31m坏\u001b[0m”不对\n第二行', actual: '\u001b]0;标题\u0007值', hint: '改\u2066正' });
    expect(text).not.toMatch(/[\u001b\u202e\u2066\u0007]/);
    expect(text).toContain('单位名称“坏”不对\n  第二行');
    expect(text).toContain('实际：值');
  });
});

import { describe, expect, it } from 'vitest';
import { gateBuild } from '../../src/check/gate.js';
import { UserError, type Finding } from '../../src/diagnostics/finding.js';

const finding = (id: string, level: Finding['level']): Finding => ({ id, level, path: 'x', where: 'x', message: 'x' });

describe('gateBuild', () => {
  it('lets a clean report through silently', () => {
    expect(gateBuild([], {})).toBeUndefined();
  });
  it('goes on with warnings and says so', () => {
    expect(gateBuild([finding('W_UNIT_NAME', 'warning')], {})).toContain('仅有警告');
  });
  it('stops on errors unless forced, and a forced build says it was forced', () => {
    const errors = [finding('E_CONTROL_RATE', 'error')];
    expect(() => gateBuild(errors, {})).toThrow(UserError);
    expect(gateBuild(errors, { force: true })).toContain('--force');
  });
  it('stops on a missing glyph even when forced; as a warning it goes on', () => {
    expect(() => gateBuild([finding('E_MISSING_GLYPH', 'error')], { force: true })).toThrow('字体缺字');
    expect(gateBuild([finding('E_MISSING_GLYPH', 'warning')], {})).toContain('仅有警告');
  });
});

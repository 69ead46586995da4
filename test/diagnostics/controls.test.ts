import { describe, expect, it } from 'vitest';
import { stripControls } from '../../src/diagnostics/controls.js';

describe('stripControls', () => {
  it('removes escape sequences whole, control and bidirectional characters, and keeps newlines only when asked', () => {
    expect(stripControls('a\u001b[1;31mb\u001b[0mc')).toBe('abc');
    expect(stripControls('a\u001b]8;;http://x\u001b\\b')).toBe('ab');
    expect(stripControls('a\u001bcb')).toBe('ab');
    expect(stripControls('a\u009b2Jb')).toBe('ab');
    expect(stripControls('甲\u202e乙\u2066丙\u200f丁\u0000戊\u007f')).toBe('甲乙丙丁戊');
    expect(stripControls('一\n二\t三')).toBe('一二三');
    expect(stripControls('一\n二\t三', { keepNewlines: true })).toBe('一\n二三');
  });
});

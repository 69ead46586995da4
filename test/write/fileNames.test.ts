import { describe, expect, it } from 'vitest';
import { sanitizeFileName, uniqueNames } from '../../src/write/fileNames.js';

describe('sanitizeFileName', () => {
  it('keeps a readable Chinese name', () => {
    expect(sanitizeFileName('衡阳市投资促进事务中心-2022年度-附件2-部门整体支出绩效评价基础数据表')).toBe('衡阳市投资促进事务中心-2022年度-附件2-部门整体支出绩效评价基础数据表');
  });
  it('removes path separators, traversal, control and reserved characters', () => {
    const name = sanitizeFileName('../../etc/passwd\u0000a:b*c?"d<e>f|g\\h\n');
    expect(name).not.toMatch(/[\/\\:*?"<>|\u0000-\u001f]/);
    expect(name).not.toContain('..');
    expect(sanitizeFileName('..')).toBe('未命名');
    expect(sanitizeFileName('CON')).toBe('_CON');
  });
  it('bounds the length in bytes without cutting a character, keeping both ends', () => {
    const name = sanitizeFileName(`${'单'.repeat(300)}-2022年度-附件2-部门整体支出绩效评价基础数据表`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(180);
    expect(name.startsWith('单单单')).toBe(true);
    expect(name.endsWith('附件2-部门整体支出绩效评价基础数据表')).toBe(true);
    expect(name).toContain('…');
  });
  it('makes duplicate names unique', () => {
    expect(uniqueNames(["a", "b", "a"], ".pdf")).toEqual(["a.pdf", "b.pdf", "a（2）.pdf"]);
  });
  it('treats names that differ only in case as the same (Windows and macOS folders do)', () => {
    expect(uniqueNames(['Report', 'report', 'REPORT', 'other'], '.pdf')).toEqual(['Report.pdf', 'report（2）.pdf', 'REPORT（3）.pdf', 'other.pdf']);
  });
  it('strips trailing dots and spaces, which Windows drops silently, and leading dots, which hide a file', () => {
    expect(sanitizeFileName('项目甲. . ')).toBe('项目甲');
    expect(sanitizeFileName('项目乙...')).toBe('项目乙');
    expect(sanitizeFileName(' .hidden')).toBe('hidden');
    expect(sanitizeFileName('a .b')).toBe('a .b');
  });
  it('removes terminal escape sequences and bidirectional controls', () => {
    expect(sanitizeFileName('单位\u001b[31m红\u001b[0m')).toBe('单位红');
    expect(sanitizeFileName('单位\u001b]0;title\u0007名')).toBe('单位名');
    expect(sanitizeFileName('报告\u202Efdp.exe')).toBe('报告fdp.exe');
    for (const c of ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u0085', '\u009b']) {
      expect(sanitizeFileName(`甲${c}乙`)).toBe('甲乙');
    }
  });
});

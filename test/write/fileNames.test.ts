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
});

// A text input's bytes as text, as the command line and the web page read them (src/load/text.ts).
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/text.js';

const YAML = 'unit:\n  name: 衡阳市投资促进事务中心\n';
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};

describe('decodeText', () => {
  it('reads UTF-8, its BOM kept for the parsers', () => {
    expect(decodeText('a.yaml', Buffer.from(YAML))).toBe(YAML);
    expect(decodeText('a.yaml', Buffer.from(`\uFEFF${YAML}`))).toBe(`\uFEFF${YAML}`);
  });

  it('reads UTF-16 with its byte order mark, as Notepad saves “Unicode”', () => {
    expect(decodeText('a.yaml', utf16(YAML, 'le'))).toBe(YAML);
    expect(decodeText('a.yaml', utf16(YAML, 'be'))).toBe(YAML);
  });

  it('refuses GBK by name rather than guess it, and UTF-16 cut in the middle of a character', () => {
    // 衡阳 in GBK.
    const gbk = Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xba, 0xe2, 0xd1, 0xf4, 0x0a]);
    expect(() => decodeText('数据.yaml', gbk)).toThrow('文件不是 UTF-8 编码，请另存为 UTF-8：数据.yaml');
    expect(() => decodeText('a.yaml', utf16(YAML, 'le').subarray(0, 7))).toThrow('文件不是 UTF-8 编码');
  });

  it('names a binary file given a text file’s name for what it is', () => {
    expect(() => decodeText('data/a.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toThrow(/扩展名却是“\.json”/);
    expect(() => decodeText('a', Buffer.from('%PDF-1.7'))).toThrow(/PDF|pdf/);
  });
});

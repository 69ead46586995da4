import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError, type Finding } from '../diagnostics/finding.js';

/** Position of a byte offset in a text, 1-based, for syntax messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function excerpt(text: string, line: number, column: number): string {
  const src = text.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 30);
  return `${src.slice(start, column + 30)}\n${' '.repeat(Math.min(column - 1, 30))}^`;
}

function syntaxError(file: string, text: string, offset: number, what: string): UserError {
  const { line, column } = lineColumn(text, offset);
  const finding: Finding = {
    id: 'E_SYNTAX',
    level: 'error',
    path: `${file}:${line}:${column}`,
    where: `${file} 第 ${line} 行第 ${column} 列`,
    message: `文件格式错误：${what}\n${excerpt(text, line, column)}`,
    hint: '请检查该位置附近的括号、引号和逗号',
  };
  return new UserError(`无法读取 ${file}`, [finding]);
}

/** Reads an input file into plain data. The format follows the file's extension. */
export async function loadInput(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `找不到输入文件：${file}` : `无法读取输入文件 ${file}（${code}）`, [], 1);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '') return parseJson(file, text);
  throw new UserError(`不支持的输入文件类型“${ext}”：请使用 .json 文件`, [], 2);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    throw syntaxError(file, text, pos ? Number(pos[1]) : text.length, msg.replace(/ in JSON at position \d+.*$/, ''));
  }
}

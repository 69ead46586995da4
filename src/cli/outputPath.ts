import { stat } from 'node:fs/promises';
import { EXIT, UserError } from '../diagnostics/finding.js';

async function kind(path: string): Promise<'file' | 'folder' | 'none'> {
  const st = await stat(path).catch(() => undefined);
  return st === undefined ? 'none' : st.isDirectory() ? 'folder' : 'file';
}

/** `-o` of build: a folder, new or existing. An empty name or an existing file is a usage mistake (exit 2). */
export async function checkOutFolder(out: string): Promise<void> {
  if (out.trim() === '') throw new UserError('用法错误：-o 后面应为输出文件夹的路径，不能为空（例如 -o out）', [], EXIT.usage);
  if ((await kind(out)) === 'file') throw new UserError(`用法错误：-o 应为输出文件夹，而 ${out} 是一个已有的文件\n请给出一个文件夹（不存在时会自动创建），例如 -o out`, [], EXIT.usage);
}

/** `-o` of schema, init, convert: a file. An empty name or an existing folder is a usage mistake (exit 2). */
export async function checkOutFile(out: string): Promise<void> {
  if (out.trim() === '') throw new UserError('用法错误：输出文件的路径不能为空', [], EXIT.usage);
  if ((await kind(out)) === 'folder') throw new UserError(`用法错误：${out} 是一个文件夹，这里应给出输出文件的路径（例如 ${out}/jixiao-input.schema.json）`, [], EXIT.usage);
}

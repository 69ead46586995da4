import { stat } from 'node:fs/promises';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.paths;

async function kind(path: string): Promise<'file' | 'folder' | 'none'> {
  const st = await stat(path).catch(() => undefined);
  return st === undefined ? 'none' : st.isDirectory() ? 'folder' : 'file';
}

/** `-o` of build: a folder, new or existing. An empty name or an existing file is a usage mistake (exit 2). */
export async function checkOutFolder(out: string): Promise<void> {
  if (out.trim() === '') throw new UserError(M.emptyOutFolder, [], EXIT.usage);
  if ((await kind(out)) === 'file') throw new UserError(M.outFolderIsFile(out), [], EXIT.usage);
}

/** `-o` of schema, init, convert: a file. An empty name or an existing folder is a usage mistake (exit 2). */
export async function checkOutFile(out: string): Promise<void> {
  if (out.trim() === '') throw new UserError(M.emptyOutFile, [], EXIT.usage);
  if ((await kind(out)) === 'folder') throw new UserError(M.outFileIsFolder(out), [], EXIT.usage);
}

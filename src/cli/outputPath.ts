import { stat } from 'node:fs/promises';
import { join } from 'node:path';
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

/**
 * The output file of schema, init (`-o`) and convert (its second argument). An empty name or an existing folder is a
 * usage mistake (exit 2); `example`, a file name the command would write, shows what a file path there looks like.
 */
export async function checkOutFile(out: string, example: string): Promise<void> {
  if (out.trim() === '') throw new UserError(M.emptyOutFile, [], EXIT.usage);
  if ((await kind(out)) === 'folder') throw new UserError(M.outFileIsFolder(out, join(out, example)), [], EXIT.usage);
}

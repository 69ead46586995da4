import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { BATCH_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

/** The input formats the load stage reads. */
const INPUT_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.xlsx']);

/** Excel's lock files (~$name.xlsx) and hidden files are never inputs. */
function isInputName(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && INPUT_EXTENSIONS.has(extname(name).toLowerCase());
}

/**
 * The input files named on the command line: a file stands for itself, a folder for the input files directly in
 * it (sorted by name, so a batch always runs in the same order). Missing paths are the user's problem.
 */
export async function collectInputs(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const st = await stat(arg).catch(() => undefined);
    if (!st) throw new UserError(BATCH_MESSAGES.notFound(arg));
    if (st.isDirectory()) {
      const entries = await readdir(arg, { withFileTypes: true });
      const names = mapList(entries.filter((e) => e.isFile() && isInputName(e.name)), (e) => e.name).sort();
      if (!names.length) throw new UserError(BATCH_MESSAGES.emptyFolder(arg));
      files.push(...mapList(names, (n) => join(arg, n)));
    } else files.push(arg);
  }
  return [...new Set(files)];
}

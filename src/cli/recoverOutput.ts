import { statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Sets right an output folder whose last write was cut short, before the command does anything else with it: a
 * kill -9 or a power loss leaves the stopped process no moment to do it itself, and a build that then stops (on its
 * check, its input, its key file) would otherwise leave the folder without a complete set until a build succeeds.
 * `tree`: the folder's sub-folders are outputs too (a batch's units, build --keep-versions' versions). What was
 * done is said on stderr, so that --json keeps stdout to its JSON.
 */
export async function recoverOutput(dir: string, tree = false): Promise<void> {
  const [{ recoverFolder, recoverFolderTree }, { WRITE_MESSAGES }] = await Promise.all([import('../write/recover.js'), import('../write/messages.js')]);
  const done = tree ? await recoverFolderTree(dir) : await recoverFolder(dir);
  for (const r of done) process.stderr.write(`${WRITE_MESSAGES.recovered(r.folder, r.outcome)}\n`);
}

/** The folder of sign's target: the target itself, or the folder of a PDF in it. */
export function folderOf(target: string): string {
  return statSync(target, { throwIfNoEntry: false })?.isDirectory() ? target : dirname(target);
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

export interface OutputFile {
  name: string;
  bytes: Buffer;
}

function inside(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep)) throw new Error(`拒绝写到输出文件夹以外：${name}`);
  return target;
}

/**
 * Writes every file under a temporary name first and renames them into place only when all are written,
 * so a failed or interrupted build leaves what was already in `dir` exactly as it was.
 */
export async function writeAllAtomically(dir: string, files: OutputFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: [string, string][] = [];
  const cleanup = () => Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const f of files) {
      const target = inside(dir, f.name);
      const tmp = join(dir, `.${tag}.${staged.length}.tmp`);
      staged.push([tmp, target]);
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(f.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const [tmp, target] of staged) await rename(tmp, target);
    return staged.map(([, target]) => target);
  } catch (e) {
    await cleanup();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
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

async function existingKind(path: string): Promise<'none' | 'file' | 'other'> {
  return stat(path).then(
    (st) => (st.isFile() ? 'file' : 'other'),
    () => 'none' as const,
  );
}

/** Refuses before anything moves when a target is taken by a folder or another non-file. */
async function preflight(staged: Staged[]): Promise<void> {
  for (const s of staged) {
    if ((await existingKind(s.target)) === 'other') throw new Error(`输出位置已有同名的文件夹或特殊文件，无法写入：${s.target}`);
  }
}

interface Staged {
  tmp: string;
  target: string;
  backup: string;
  hadOld: boolean;
  placed: boolean;
}

/**
 * Writes every file under a temporary name first, then swaps them in, keeping the old files aside until all
 * are in place. A build that fails or is interrupted before that leaves `dir` exactly as it was.
 */
export async function writeAllAtomically(dir: string, files: OutputFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const tag = `.jixiao-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: Staged[] = files.map((f, i) => ({ tmp: join(dir, `${tag}.${i}.tmp`), target: inside(dir, f.name), backup: join(dir, `${tag}.${i}.old`), hadOld: false, placed: false }));
  const cleanup = () => Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await preflight(staged);
    for (const [i, s] of staged.entries()) await writeDurably(s.tmp, files[i].bytes);
    await swapIn(staged);
    await Promise.all(staged.filter((s) => s.hadOld).map((s) => rm(s.backup, { force: true })));
    return staged.map((s) => s.target);
  } catch (e) {
    await rollBack(staged);
    await cleanup();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function swapIn(staged: Staged[]): Promise<void> {
  for (const s of staged) {
    if ((await existingKind(s.target)) === 'file') {
      await rename(s.target, s.backup);
      s.hadOld = true;
    }
    await rename(s.tmp, s.target);
    s.placed = true;
  }
}

/** Puts every old file back where a later step of the swap failed. */
async function rollBack(staged: Staged[]): Promise<void> {
  for (const s of [...staged].reverse()) {
    if (s.placed) await rm(s.target, { force: true });
    if (s.hadOld) await rename(s.backup, s.target);
  }
}

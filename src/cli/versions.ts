import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Labels } from '../compose/labels.js';

/**
 * `build --keep-versions`: each build goes into the next numbered sub-folder (第1版, 第2版 …) of the output folder,
 * so that the published set and its correction are both kept. Returns that folder and the one before it, if any.
 */
export async function nextVersionFolder(out: string): Promise<{ dir: string; folder: string; predecessor?: string }> {
  const labels = Labels.load();
  const name = (n: number) => labels.text('versions.folder', { n });
  const existing = new Set(await readdir(out).catch(() => [] as string[]));
  let n = 1;
  while (existing.has(name(n))) n++;
  return { dir: join(out, name(n)), folder: name(n), ...(n > 1 && { predecessor: name(n - 1) }) };
}

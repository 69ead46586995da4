import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { writeReport } from '../../../src/write/index.js';
import { tempDir } from '../../helpers/tmp.js';
import { bundleDriver } from './bundleDriver.js';
import { reportSet } from './reportSets.js';

/** The replacing process of test/write/support/replaceDriver.ts, bundled once per test file. */
export const crashDriver = (): Promise<string> => bundleDriver('replaceDriver.ts');

export const hiddenNames = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('.')).sort();

/**
 * `dir` (a fresh folder when not given) holding set `from`, then a process replacing it by set `to` that stops as
 * kill -9 would after `crashAfter` renames. `stopped` is false when the replacement has fewer renames and so went
 * through: the caller has then tried every crash point.
 */
export async function crashedFolder(driver: string, from: number, to: number, crashAfter: number, dir = tempDir('jixiao-crashed-')): Promise<{ dir: string; stopped: boolean }> {
  const set = reportSet(from);
  await writeReport(dir, set.pdfs, 'input.json', set.input);
  const env = { ...process.env, JIXIAO_TEST_CRASH_AFTER: String(crashAfter) };
  const child = spawn(process.execPath, [driver, dir, String(to)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`the driver ended with ${signal ?? code}: ${stderr}`);
  return { dir, stopped: signal === 'SIGKILL' };
}

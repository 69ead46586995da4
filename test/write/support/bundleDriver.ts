import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { tempDir } from '../../helpers/tmp.js';

/** Bundles a driver script of this folder into one file that a plain `node` child process can run. */
export async function bundleDriver(name: string): Promise<string> {
  const outfile = join(tempDir('jixiao-driver-'), 'driver.mjs');
  const entry = fileURLToPath(new URL(`./${name}`, import.meta.url));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent' });
  return outfile;
}

// bench/warm.ts bundled as the CLI is (the same plugins and banner: precompiled templates, node:crypto's MD5, the
// packages loaded on first use …), so that it measures what a batch worker runs. Shared with the test that keeps it
// running (test/scripts/benchWarm.test.ts): the bench is no test, and a broken row would go unseen until it is run.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BANNER, NODE_PLUGINS } from '../scripts/bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleWarm(outfile) {
  await build({ absWorkingDir: ROOT, entryPoints: ['bench/warm.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', plugins: NODE_PLUGINS, banner: { js: BANNER }, outfile, logLevel: 'warning' });
}

// Bundles the CLI into dist/jixiao.mjs so that start-up reads one file instead of hundreds of TypeScript modules,
// and the batch worker into dist/batch-worker.mjs (worker threads load it by file name, next to the CLI).
// Runs at install time (postinstall) and before `npm start`; dependencies stay in node_modules.
// Tests import `bundle(outdir)` to bundle the current source into a folder of their own.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

export async function bundle(outdir = resolve(ROOT, 'dist')) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { jixiao: 'src/cli/run.ts', 'batch-worker': 'src/batch/worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();

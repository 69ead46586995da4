// Bundles the CLI into dist/jixiao.mjs so that start-up reads one file instead of hundreds of TypeScript modules.
// Runs at install time (postinstall) and before `npm start`; dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: 'dist/jixiao.mjs',
  logLevel: 'warning',
  legalComments: 'none',
});

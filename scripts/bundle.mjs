// Bundles the CLI into dist/jixiao.mjs so that start-up reads one file instead of hundreds of TypeScript modules,
// and the batch worker into dist/batch-worker.mjs (worker threads load it by file name, next to the CLI).
// Runs at install time (postinstall) and before `npm start`; dependencies stay in node_modules.
// Tests import `bundle(outdir)` to bundle the current source into a folder of their own.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/**
 * exceljs takes 0.3–0.6 s to load and only the workbook commands use it, but src/workbook imports it at the top, so
 * every command would pay for it. In the bundle its default import becomes a stand-in that loads exceljs on first
 * use (a CommonJS package, so synchronously). Nothing changes for code that uses it; start-up of the rest does.
 */
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (args) => (args.namespace === 'lazy' ? undefined : { path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let loaded;
const load = () => (loaded ??= require(${JSON.stringify(args.path)}));
export default new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });`,
      loader: 'js',
    }));
  },
};

export async function bundle(outdir = resolve(ROOT, 'dist')) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { jixiao: 'src/cli/run.ts', 'batch-worker': 'src/batch/worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Pure-JavaScript packages used on every start (zod, yaml, handlebars, commander, …) go into the bundle: Node
    // then reads and resolves one file instead of a few hundred. pdfmake and its relatives stay outside: they read
    // data files next to their code and are loaded only when something is rendered; piscina starts workers from
    // its own files.
    external: ['pdfmake', 'pdfmake/*', 'pdfkit', 'fontkit', 'piscina'],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);" },
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [lazyPackages],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();

// Bundles the CLI into dist/jixiao.mjs so that start-up reads a few files instead of hundreds of modules, and the
// batch worker into dist/batch-worker.mjs (worker threads load it by file name, next to the CLI). Code both use, and
// pdfmake (loaded only when something is rendered), go into shared chunks beside them.
// Runs at install time (postinstall) and before `npm start`; the packages stay installed in node_modules too.
// Tests import `bundle(outdir)` to bundle the current source into a folder of their own.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/**
 * Packages some code imports at the top but few commands use, loaded from node_modules on first use instead:
 * - exceljs takes 0.3–0.6 s to load and only the workbook commands use it (src/workbook imports it at the top);
 * - @noble/ciphers/aes builds its tables when loaded, for pdfkit's encryption, which jixiao never uses.
 * Both are CommonJS, so a synchronous require() on first property access serves ES and CommonJS importers alike.
 */
const LAZY = { exceljs: 'esm', '@noble/ciphers/aes': 'cjs' };
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy' ? undefined : { path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const proxy = `new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() })`;
      const load = `let loaded;\nconst load = () => (loaded ??= __jixiaoLoad(${JSON.stringify(args.path)}));`;
      return { contents: LAZY[args.path] === 'esm' ? `${load}\nexport default ${proxy};` : `${load}\nmodule.exports = ${proxy};`, loader: 'js' };
    });
  },
};

/**
 * pdfkit and png-js compress and decode through Node's zlib. Every stream jixiao writes must come from one deflate
 * implementation (src/render/deflate.ts, the same in a browser), so the bundle gives them that module instead.
 */
const oneDeflate = {
  name: 'one-deflate',
  setup(b) {
    // Only the libraries' imports: jixiao's own Node adapters (the site server's gzip) keep Node's zlib.
    b.onResolve({ filter: /^(node:)?zlib$/ }, (args) => (/node_modules/.test(args.importer) ? { path: resolve(ROOT, 'src/render/zlibShim.ts') } : undefined));
  },
};

/**
 * zod re-exports all of its ~60 message locales (`z.locales`), which jixiao never uses (its messages are its own,
 * in Chinese): half of zod's code, compiled by every command that reads an input. The bundle keeps English, which
 * zod sets up by default.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-locales', pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: resolve(args.pluginData, '..', 'locales'),
      loader: 'js',
    }));
  },
};

/**
 * At the top of every output file: require() for bundled CommonJS code, a loader for the lazy packages, and the
 * __dirname pdfkit reads its data files from (the sRGB profile of the PDF/A OutputIntent).
 */
const BANNER = [
  "import { createRequire as __jixiaoRequire } from 'node:module';",
  "import { dirname as __jixiaoDirname } from 'node:path';",
  'const require = __jixiaoRequire(import.meta.url);',
  'const __jixiaoLoad = (name) => require(name);',
  "const __dirname = __jixiaoDirname(require.resolve('pdfkit'));",
].join(' ');

/**
 * Every YAML file under templates/ parsed now, by the SHA-256 of its text (src/compose/yamlCache.ts reads it beside
 * the bundle): a cold start then reads JSON instead of warming the YAML parser. Only values JSON keeps exactly.
 */
export function templateCache(dir = resolve(ROOT, 'templates')) {
  const table = {};
  for (const name of readdirSync(dir, { recursive: true }).filter((n) => /\.ya?ml$/.test(n))) {
    const text = readFileSync(resolve(dir, name), 'utf8');
    const value = parse(text);
    const json = JSON.stringify(value);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) table[createHash('sha256').update(text).digest('hex')] = json;
  }
  return table;
}

export async function bundle(outdir = resolve(ROOT, 'dist')) {
  // Chunk names carry a hash: clear the folder so that no stale chunk stays behind (the web site, dist/web, stays).
  for (const entry of await readdir(outdir).catch(() => [])) if (entry !== 'web') await rm(resolve(outdir, entry), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { jixiao: 'src/cli/run.ts', 'batch-worker': 'src/batch/workerEntry.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // piscina starts its workers from its own files.
    external: ['piscina'],
    banner: { js: BANNER },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
    legalComments: 'none',
    // Chinese text as UTF-8, not \uXXXX escapes: half the bytes for every message and label a command loads.
    charset: 'utf8',
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [lazyPackages, oneDeflate, zodEnglishOnly],
  });
  writeFileSync(resolve(outdir, 'template-cache.json'), JSON.stringify(templateCache()));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();

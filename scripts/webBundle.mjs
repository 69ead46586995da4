// How the browser side is bundled (esbuild, platform browser), shared by `npm run build:web` (scripts/build-web.mjs)
// and the test that keeps the core free of Node (test/web/coreBundle.test.ts).
// jixiao's own code (src/) may import no Node built-in at all: the bundle fails naming the file. Packages it uses
// (pdfkit, fontkit, png-js) import a few; each gets a named browser module below or the package's own "browser"
// map; any other fails the bundle.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneCopy } from './oneCopy.mjs';

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/** Node built-ins that third-party packages import, and what they get in the browser. */
const SUBSTITUTES = {
  // pdfkit's deflate: the same module the CLI bundle gives it (src/render/deflate.ts), so both write the same bytes.
  zlib: resolve(ROOT, 'src/render/zlibShim.ts'),
  // pdfkit's data files (the PDF/A colour profile, Helvetica's metrics), built into the bundle.
  fs: resolve(ROOT, 'src/web/fsShim.ts'),
  stream: 'readable-stream',
  events: 'events/',
  buffer: 'buffer/',
  process: 'process/browser.js',
  string_decoder: 'string_decoder/',
  util: resolve(ROOT, 'src/web/utilShim.ts'),
};

const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails on any Node built-in imported from src/; maps those packages import to the modules above. */
export const noNode = {
  name: 'no-node',
  setup(b) {
    // png-js's "browser" map names browserify-zlib: it gets the one deflate too.
    b.onResolve({ filter: /^browserify-zlib$/ }, () => ({ path: SUBSTITUTES.zlib }));
    b.onResolve({ filter: /^pdfmake$/ }, () => ({ path: resolve(ROOT, 'node_modules/pdfmake/js/index.js') }));
    b.onResolve({ filter: /^[a-z_:/]+$/ }, async (args) => {
      const name = args.path.replace(/\/$/, '');
      if (!BUILTIN.has(name) || args.pluginData === 'substitute') return undefined;
      if (args.importer.startsWith(resolve(ROOT, 'src')) && !args.importer.startsWith(resolve(ROOT, 'src/web'))) {
        return { errors: [{ text: `${args.importer.slice(ROOT.length + 1)} imports the Node built-in "${args.path}": the core must run in a browser (use src/resources.ts, or move it to an adapter)` }] };
      }
      const substitute = SUBSTITUTES[name.replace(/^node:/, '')];
      // Otherwise the package's own "browser" map decides (js-md5 maps crypto to nothing); without one, esbuild
      // cannot resolve a built-in for the browser and the bundle fails.
      if (!substitute) return undefined;
      if (substitute.startsWith('/')) return { path: substitute };
      return b.resolve(substitute, { kind: args.kind, resolveDir: ROOT, pluginData: 'substitute' });
    });
  },
};

/** esbuild options for browser entries: ES modules, chunks loaded on demand, nothing from Node. */
export function webOptions(entryPoints, outdir) {
  return {
    absWorkingDir: ROOT,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'main'],
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    inject: [resolve(ROOT, 'src/web/globals.ts')],
    define: { __dirname: '"/pdfkit"', 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.afm': 'text', '.icc': 'binary' },
    plugins: [noNode, oneCopy],
  };
}

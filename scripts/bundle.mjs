// Bundles the CLI into dist/jixiao.mjs so that start-up reads a few files instead of hundreds of modules, and the
// batch worker into dist/batch-worker.mjs (worker threads load it by file name, next to the CLI). Code both use, and
// pdfmake (loaded only when something is rendered), go into shared chunks beside them.
// Runs at install time (postinstall) and before `npm start`; the packages stay installed in node_modules too.
// Tests import `bundle(outdir)` to bundle the current source into a folder of their own.
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { templateSources } from './build-web.mjs';
import { oneCopy } from './oneCopy.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/**
 * Packages some code imports at the top but few commands use, loaded from node_modules on first use instead:
 * - exceljs takes 0.3–0.6 s to load and only the workbook commands use it (src/workbook imports it at the top);
 * - @noble/ciphers/aes builds its tables when loaded, for pdfkit's encryption, which jixiao never uses;
 * - brotli/decompress.js decodes its 120 KB dictionary when loaded (~45 ms of every process that renders, each batch
 *   worker's too), for fontkit's WOFF2 fonts, which jixiao never reads;
 * - node:fs/promises loads readline and the file watchers with it (~5 ms), for modules that every command loads
 *   (the CLI registers build, sign, …) but only the commands that write or sign call.
 * All are CommonJS, so a synchronous require() on first use serves ES and CommonJS importers alike: on first property
 * access, or for a package that is one function ('function'), on its first call. Named ES imports of a CommonJS module
 * copy its properties when it loads, so node:fs/promises ('functions') is an ES module of its own instead: each of its
 * functions, loading the module when first called.
 */
const LAZY = { exceljs: 'esm', '@noble/ciphers/aes': 'cjs', 'node:child_process': 'cjs', 'brotli/decompress.js': 'function', 'node:fs/promises': 'functions' };
/**
 * Lazy only for these importers: commander loads child_process (and with it net, dgram and the stream internals) when
 * loaded, for subcommands that are programs of their own, which jixiao has none of. Its require() reads properties
 * on use; an ES import of jixiao's own would copy them when loaded, so the lazy module is commander's alone.
 */
const LAZY_FOR = { 'node:child_process': /[\\/]node_modules[\\/]commander[\\/]/ };
/**
 * Exports a lazy package serves from one of its own files, so that using them loads that file and what it needs
 * alone; any other export loads the whole package. jixiao uses only exceljs's Workbook at run time: the package's
 * entry also loads its streaming reader and writer (unzipper, archiver), ~0.2 s of CPU in every command that
 * writes or reads a workbook, the batch's summaries among them, for nothing.
 */
const LAZY_PARTS = { exceljs: { Workbook: 'exceljs/lib/doc/workbook.js' } };
/**
 * Parts also bundled into a script of their own beside the bundle, with what they need, and run from it with a V8
 * code cache (src/node/partScript.ts): loading exceljs's Workbook from node_modules resolves, reads and compiles
 * some 200 files, ~100 ms of CPU in every command that reads or writes a workbook (a check of the example as a
 * workbook took 0.30 s, 0.21 s from the script). Of NODE_PLUGINS only oneDeflate: the workbooks' entries are
 * deflated by the one deflate of every stream (their jszip's pako is src/render/pakoShim.ts); the rest is the package
 * as it is.
 */
export const PART_SCRIPTS = { 'exceljs/lib/doc/workbook.js': 'exceljs-workbook.cjs' };
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy' || (LAZY_FOR[args.path] && !LAZY_FOR[args.path].test(args.importer)) ? undefined : { path: args.path, namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => {
      const parts = LAZY_PARTS[args.path] ?? {};
      const scripts = Object.fromEntries(Object.values(parts).flatMap((file) => (PART_SCRIPTS[file] ? [[file, PART_SCRIPTS[file]]] : [])));
      const fromScript = Object.keys(scripts).length
        ? `import { loadPart } from ${JSON.stringify(resolve(ROOT, 'src/node/partScript.ts'))};\nconst scripts = ${JSON.stringify(scripts)};\n`
        : '';
      const loadOne = fromScript ? `(file) => (scripts[file] ? loadPart(file, new URL(scripts[file], import.meta.url)) : __jixiaoLoad(file))` : '__jixiaoLoad';
      const part = Object.keys(parts).length ? `${fromScript}const parts = ${JSON.stringify(parts)};\nconst loadFile = ${loadOne};\nconst loadedParts = {};\n` : '';
      const get = part ? `(_, key) => (Object.hasOwn(parts, key) ? (loadedParts[key] ??= loadFile(parts[key])) : load()[key])` : `(_, key) => load()[key]`;
      const proxy = `new Proxy({}, { get: ${get}, has: (_, key) => key in load() })`;
      const load = `${part}let loaded;\nconst load = () => (loaded ??= __jixiaoLoad(${JSON.stringify(args.path)}));`;
      if (LAZY[args.path] === 'functions') {
        // A name the module lacks, or one that is no function (fs/promises' constants), fails the bundle, not a run.
        const names = Object.entries(await import(args.path)).filter(([name, value]) => name !== 'default' && typeof value === 'function');
        const wrappers = names.map(([name]) => `export function ${name}(...args) {\n  return load().${name}(...args);\n}`);
        return { contents: `${load}\n${wrappers.join('\n')}\nexport default ${proxy};`, loader: 'js' };
      }
      // A function, not a proxy: fontkit calls the package itself.
      const exported = LAZY[args.path] === 'function' ? 'function (...args) { return load().apply(this, args); }' : proxy;
      return { contents: LAZY[args.path] === 'esm' ? `${load}\nexport default ${proxy};` : `${load}\nmodule.exports = ${exported};`, resolveDir: ROOT, loader: 'js' };
    });
  },
};

/**
 * pdfkit and png-js compress and decode through Node's zlib, jszip through pako. Every stream jixiao writes must come
 * from one deflate implementation (src/render/deflate.ts, the same in a browser), so the bundle gives them that
 * module instead.
 */
const oneDeflate = {
  name: 'one-deflate',
  setup(b) {
    // fflate's build for Node differs from its browser build only in its asynchronous API, which runs in worker
    // threads and loads worker_threads when fflate is loaded; jixiao calls the synchronous API alone.
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: resolve(ROOT, 'node_modules/fflate/esm/browser.js') }));
    // Only the libraries' imports: jixiao's own Node adapters (the site server's gzip) keep Node's zlib.
    b.onResolve({ filter: /^(node:)?zlib$/ }, (args) => (/node_modules/.test(args.importer) ? { path: resolve(ROOT, 'src/render/zlibShim.ts') } : undefined));
    // jszip deflates through pako: exceljs's, which writes every workbook (its own script, PART_SCRIPTS), and the one
    // that re-packs the batch's summary workbook. (The web page's exceljs is prebuilt with its own jszip and pako.)
    b.onResolve({ filter: /^pako$/ }, (args) => (/[\\/]jszip[\\/]lib[\\/]flate\.js$/.test(args.importer) ? { path: resolve(ROOT, 'src/render/pakoShim.ts') } : undefined));
  },
};

/**
 * pdfkit and png-js inflate only to read a PNG image with an alpha channel (a scanned signature, a seal), but fflate
 * builds its Huffman tables when loaded (~5 ms of every cold build, ~11 ms in a profile). Imported by
 * src/render/zlibShim.ts, fflate starts on the first inflate instead (onFirstUse, below). jixiao's other importers of
 * fflate keep it as it is: the workbook reader registers fflate's classes, whose static members a wrapper lacks.
 */
const inflateOnFirstUse = onFirstUse('inflate-on-first-use', /^fflate$/, /src[\\/]render[\\/]zlibShim\.ts$/);

/**
 * fontkit, unicode-properties and linebreak inflate their Unicode tables when loaded; the bundle gives them tables
 * inflated on first lookup (src/render/lazyTrie.ts), so a build whose text needs none skips ~40 ms of start-up.
 */
const lazyTries = {
  name: 'lazy-tries',
  setup(b) {
    b.onResolve({ filter: /^unicode-trie$/ }, (args) => (/node_modules/.test(args.importer) ? { path: resolve(ROOT, 'src/render/lazyTrie.ts') } : undefined));
  },
};

/**
 * The PDF file ID hashes every byte written with js-md5, which the web page needs; in Node the same MD5 comes from
 * node:crypto (src/node/md5.ts), ~40 ms less per cold build. Only that import: pdfkit keeps its own.
 */
const nodeMd5 = {
  name: 'node-md5',
  setup(b) {
    b.onResolve({ filter: /^js-md5$/ }, (args) => (/src[\\/]render[\\/]pdfObjects\.ts$/.test(args.importer) ? { path: resolve(ROOT, 'src/node/md5.ts') } : undefined));
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
 * Every shipped template compiled now (src/compose/precompiled.ts): a run compiles only a template whose text is not
 * the shipped one (a --templates folder's edit). Options as src/compose/handlebars.ts's COMPILE_OPTIONS.
 */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /src[\\/]compose[\\/]precompiled\.ts$/ }, async () => {
      const entries = (await templateSources()).map((s) => `[${JSON.stringify(s)}, ${Handlebars.precompile(s, { strict: true, noEscape: true })}]`);
      return { contents: `export const PRECOMPILED = new Map([\n${entries.join(',\n')}\n]);\n`, loader: 'js' };
    });
  },
};

/**
 * At the top of every output file: require() for bundled CommonJS code, a loader for the lazy packages, and the
 * __dirname pdfkit reads its data files from (the sRGB profile of the PDF/A OutputIntent).
 */
export const BANNER = [
  "import { createRequire as __jixiaoRequire } from 'node:module';",
  "import { dirname as __jixiaoDirname } from 'node:path';",
  'const require = __jixiaoRequire(import.meta.url);',
  'const __jixiaoLoad = (name) => require(name);',
  "const __dirname = __jixiaoDirname(require.resolve('pdfkit'));",
].join(' ');

/**
 * Every YAML file under templates/ parsed now, by its text (src/node/yamlCache.ts reads it beside the bundle): a
 * cold start then reads JSON instead of warming the YAML parser. Only values JSON keeps exactly.
 */
export function templateCache(dir = resolve(ROOT, 'templates')) {
  const table = {};
  for (const name of readdirSync(dir, { recursive: true }).filter((n) => /\.ya?ml$/.test(n))) {
    const text = readFileSync(resolve(dir, name), 'utf8');
    const value = parse(text);
    const json = JSON.stringify(value);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) table[text] = json;
  }
  return table;
}

/**
 * The table as src/node/yamlCache.ts reads it: one line per template, the JSON array [text, value as JSON], each
 * line led by a newline. Only the line of a text looked up is parsed.
 */
export function templateCacheLines(table) {
  return Object.entries(table)
    .map((entry) => `\n${JSON.stringify(entry)}`)
    .join('');
}

/**
 * Every shipped profile validated now, as src/node/profileStore.ts reads it beside the bundle (one file for each
 * profile folder): a command then skips building and running the profile schemas unless the files differ. The
 * validating code is the source's, bundled for the moment beside the output (the package root is found from there),
 * and run on the package's own templates.
 */
async function profileStore(outdir) {
  const file = resolve(outdir, 'profile-store-build.mjs');
  await build({ ...COMMON, entryPoints: ['src/node/profileStoreBuild.ts'], format: 'esm', banner: { js: BANNER }, outfile: file });
  const templates = process.env.JIXIAO_TEMPLATES;
  delete process.env.JIXIAO_TEMPLATES;
  try {
    const { buildProfileStore, storeFiles } = await import(`${pathToFileURL(file).href}?${Date.now()}`);
    const folder = resolve(outdir, 'profile-store');
    mkdirSync(folder);
    for (const [name, store] of storeFiles(buildProfileStore())) writeFileSync(resolve(folder, name), JSON.stringify(store));
  } finally {
    if (templates !== undefined) process.env.JIXIAO_TEMPLATES = templates;
    await rm(file, { force: true });
  }
}

/** How jixiao's code is bundled for Node: also the benchmark's warm build (bench/run.mjs) uses these. */
export const NODE_PLUGINS = [lazyPackages, inflateOnFirstUse, oneDeflate, lazyTries, oneCopy, nodeMd5, zodEnglishOnly, precompiledTemplates];

/** What both forms of the CLI bundle share (a test also builds with them). */
export const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // piscina starts its workers from its own files.
  external: ['piscina'],
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: NODE_PLUGINS,
};

/**
 * The CLI again as one CommonJS script, for the commands whose start-up is mostly V8 compiling the bundle (build,
 * check): bin/codeCache.cjs runs it with a V8 code cache, which ES modules cannot have on Node 20. Modules still
 * start on first import (esbuild defers each imported module's top level), so a command runs no more code than
 * from the chunks; the banner stands in for the ES banner's names, import.meta.url included.
 */
export const SCRIPT = 'jixiao.cjs';
const SCRIPT_BANNER_LINES = [
  "var __jixiaoUrl = require('node:url').pathToFileURL(__filename).href;",
  'var __jixiaoLoad = (name) => require(name);',
  "var __dirname = require('node:path').dirname(require.resolve('pdfkit'));",
];
const SCRIPT_BANNER = SCRIPT_BANNER_LINES.join(' ');
/** pdfkit's __dirname is for pdfkit, which the check script leaves out: a check does not look for it in node_modules. */
const CHECK_BANNER = SCRIPT_BANNER_LINES.slice(0, 2).join(' ');

/**
 * Packages the script leaves in node_modules, required where they are used: build and check never use them (signing
 * and the batch summaries), yet bundled they are ~1.8 MB of the script that every build and check reads first.
 */
const SCRIPT_EXTERNAL = ['echarts', 'echarts/*', 'zrender', 'pkijs', 'asn1js', 'node-forge', '@signpdf/*'];

/**
 * The batch worker as one CommonJS script (dist/batch-worker.cjs): bin/batchWorker.cjs runs it in each worker thread
 * with a V8 code cache, for each worker compiles the whole render stage again before its first unit otherwise.
 */
export const WORKER_SCRIPT = 'batch-worker.cjs';

/**
 * The script for check alone (dist/jixiao-check.cjs): bin/jixiao.cjs runs it for `check` of one input file and for
 * nothing else, so what only the other commands load when they run (the render stage, pdfmake, fontkit, signing,
 * diff, the batch) is left out, and the script every check reads is a third of the size. Each of those imports
 * becomes a module that fails when loaded, saying so: in this script no command line reaches one.
 */
export const CHECK_SCRIPT = 'jixiao-check.cjs';
const OTHER_COMMANDS = /src[\\/]cli[\\/](build|convert|diff|init|nextYear|profiles|schema|serve|sign|verify|versions)\.ts$/;
const checkAlone = {
  name: 'check-alone',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      // check's own batch runs from the chunks: a folder or several files are never run from a script.
      const batch = /src[\\/]cli[\\/]check\.ts$/.test(args.importer) && /[\\/]batch[\\/]/.test(args.path);
      return OTHER_COMMANDS.test(args.importer) || batch ? { path: args.path, namespace: 'not-in-check-script' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'not-in-check-script' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in ${CHECK_SCRIPT}, which runs check of one input file only`)});`,
      loader: 'js',
    }));
  },
};

/**
 * Packages bundled but started on first use. Each function a package exports becomes one that starts the package,
 * then calls it (a class is constructed through it); its default export reads the started package's properties. A
 * named value that is no function (yaml's CST namespace) is not exported: an import of one fails the bundle. Only the
 * imports of `importers`, when given, go through the wrapper.
 */
function onFirstUse(name, packages, importers) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: packages }, (args) => (args.namespace === name || (importers && !importers.test(args.importer)) ? undefined : { path: args.path, namespace: name }));
      b.onLoad({ filter: /.*/, namespace: name }, async (args) => {
        const names = Object.entries(await import(args.path)).filter(([key, value]) => key !== 'default' && typeof value === 'function');
        const wrappers = names.map(([key]) => `export function ${key}(...args) {\n  const f = load().${key};\n  return new.target ? new f(...args) : f(...args);\n}`);
        // esbuild bundles the require() below, as the module it was, run when first required.
        const load = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));`;
        const proxy = `new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() })`;
        return { contents: `${load}\n${wrappers.join('\n')}\nexport default ${proxy};\n`, resolveDir: ROOT, loader: 'js' };
      });
    },
  };
}

/**
 * In the check script the yaml and handlebars packages (a quarter of the script) start on first use: a check of a
 * JSON input with the shipped templates (read from template-cache.jsonl) parses no YAML and renders no template, and
 * skips starting them.
 */
const checkOnFirstUse = onFirstUse('on-first-use', /^(yaml|handlebars)$/);

export async function bundle(outdir = resolve(ROOT, 'dist')) {
  // Chunk names carry a hash: clear the folder so that no stale chunk stays behind (the web site, dist/web, stays).
  for (const entry of await readdir(outdir).catch(() => [])) if (entry !== 'web') await rm(resolve(outdir, entry), { recursive: true, force: true });
  await build({
    ...COMMON,
    entryPoints: { jixiao: 'src/cli/run.ts', 'batch-worker': 'src/batch/workerEntry.ts' },
    splitting: true,
    format: 'esm',
    banner: { js: BANNER },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    // Chinese text as UTF-8, not \uXXXX escapes: half the bytes for every message and label a command loads. (The
    // CommonJS script below stays ASCII: V8 reads a one-byte script faster, and it is read through the code cache.)
    charset: 'utf8',
  });
  // The scripts' names are minified too: ~30% fewer bytes for every build and check to read, and a smaller code cache
  // (a cold build 0.98× the time). Their stack traces, shown with --debug only, name minified functions; the chunks,
  // which every other command runs, keep the names.
  for (const [name, plugins, entry, banner = SCRIPT_BANNER] of [
    [SCRIPT, NODE_PLUGINS, 'src/cli/run.ts'],
    [CHECK_SCRIPT, [checkAlone, checkOnFirstUse, ...NODE_PLUGINS], 'src/cli/run.ts', CHECK_BANNER],
    [WORKER_SCRIPT, NODE_PLUGINS, 'src/batch/workerEntry.ts'],
  ]) {
    await build({
      ...COMMON,
      entryPoints: [entry],
      format: 'cjs',
      external: [...COMMON.external, ...SCRIPT_EXTERNAL],
      define: { 'import.meta.url': '__jixiaoUrl' },
      banner: { js: banner },
      plugins,
      minifyIdentifiers: true,
      outfile: resolve(outdir, name),
    });
    const script = resolve(outdir, name);
    if (banner === CHECK_BANNER && readFileSync(script, 'utf8').includes('__dirname')) throw new Error(`${name} uses __dirname, which its banner does not set to pdfkit's folder`);
    asciiOnly(script);
  }
  for (const [file, name] of Object.entries(PART_SCRIPTS)) {
    // Names kept: exceljs tells a merged cell's value by its class's name.
    await build({ absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning', minifyWhitespace: true, minifySyntax: true, plugins: [oneDeflate], entryPoints: [file], outfile: resolve(outdir, name) });
    asciiOnly(resolve(outdir, name));
  }
  writeFileSync(resolve(outdir, 'template-cache.jsonl'), templateCacheLines(templateCache()));
  await profileStore(outdir);
  await prerenderHelp(outdir);
}

/**
 * esbuild leaves non-ASCII characters in regular expressions; escaped, a script is ASCII, which Node reads ~30 ms
 * faster (bin/codeCache.cjs) and V8 keeps in half the memory. Each UTF-16 unit as \uXXXX means the same in a string,
 * a regular expression (with or without the u flag) and an identifier.
 */
function asciiOnly(script) {
  writeFileSync(script, readFileSync(script, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The command lines whose help bin/jixiao.cjs writes from dist/help.cjs (src/cli/prerenderedHelp.ts). */
export const HELP_ARGS = ['--help', '-h', 'help'];

/**
 * The CLI's help for HELP_ARGS, printed by the chunks just bundled into a pipe (so at commander's width for output
 * that is not a terminal), bundled with the code that writes it. A command line whose help cannot be had is left out
 * and runs the CLI as any other.
 */
async function prerenderHelp(outdir) {
  const help = {};
  for (const arg of HELP_ARGS) {
    const r = spawnSync(process.execPath, [resolve(outdir, 'jixiao.mjs'), arg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status === 0 && r.stderr === '' && r.stdout !== '') help[arg] = r.stdout;
  }
  await build({
    ...COMMON,
    entryPoints: ['src/cli/prerenderedHelp.ts'],
    format: 'cjs',
    define: { JIXIAO_HELP: JSON.stringify(help) },
    outfile: resolve(outdir, 'help.cjs'),
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();

// `npm run build:web`: the static site in dist/web/ (or the folder given), working from any static web server or
// `jixiao serve`, with no server code: index.html, its script and style, the build worker, the PDF viewer's worker,
// the fonts, the templates (with a listing, since a static server lists no folders) and the example.
// Handlebars templates are compiled here, so that the page needs no eval (it runs under a strict CSP).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { ROOT, webOptions } from './webBundle.mjs';

const COMPILE_OPTIONS = { strict: true, noEscape: true }; // as src/compose/handlebars.ts

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/** Every template text the core may compile: narrative.hbs whole, and each string with a {{ in the YAML files. */
export async function templateSources(templates = resolve(ROOT, 'templates')) {
  const sources = new Set();
  const walk = (v) => {
    if (typeof v === 'string' && v.includes('{{')) sources.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const file of await filesUnder(templates)) {
    if (file.endsWith('.hbs')) sources.add(await readFile(file, 'utf8'));
    else if (/\.ya?ml$/.test(file)) walk(parse(await readFile(file, 'utf8')));
  }
  return [...sources];
}

/** The module src/web/precompiled.ts stands for: each source's template spec, as code (never eval'd text). */
async function precompiledModule(templates) {
  const entries = (await templateSources(templates)).map((s) => `${JSON.stringify(s)}: ${Handlebars.precompile(s, COMPILE_OPTIONS)}`);
  return `export const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}

/**
 * Copies `from` into the site as `<dir>/<name>.<hash>.<ext>`: a name that changes with the content, so servers may let
 * browsers keep it for good (src/web/siteAssets.ts). Returns its path in the site.
 */
async function fingerprinted(outdir, from, dir) {
  const bytes = await readFile(resolve(ROOT, from));
  const ext = extname(from);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const path = `${dir ? `${dir}/` : ''}${basename(from, ext)}.${hash}${ext}`;
  await mkdir(dirname(join(outdir, path)), { recursive: true });
  await writeFile(join(outdir, path), bytes);
  return path;
}

/** Text, scripts and fonts, stored compressed beside themselves (.br, .gz) for servers that send such files as they are. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|yaml|hbs|ttf)$/;

async function precompress(outdir) {
  for (const file of await filesUnder(outdir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = await readFile(file);
    if (bytes.length < 1024) continue;
    // Brotli's best setting takes ~40 s per font; setting 5 gives most of its gain at gzip's speed.
    const quality = bytes.length > 256 * 1024 ? 5 : 11;
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

export async function buildWeb(outdir = resolve(ROOT, 'dist/web')) {
  const templates = resolve(ROOT, 'templates');
  await rm(outdir, { recursive: true, force: true });
  const precompiled = await precompiledModule(templates);
  const font = async (file) => ({ path: await fingerprinted(outdir, `fonts/${file}`, 'fonts'), name: file });
  const assets = {
    fonts: { normal: await font('NotoSansSC-Regular.ttf'), bold: await font('NotoSansSC-Bold.ttf') },
    coverage: await fingerprinted(outdir, 'fonts/coverage.json', 'fonts'),
    pdfWorker: await fingerprinted(outdir, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs', ''),
  };
  const options = webOptions({ main: 'src/web/main.ts', worker: 'src/web/worker.ts' }, outdir);
  const result = await build({
    ...options,
    define: { ...options.define, __SITE_ASSETS__: JSON.stringify(assets) },
    plugins: [
      ...options.plugins,
      {
        name: 'precompiled-templates',
        setup(b) {
          b.onLoad({ filter: /src[\\/]web[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: 'js' }));
        },
      },
    ],
  });
  const copy = async (from, to) => {
    await mkdir(dirname(join(outdir, to)), { recursive: true });
    await copyFile(resolve(ROOT, from), join(outdir, to));
  };
  await copy('src/web/index.html', 'index.html');
  // The page's own @font-face rules name the fonts as they are in fonts/: here they get the site's names.
  let css = await readFile(resolve(ROOT, 'src/web/style.css'), 'utf8');
  for (const f of Object.values(assets.fonts)) css = css.replaceAll(`fonts/${f.name}`, f.path);
  await writeFile(join(outdir, 'style.css'), css);
  const files = (await filesUnder(templates)).map((f) => relative(templates, f).split('\\').join('/')).filter((f) => !f.endsWith('.md')).sort();
  for (const f of files) await copy(`templates/${f}`, `templates/${f}`);
  await writeFile(join(outdir, 'templates/index.json'), `${JSON.stringify({ files }, null, 2)}\n`);
  // The example in the text pane's language (YAML); the same data as the CLI's example, so the same PDFs.
  await writeFile(join(outdir, 'example.yaml'), stringify(JSON.parse(await readFile(resolve(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8'))));
  await precompress(outdir);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`dist/web built in ${Date.now() - started} ms\n`);
}

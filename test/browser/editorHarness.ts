/**
 * A small page for the editor alone, until the site is there: the editor bundled for the browser, served on
 * 127.0.0.1, driven by playwright-core in Debian's Chromium. Node built-ins that the parsers still reach (reading
 * templates/ for field descriptions) are given from memory, so the page makes no other request.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadProfile } from '../../src/node/profiles.js';
import type { Profile } from '../../src/forms/definition.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every text file of templates/, by its path inside that folder. */
function templateFiles(): Record<string, string> {
  const dir = join(ROOT, 'templates');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|hbs)$/.test(f));
  return Object.fromEntries(files.map((f) => [f.split(sep).join('/'), readFileSync(join(dir, f), 'utf8')]));
}

const NODE_STUBS: Record<string, string> = {
  fs: `const files = __FILES__;
export function readFileSync(p) { const k = String(p).replace(/^.*\\/templates\\//, ''); if (k in files) return files[k]; throw new Error('not in page: ' + p); }
export function existsSync() { return true; }
export default { readFileSync, existsSync };`,
  path: `export function join(...p) { return p.join('/').replace(/\\/+/g, '/'); }
export function dirname(p) { return p.replace(/\\/[^/]*$/, '') || '/'; }
export default { join, dirname };`,
  url: `export function fileURLToPath() { return '/jixiao/src/x.js'; }
export default { fileURLToPath };`,
};

const nodeStubs: Plugin = {
  name: 'node-stubs',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path|url)$/ }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({ contents: NODE_STUBS[args.path].replace('__FILES__', JSON.stringify(templateFiles())), loader: 'js' }));
  },
};

// The site's Content-Security-Policy: no inline script or style, no eval; the editor must work under it.
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>editor</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'">
<link rel="stylesheet" href="page.css"><script type="module" src="editor.js"></script></head>
<body><main id="editor"></main></body></html>`;

const PAGE_CSS = `@font-face { font-family: "Noto Sans SC"; font-weight: 400; src: url(fonts/NotoSansSC-Regular.ttf); }
@font-face { font-family: "Noto Sans SC"; font-weight: 700; src: url(fonts/NotoSansSC-Bold.ttf); }
body { margin: 16px 24px; }
`;

export async function buildEditorPage(dir: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'test/browser/editorPage.ts')],
    outfile: join(dir, 'editor.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    define: { 'process.env': '{}' },
    plugins: [nodeStubs],
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'page.css'), PAGE_CSS);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.ttf': 'font/ttf' };

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/$/, '/index.html').replace(/\.\./g, '');
    try {
      const body = readFileSync(name.startsWith('/fonts/') ? join(ROOT, name) : join(dir, name));
      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

export interface Harness {
  page: Page;
  url: string;
  close(): Promise<void>;
}

/** A built page, a server and a fresh Chromium profile; every request outside the page's own server is refused. */
export async function openHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'editor-page-'));
  await buildEditorPage(dir);
  const { server, url } = await serve(dir);
  const profileDir = mkdtempSync(join(tmpdir(), 'editor-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)));
  await page.goto(url);
  await page.waitForFunction(() => 'jx' in window);
  return {
    page,
    url,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(dir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/** A profile as the page receives it: plain data. */
export function profileData(id: string): Profile {
  return JSON.parse(JSON.stringify(loadProfile(id))) as Profile;
}

/** Mounts the editor in the page with this profile and input; edits are collected in window.jx.changes. */
export async function mount(page: Page, profile: string, input: unknown, findings: unknown[] = []): Promise<void> {
  await page.evaluate(([p, i, f]) => (window as any).jx.mount(p, i, f), [profileData(profile), input, findings] as const);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export const lastChange = (page: Page) => page.evaluate(() => (window as any).jx.changes.at(-1));

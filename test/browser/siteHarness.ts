/**
 * The web page in Debian's chromium (headless, a fresh profile), served from a site built from the current source
 * by the project's own static server on 127.0.0.1. Every request outside the site is blocked and recorded.
 * Chromium asks for no favicon while requests are intercepted: a page's own requests (its icon among them) are
 * seen as a browser makes them with `intercept: false`, where outside requests are recorded but not blocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- a plain .mjs build script without types
import { buildWeb } from '../../scripts/build-web.mjs';
import { serveFolder } from '../../src/node/staticSite.js';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Site {
  url: string;
  page: Page;
  context: BrowserContext;
  /** Requests the page tried to make outside its own folder (all blocked, unless opened with `intercept: false`). */
  blocked: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  problems: string[];
  downloads: string;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

/** The site, built once per test file into a folder of its own. */
function siteFolder(): Promise<string> {
  built ??= (async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jixiao-site-')), 'web');
    await buildWeb(dir);
    return dir;
  })();
  return built;
}

export async function openSite({ intercept = true } = {}): Promise<Site> {
  const root = await siteFolder();
  const { server, url } = await serveFolder(root, 0);
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
  const downloads = mkdtempSync(join(tmpdir(), 'jixiao-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const blocked: string[] = [];
  const problems: string[] = [];
  const inside = (target: string) => target.startsWith(url) || target.startsWith('blob:') || target.startsWith('data:');
  if (intercept) {
    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (inside(target)) return route.continue();
      blocked.push(target);
      return route.abort('blockedbyclient');
    });
  } else context.on('request', (r) => inside(r.url()) || blocked.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker: ${m.text()}`)));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)));
  await page.goto(url);
  return {
    url,
    page,
    context,
    blocked,
    problems,
    downloads,
    async close() {
      await context.close();
      await new Promise((r) => (server as Server).close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has finished a build after `before` builds (body[data-built] counts them). */
export async function builtAfter(page: Page, before: number): Promise<number> {
  await page.waitForFunction((n) => Number(document.body.dataset.built ?? 0) > n, before, { timeout: 60_000 });
  return Number(await page.evaluate(() => document.body.dataset.built ?? 0));
}

export async function builds(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.built ?? 0));
}

/** Waits for a build after `before`, then until no other build has finished for a second; returns the count. */
export async function settled(page: Page, before: number): Promise<number> {
  let n = await builtAfter(page, before);
  for (;;) {
    await page.waitForTimeout(1000);
    const now = await builds(page);
    if (now === n) return n;
    n = now;
  }
}

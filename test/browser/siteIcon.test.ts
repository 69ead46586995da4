/**
 * The page's icon: declared inline, so a browser asks the server for no /favicon.ico, whose 404 it reports as a
 * console error. Seen with requests not intercepted (Chromium asks for no icon while they are).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAfter, openSite, type Site } from './siteHarness.js';

let site: Site;

beforeAll(async () => {
  site = await openSite({ intercept: false });
  await builtAfter(site.page, 0);
  // The icon is asked for once the page has loaded; a missing one shows as an error by now.
  await site.page.waitForTimeout(1000);
});

afterAll(async () => {
  await site?.close();
});

describe('the page icon', () => {
  it('is an inline image that draws', async () => {
    const href = await site.page.$eval('link[rel="icon"]', (l) => (l as HTMLLinkElement).href);
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    const width = await site.page.evaluate(
      (src) => new Promise<number>((resolve, reject) => Object.assign(new Image(), { onload(this: HTMLImageElement) { resolve(this.naturalWidth); }, onerror: reject, src })),
      href,
    );
    expect(width).toBeGreaterThan(0);
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});

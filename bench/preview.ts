// Preview refresh latency of the web page: the built site in headless Chromium, the example loaded, one field of the
// form editor typed into again and again; for each edit, the time from the last keystroke until the preview has drawn
// the rebuilt PDF (#pageNo is rewritten once pdf.js has drawn the page); and what each keystroke costs the page's
// main thread (from the input event until the next task can run, so the editor's redraw is included). Bundled and run by bench/run.mjs with the
// site folder, the Chromium binary and the number of edits; prints one JSON line.
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { serveFolder } from '../src/node/staticSite.js';

const [site, executablePath, editsArg = '5'] = process.argv.slice(2);
const FIELD = '.jx-editor [data-path="contacts.phone"]';
/** No new drawing for this long after an edit: the preview has settled on the last build. */
const QUIET_MS = 1500;

const { server, url } = await serveFolder(site, 0);
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => Number(document.body.dataset.built ?? 0) > 0, undefined, { timeout: 120_000 });
  const before = await page.evaluate(() => Number(document.body.dataset.built ?? 0));
  await page.click('#example');
  await page.waitForFunction((n) => Number(document.body.dataset.built ?? 0) > n, before, { timeout: 120_000 });
  await page.waitForFunction(() => /\d+ \/ \d+/.test(document.getElementById('pageNo')?.textContent ?? ''), undefined, { timeout: 120_000 });
  // Page-side clocks: the last key pressed and every drawing of the preview.
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; drawn: number[]; keyCost: number[] };
    w.lastKey = 0;
    w.drawn = [];
    w.keyCost = [];
    // Captured before the editor's own handler; the message arrives once it and the redraw it queued are done.
    document.addEventListener(
      'input',
      () => {
        const start = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.keyCost.push(performance.now() - start);
        channel.port2.postMessage(0);
      },
      true,
    );
    document.addEventListener('keyup', () => (w.lastKey = performance.now()), true);
    new MutationObserver(() => w.drawn.push(performance.now())).observe(document.getElementById('pageNo')!, { childList: true, characterData: true, subtree: true });
  });
  const latencies: number[] = [];
  for (let i = 0; i <= Number(editsArg); i++) {
    await page.click(FIELD);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`8859${String(1000 + i)}`, { delay: 40 });
    const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
    await page.waitForFunction((t) => (window as unknown as { drawn: number[] }).drawn.some((d) => d > t), lastKey, { timeout: 60_000 });
    // Wait until drawing stops: a build already under way when typing ended is followed by the one that has it all.
    for (;;) {
      const last = await page.evaluate(() => (window as unknown as { drawn: number[] }).drawn.at(-1) ?? 0);
      await page.waitForTimeout(QUIET_MS);
      if ((await page.evaluate(() => (window as unknown as { drawn: number[] }).drawn.at(-1) ?? 0)) === last) {
        // The first edit warms the worker and pdf.js up for this field; it is not counted.
        if (i > 0) latencies.push(last - lastKey);
        break;
      }
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const keys = (await page.evaluate(() => (window as unknown as { keyCost: number[] }).keyCost)).sort((a, b) => a - b);
  const keyMs = { median: Math.round(keys[Math.floor(keys.length / 2)] * 10) / 10, p90: Math.round(keys[Math.floor(keys.length * 0.9)] * 10) / 10, max: Math.round(keys.at(-1)! * 10) / 10, keys: keys.length };
  process.stdout.write(`${JSON.stringify({ medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], maxMs: sorted.at(-1), edits: latencies.length, eachMs: latencies.map(Math.round), keyMs })}\n`);
} finally {
  await browser.close();
  await new Promise((r) => (server as Server).close(r));
}

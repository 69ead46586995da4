import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { poolSize } from '../../src/batch/runBatch.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-pool-'));
const worker = join(dir, 'sleep.cjs');
// A unit that takes `ms`, and says which thread ran it.
writeFileSync(worker, "const { threadId } = require('node:worker_threads');\nmodule.exports = (ms) => new Promise((r) => setTimeout(() => r(threadId), ms));\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch pool size', () => {
  it('runs units on every thread, then keeps one worker for the summaries', async () => {
    const pool = new Piscina({ filename: pathToFileURL(worker).href, ...poolSize(2) });
    try {
      // Long enough for the second thread to start on a busy machine while the first works through the queue.
      const ran = await Promise.all([500, 500, 500, 500, 500, 500, 1500].map((ms) => pool.run(ms) as Promise<number>));
      expect(new Set(ran).size).toBe(2);
      // The worker that finished first found the queue empty and left; the last one stays and takes the report.
      await new Promise((r) => setTimeout(r, 200));
      expect(pool.threads.length).toBe(1);
      expect(await pool.run(10)).toBeTypeOf('number');
    } finally {
      await pool.destroy();
    }
  }, 30_000);
});

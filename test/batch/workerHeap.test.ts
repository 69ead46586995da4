import { Worker, type ResourceLimits } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { OLD_GENERATION_CAP_MB, workerHeap } from '../../src/batch/runBatch.js';

/**
 * A batch worker's life in small: ~25 MB kept for good (code, fonts, caches), then, unit after unit, objects that
 * outlive a few scavenges and then become garbage. Returns the largest heap the worker reached, in MB.
 */
const CHURN = `
  const { getHeapStatistics } = require('node:v8');
  const { parentPort } = require('node:worker_threads');
  const kept = [];
  for (let i = 0; i < 50; i++) kept.push(new Array(12500).fill(0).map((_, j) => ({ j })));
  let peak = 0;
  let unit = [];
  for (let round = 0; round < 150; round++) {
    for (let i = 0; i < 20; i++) unit.push(new Array(2500).fill(0).map((_, j) => ({ j, round })));
    if (unit.length > 60) unit = unit.slice(-20);
    peak = Math.max(peak, getHeapStatistics().total_heap_size);
  }
  parentPort.postMessage(peak / 2 ** 20);
`;

function peakHeap(limits: ResourceLimits): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(CHURN, { eval: true, resourceLimits: limits });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

describe('batch worker heap', () => {
  it('stays well below what V8 lets a worker heap grow to with a ceiling of 2 GB or more', async () => {
    const heap = workerHeap(4096);
    // Same young generation, the ceiling V8 picks on a machine with 8 GB or more: the heap grows to ~4× what is kept.
    const unbounded = await peakHeap({ maxYoungGenerationSizeMb: heap.maxYoungGenerationSizeMb, maxOldGenerationSizeMb: 4096 });
    const batch = await peakHeap(heap);
    expect(batch).toBeLessThan(0.8 * unbounded);
  }, 60_000);

  it('keeps the old generation under the 2 GB from which V8 lets the heap grow 4×', () => {
    expect(OLD_GENERATION_CAP_MB).toBeLessThan(2048);
    expect(workerHeap(4144).maxOldGenerationSizeMb).toBe(OLD_GENERATION_CAP_MB);
  });

  it('never raises a lower ceiling of V8’s (less memory, or --max-old-space-size)', () => {
    expect(workerHeap(900).maxOldGenerationSizeMb).toBe(900);
    expect(workerHeap(1023.6).maxOldGenerationSizeMb).toBe(1023);
  });
});

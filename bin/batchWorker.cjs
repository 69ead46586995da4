// A batch worker thread's module (src/batch/runBatch.ts starts it when the bundle has the worker's script): runs
// dist/batch-worker.cjs with a V8 code cache, as bin/jixiao.cjs runs build and check. Without it every worker of every
// batch compiles the checks and the render stage again before its first unit (~0.3 s of CPU each).
'use strict';
const { workerData } = require('piscina');
const { loadCached } = require('./codeCache.cjs');

/** The worker's script, its chunks (used when the script cannot be run), and the batch's mode, which names the cache. */
const { script, chunks, mode } = workerData;

/** The statuses of a unit that went all the way through: after one, the cache holds what every other unit runs. */
const WHOLE = new Set(['built', 'forced', 'passed', 'errors']);

const loaded = loadCached(script, `batch-${mode}`);
let runTask = loaded?.exports.default;

module.exports = async function run(task) {
  runTask ??= (await import(chunks)).default;
  const result = await runTask(task);
  // Once per worker and only when the cache was missing or stale; a second worker's copy replaces the first whole.
  // (A unit's result has its summary line; the batch's 汇总报告, rendered here last, has none.)
  if (loaded && WHOLE.has(result.summary?.status)) loaded.save();
  return result;
};

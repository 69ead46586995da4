import { existsSync } from 'node:fs';
import { availableParallelism, constants } from 'node:os';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Piscina } from 'piscina';
import { packageRoot } from '../packageRoot.js';
import { STOP_SIGNALS } from '../write/atomic.js';
import { recoverFolderTree } from '../write/recover.js';
import { summarizeUnit } from '../summary/unit.js';
import { BATCH_MESSAGES } from './messages.js';
import type { Progress } from './progress.js';
import type { BatchSummary } from './summary.js';
import type { BatchResult, BatchTask, RenderedReport, ReportTask } from './task.js';
import { mapList } from '../mapList.js';

export interface BatchOptions {
  /** build (the default): check and write each unit's report set; check: only check. */
  mode?: 'build' | 'check';
  draft?: boolean;
  force?: boolean;
  allowMissingGlyphs?: boolean;
  withFindings?: boolean;
  /** Worker threads; one per core by default. */
  threads?: number;
}

/**
 * Each worker's heap. A smaller young generation: a report makes mostly short-lived objects, and the default lets
 * each worker's heap swell by ~50 MB between scavenges. A ceiling of 1 GB on the old generation: V8 lets a heap grow
 * further between full collections the higher its ceiling (4× what survived the last one from 2 GB up), and a worker
 * keeps ~25 MB between units. Under 2 GB the batch's peak RSS fell from ~355 to ~250 MB for 60 units at ~10% more
 * CPU; 1 GB took another ~20 MB off 80 units at ~2% more CPU (512 MB: −30 MB, but +22% CPU). A unit needs far less.
 * Where V8's own ceiling is already lower (a machine with less memory, or --max-old-space-size) it is kept: raising
 * it would let the heap grow more. Those trade-offs were measured before the batch's process set how far its heaps
 * grow itself (HEAP_GROWTH in bin/batchProcess.cjs, before V8 12): under it the ceiling only bounds the growth, at
 * halfway to it.
 */
export function workerHeap(defaultLimitMb = getHeapStatistics().heap_size_limit / 2 ** 20): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Math.min(OLD_GENERATION_CAP_MB, Math.floor(defaultLimitMb)) };
}

/** Well below V8's 2 GB step (see workerHeap). */
export const OLD_GENERATION_CAP_MB = 1024;

/**
 * Up to `threads` workers while units are waiting, and one kept once none is: each worker that finds the queue empty
 * leaves at once. The summaries, written after the last unit, use one worker (the report), and an idle worker kept
 * through them would hold its heap: 200 units, peak RSS 230 against 259 MB (build), 180 against 225 MB (check).
 */
export function poolSize(threads: number): { minThreads: number; maxThreads: number; idleTimeout: number } {
  return { minThreads: 1, maxThreads: threads, idleTimeout: 0 };
}

/** Where claims of unit sub-folders are kept while a batch runs. */
const CLAIMS = '.jixiao-batch';

/**
 * The worker's module, and what it is told: from dist/, bin/batchWorker.cjs running the worker's single script with
 * its code cache, or where the bundle has no such script (made before it existed) the worker's chunks; from src/
 * (tsx), the TypeScript source.
 */
export function workerModule(mode: BatchTask['mode'], here = import.meta.url): { filename: string; workerData?: WorkerData } {
  if (here.endsWith('.ts')) return { filename: new URL('./workerEntry.ts', here).href };
  const chunks = new URL('./batch-worker.mjs', here).href;
  const script = fileURLToPath(new URL('./batch-worker.cjs', here));
  const launcher = join(packageRoot(), 'bin', 'batchWorker.cjs');
  return existsSync(script) && existsSync(launcher) ? { filename: pathToFileURL(launcher).href, workerData: { script, chunks, mode } } : { filename: chunks };
}

/** What bin/batchWorker.cjs reads from Piscina's workerData. */
interface WorkerData {
  script: string;
  chunks: string;
  mode: BatchTask['mode'];
}

/**
 * Finishes or undoes, in the batch's folder (its summaries) and every unit's folder, a replacement that a stopped
 * batch left: the one before this run, or this run's own when its workers were stopped by a signal.
 */
async function recoverUnits(outRoot: string): Promise<void> {
  await rm(join(outRoot, CLAIMS), { recursive: true, force: true });
  await recoverFolderTree(outRoot);
}

/** Runs a task on one of the batch's workers, once the units are done. */
export type OnWorker = (task: ReportTask) => Promise<RenderedReport>;

/**
 * Builds every input on a pool of worker threads, one sub-folder per unit. One input's failure is reported and
 * the others go on; results come back in input order. Then `finish` (the summaries) runs, unless the batch was
 * stopped, with the pool's workers still there to take work; its result is returned beside the units'.
 */
export async function runBatch<T>(files: string[], outRoot: string, options: BatchOptions, progress: Progress, finish: (results: BatchResult[], onWorker: OnWorker) => Promise<T>): Promise<BatchSummary & { finished: T }> {
  const started = performance.now();
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  const pool = new Piscina({ ...workerModule(options.mode ?? 'build'), ...poolSize(threads), resourceLimits: workerHeap() });
  // Stopping the workers cuts their writes short as a crash would; the recovery then completes or undoes each.
  let stopped: Promise<unknown> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopped) return;
    // Now: the process exits from the recovery, and a progress bar left running would leave the terminal's cursor hidden.
    progress.stop();
    stopped = pool.destroy().finally(() => recoverUnits(outRoot).finally(() => process.exit(128 + constants.signals[signal])));
  };
  /** The units are over: the progress bar goes, and so do the signal listeners. */
  const unitsOver = () => {
    progress.stop();
    // Once stopping, the listener stays until the process exits: the same signal may come again (a batch's launcher
    // passes on a Ctrl-C that reached this process too, bin/batchProcess.cjs), and without a listener it would end
    // the process before the recovery.
    if (!stopped) for (const s of STOP_SIGNALS) process.off(s, onSignal);
  };
  const claims = join(outRoot, CLAIMS);
  const removeClaims = () => rm(claims, { recursive: true, force: true });
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  progress.start(files.length);
  try {
    await recoverUnits(outRoot);
    await removeClaims();
    const results = await Promise.all(
      mapList(files, async (file): Promise<BatchResult> => {
        const task: BatchTask = { file, mode: options.mode ?? 'build', outRoot, claims, draft: options.draft, force: options.force, allowMissingGlyphs: options.allowMissingGlyphs, withFindings: options.withFindings };
        const result = await (pool.run(task) as Promise<BatchResult>).catch(
          (e: Error): BatchResult => ({ file, ok: false, reason: BATCH_MESSAGES.internalError(e.message), internal: true, summary: summarizeUnit(file, 'failed', { findings: [] }) }),
        );
        progress.done(result);
        return result;
      }),
    );
    // The stopped workers' units came back as failed: nothing more is written (no summaries), the process ends
    // when the recovery is done.
    if (stopped) await stopped;
    const seconds = (performance.now() - started) / 1000;
    // The units' folders are complete: a stop from here on has nothing of theirs to recover, and the summaries
    // are written all or nothing.
    unitsOver();
    await removeClaims();
    return { results, seconds, outRoot, finished: await finish(results, (task) => pool.run(task) as Promise<RenderedReport>) };
  } finally {
    // Again where the batch failed before its summaries (both are harmless twice).
    unitsOver();
    await pool.destroy();
    await removeClaims();
  }
}

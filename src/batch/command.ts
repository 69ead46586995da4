import { EXIT } from '../diagnostics/finding.js';
import type { BatchOverview } from '../summary/index.js';
import { BATCH_MESSAGES as M } from './messages.js';
import { progressFor } from './progress.js';
import { runBatch, type BatchOptions } from './runBatch.js';
import { formatCheckSummary, formatSummary, type BatchSummary } from './summary.js';
import { prepareSummaries, writeSummaries, type BatchManifest } from './summaryFiles.js';
import { mapList } from '../mapList.js';

export interface BatchCommandOptions extends BatchOptions {
  json?: boolean;
  /** check: warnings fail too. */
  strict?: boolean;
}

/** The batch's JSON on stdout: every input's result, the overview the summaries print, and the summary files. */
function json(summary: BatchSummary, written: { overview: BatchOverview; manifest: BatchManifest } | undefined, summarySeconds: number): string {
  const { outRoot, seconds, results } = summary;
  const body = { outRoot, seconds, summarySeconds, results: mapList(results, ({ summary: _unit, ...r }) => r), summary: written?.overview, files: written?.manifest.files };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** What writing the summaries came to (written, or the message saying why not), and how long it took. */
interface Summaries {
  written?: Awaited<ReturnType<typeof writeSummaries>>;
  failed?: string;
  seconds: number;
}

/**
 * `jixiao build|check <folder or several inputs>`: every input on the worker pool, progress on stderr, then the
 * batch summaries (汇总表.xlsx, 汇总报告.pdf, manifest.json) in the output folder, and the terminal summary (or with
 * --json the results) on stdout. Exit code 1 when any input failed (a defect is named as such in the summary, but
 * one input's defect is still that input's failure).
 */
async function run(files: string[], outRoot: string, options: BatchCommandOptions): Promise<number> {
  const mode = options.mode ?? 'build';
  const prepared = prepareSummaries(false);
  const summary = await runBatch(files, outRoot, { ...options, mode }, progressFor(process.stderr, mode), async (results, onWorker): Promise<Summaries> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      await prepared;
      const written = await writeSummaries(outRoot, mode, results, (overview, charts) => onWorker({ report: { overview, charts } }));
      return { written, seconds: seconds() };
    } catch (e) {
      return { failed: M.summaryFailed((e as Error).message), seconds: seconds() };
    }
  });
  const { written, failed: failedSummaries, seconds: summarySeconds } = summary.finished;
  if (options.json) process.stdout.write(json(summary, written, summarySeconds));
  else {
    process.stdout.write(mode === 'check' ? formatCheckSummary(summary, options.strict) : formatSummary(summary));
    if (written) process.stdout.write(`${M.summaries(outRoot, mapList(written.manifest.files, (f) => f.path))}\n`);
  }
  if (failedSummaries) process.stderr.write(`${failedSummaries}\n`);
  const strictFail = mode === 'check' && options.strict && summary.results.some((r) => r.summary.warnings > 0);
  return summary.results.every((r) => r.ok) && !strictFail && !failedSummaries ? EXIT.ok : EXIT.input;
}

export function buildBatch(files: string[], outRoot: string, options: BatchCommandOptions): Promise<number> {
  return run(files, outRoot, { ...options, mode: 'build' });
}

export function checkBatch(files: string[], outRoot: string, options: BatchCommandOptions): Promise<number> {
  return run(files, outRoot, { ...options, mode: 'check' });
}

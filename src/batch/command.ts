import { EXIT } from '../diagnostics/finding.js';
import { progressFor } from './progress.js';
import { runBatch, type BatchOptions } from './runBatch.js';
import { formatSummary } from './summary.js';

/**
 * `jixiao build <folder or several inputs> -o <dir>`: every input on the worker pool, progress on stderr, the
 * summary (or with --json the results) on stdout. Exit code 1 when any input failed (a defect is named as such in
 * the summary, but one input's defect is still that input's failure).
 */
export async function buildBatch(files: string[], outRoot: string, options: BatchOptions & { json?: boolean }): Promise<number> {
  const summary = await runBatch(files, outRoot, options, progressFor(process.stderr));
  if (options.json) process.stdout.write(`${JSON.stringify({ outRoot, seconds: summary.seconds, results: summary.results }, null, 2)}\n`);
  else process.stdout.write(formatSummary(summary));
  return summary.results.every((r) => r.ok) ? EXIT.ok : EXIT.input;
}

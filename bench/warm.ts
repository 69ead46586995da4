// Warm per-report time: one process builds the example again and again, as a batch worker does.
// Bundled and run by bench/run.mjs; prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../src/pipeline.js';

const [file, runsArg = '20', warmupArg = '3'] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-warm-'));
const times: number[] = [];
for (let i = 0; i < Number(warmupArg) + Number(runsArg); i++) {
  const started = performance.now();
  await buildReport(file, out);
  if (i >= Number(warmupArg)) times.push(performance.now() - started);
}
rmSync(out, { recursive: true, force: true });
times.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times[times.length - 1], runs: times.length })}\n`);

// Warm per-report time: one process builds the example again and again, as the web preview rebuilds one input (the
// same streams each time, found in the deflate memo; a batch worker's units are not: see bench/run.mjs).
// Bundled and run by bench/run.mjs; prints one JSON line.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../src/pipeline.js';

const [file, runsArg = '20', warmupArg = '3'] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-warm-'));

/**
 * CPU of this process's main thread and of all its other threads (V8's background compiles and garbage collection,
 * libuv's pool), in ms, from /proc; undefined where there is none. Clock ticks are taken as 100 a second (Linux's
 * USER_HZ), so each figure is good to 10 ms: the bench reports their mean over all measured runs.
 */
function threadCpu(): { main: number; other: number } | undefined {
  try {
    let main = 0;
    let other = 0;
    for (const task of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      if (Number(task) === process.pid) main += ms;
      else other += ms;
    }
    return { main, other };
  } catch {
    return undefined;
  }
}
const times: number[] = [];
// CPU time (user + system) as well: on a busy machine it says what the wall time would be on an idle one.
const cpu: number[] = [];
/** The CPU of every run, the unmeasured first ones too: a batch worker pays their JIT warm-up for its first units. */
const everyCpu: number[] = [];
let measuredFrom: ReturnType<typeof threadCpu>;
for (let i = 0; i < Number(warmupArg) + Number(runsArg); i++) {
  if (i === Number(warmupArg)) measuredFrom = threadCpu();
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  await buildReport(file, out);
  const used = process.cpuUsage(startedCpu);
  everyCpu.push((used.user + used.system) / 1000);
  if (i >= Number(warmupArg)) {
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
}
const measuredTo = threadCpu();
/** Of the measured runs' CPU, the mean a report spent on threads other than the main one. */
const backgroundCpuMs = measuredFrom && measuredTo && times.length ? (measuredTo.other - measuredFrom.other) / times.length : undefined;
rmSync(out, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * What the first WARM_UP runs cost beyond as many settled ones (the median of the runs after them): the JIT warm-up
 * every batch worker pays on its first units. Undefined when too few runs follow them to say what settled is.
 */
const WARM_UP = 10;
const settled = everyCpu.length >= 2 * WARM_UP ? median(everyCpu.slice(WARM_UP)) : undefined;
const warmUpCpuMs = settled === undefined ? undefined : everyCpu.slice(0, WARM_UP).reduce((sum, x) => sum + x - settled, 0);
process.stdout.write(
  `${JSON.stringify({ medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), cpuMedianMs: median(cpu), runs: times.length, firstCpuMs: everyCpu[0], warmUpRuns: WARM_UP, warmUpCpuMs, backgroundCpuMs })}\n`,
);

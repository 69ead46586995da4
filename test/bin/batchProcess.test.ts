import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the installed command's plain CommonJS module, without types
import { POOL_OPTION, batchFlags, childEnvironment, childOptions, isBatch, poolChosen, runInBatchProcess } from '../../bin/batchProcess.cjs';
// @ts-expect-error -- the installed command's plain CommonJS module, without types
import { FLAGS_APPLY } from '../../bin/codeCache.cjs';
import { workerHeap } from '../../src/batch/runBatch.js';
import { EXAMPLE_PATH, ROOT, exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

// An installation of its own, beside the project's node_modules so that the bundle finds its packages: bin/ as
// shipped, dist/ the bundle of the current source (other test files bundle into their own folders, in parallel).
const INSTALL = join(ROOT, 'node_modules', '.cache', 'jixiao-test-batch-process');
const PROBE = join(import.meta.dirname, 'fixtures', 'processProbe.cjs');
const command = join(INSTALL, 'bin', 'jixiao.cjs');

let units: string;

/** A folder of `count` units' inputs, each the example under its own name. */
function unitFolder(count: number): string {
  const dir = tempDir('jixiao-batch-process-in-');
  for (let i = 1; i <= count; i++) {
    const data = exampleData();
    data.unit.name = `批量进程测试第${i}单位`;
    writeFileSync(join(dir, `unit-${i}.json`), JSON.stringify(data));
  }
  return dir;
}

/** A process the command ran in: its exit code, or none when a signal ended it. */
interface Probe {
  pid: number;
  ppid: number;
  execArgv: string[];
  code?: number;
}

/** The installed command with the probe preloaded: how it ended, and each process it ran in, in order of start. */
function run(args: string[]) {
  const probe = join(tempDir('jixiao-probe-'), 'lines');
  const r = spawnSync(process.execPath, ['--require', PROBE, command, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, JIXIAO_TEST_PROBE: probe } });
  return { ...r, processes: probes(probe) };
}

function probes(file: string): Probe[] {
  const byPid = new Map<number, Probe>();
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const p = JSON.parse(line) as Probe;
    byPid.set(p.pid, { ...byPid.get(p.pid), ...p });
  }
  return [...byPid.values()];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Who is sent the signal: the launcher, its process group (as a terminal sends it), or the batch's process. */
type Target = 'launcher' | 'group' | 'batch';

/** The command started as a terminal starts it (its own process group), stopped with `signal` once a unit is done. */
function stopped(args: string[], signal: NodeJS.Signals, target: Target): Promise<{ code: number | null; signal: NodeJS.Signals | null; processes: (Probe & { running: boolean })[] }> {
  const probe = join(tempDir('jixiao-probe-'), 'lines');
  const child = spawn(process.execPath, ['--require', PROBE, command, ...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, JIXIAO_TEST_PROBE: probe } });
  let sent = false;
  child.stderr.on('data', (chunk: Buffer) => {
    if (sent || !/\[1\/\d+\]/.test(chunk.toString())) return;
    sent = true;
    const pid = target === 'group' ? -child.pid! : target === 'launcher' ? child.pid! : probes(probe).find((p) => p.ppid === child.pid)!.pid;
    process.kill(pid, signal);
  });
  // Whether each process was still running when the command ended: none may be left behind.
  return new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig, processes: probes(probe).map((p) => ({ ...p, running: alive(p.pid) })) })));
}

/** No unit is left half-written: no claims of the batch, no staged files, no journal. */
function leftovers(out: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) found.push(join(dir, e.name));
      else if (e.isDirectory()) walk(join(dir, e.name));
    }
  };
  walk(out);
  return found;
}

beforeAll(async () => {
  rmSync(INSTALL, { recursive: true, force: true });
  mkdirSync(join(INSTALL, 'bin'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'bin'))) copyFileSync(join(ROOT, 'bin', name), join(INSTALL, 'bin', name));
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(join(INSTALL, 'dist'));
  units = unitFolder(2);
}, 180_000);

describe('which command lines run as a batch', () => {
  const folders = new Set(['units']);
  const batch = (argv: string[]) => isBatch(argv, (p: string) => folders.has(p));

  it('build or check of a folder or of several inputs', () => {
    expect(batch(['build', 'units', '-o', 'out', '--force'])).toBe(true);
    expect(batch(['check', 'a.json', 'b.json', '--json'])).toBe(true);
    expect(batch(['--templates', 'units', 'build', 'a.json', 'b.yaml'])).toBe(true);
  });

  it('not one input file, another command, or an option’s value that is a folder', () => {
    expect(batch(['build', 'a.json', '-o', 'units'])).toBe(false);
    expect(batch(['check', 'a.json'])).toBe(false);
    expect(batch(['diff', 'a.json', 'b.json'])).toBe(false);
    expect(batch(['convert', 'units', 'b.json'])).toBe(false);
    expect(batch(['--help'])).toBe(false);
  });

  it('runs with this process’s Node options, except the inspector’s, whose port this process holds', () => {
    expect(childOptions(['--max-old-space-size=4096', '--inspect', '--require', 'x.cjs', '--inspect-port', '9230', '--inspect-brk=9231', '--debug-arraybuffer-allocations'])).toEqual([
      '--max-old-space-size=4096',
      '--require',
      'x.cjs',
      '--debug-arraybuffer-allocations',
    ]);
    expect(childEnvironment({ NODE_OPTIONS: '--inspect=9339 --max-old-space-size=4096', HOME: '/h' })).toEqual({ NODE_OPTIONS: '--max-old-space-size=4096', HOME: '/h' });
    const env = { NODE_OPTIONS: '--max-old-space-size=4096' };
    expect(childEnvironment(env)).toBe(env);
  });

  it('runs here when the second process cannot be started, whether spawn throws or reports it', () => {
    const listeners = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s));
    const before = listeners();
    let ran = 0;
    runInBatchProcess('jixiao.cjs', ['build', 'units'], () => ran++, () => {
      throw Object.assign(new Error('spawn E2BIG'), { code: 'E2BIG' });
    });
    expect(ran).toBe(1);
    const child = new EventEmitter();
    runInBatchProcess('jixiao.cjs', ['build', 'units'], () => ran++, () => child);
    expect(ran).toBe(1);
    child.emit('error', Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN' }));
    expect(ran).toBe(2);
    expect(listeners()).toEqual(before);
  });

  it('not when Node was given a pool size already, by the launcher or by the user', () => {
    expect(poolChosen([POOL_OPTION], '')).toBe(true);
    expect(poolChosen([], '--max-old-space-size=4096 --v8-pool-size=8')).toBe(true);
    expect(poolChosen([], '--v8_pool_size=2')).toBe(true);
    expect(poolChosen(['--max-old-space-size=4096'], '')).toBe(false);
  });

  const BUDGET = '--interrupt-budget=540672';
  const HEAP_GROWTH = '--heap-growing-percent=150';

  it("raises V8's wait before optimising (before V8 12), unless the user's own options set it or turn TurboFan off", () => {
    expect(batchFlags([], '')).toEqual(FLAGS_APPLY ? [BUDGET, HEAP_GROWTH] : []);
    expect(batchFlags(['--max-old-space-size=4096'], '')).toEqual(batchFlags([], ''));
    for (const own of ['--interrupt-budget=67584', '--interrupt_budget=1000', '--no-turbofan', '--no-opt', '--jitless']) expect(batchFlags([own], '')).toEqual(FLAGS_APPLY ? [HEAP_GROWTH] : []);
    expect(batchFlags(['--interrupt-budget-for-feedback-allocation=940'], '')).toEqual(batchFlags([], ''));
  });

  it("lets V8's heaps grow further between full collections (before V8 12), unless the user's own options set it", () => {
    for (const own of ['--heap-growing-percent=300', '--heap_growing_percent=50', '--heap-growing-percent=0', '--predictable-gc-schedule']) expect(batchFlags([own], '')).toEqual(FLAGS_APPLY ? [BUDGET] : []);
    expect(batchFlags(['--no-predictable-gc-schedule'], '')).toEqual(batchFlags([], ''));
  });

  it.runIf(FLAGS_APPLY)(
    "has a worker with the batch's heap limits run fewer full collections, as V8 reads the flag",
    () => {
      const fullCollections = (flags: string[]) => {
        const r = spawnSync(process.execPath, [...flags, join(import.meta.dirname, 'fixtures', 'fullCollections.cjs'), JSON.stringify(workerHeap())], { encoding: 'utf8', timeout: 50_000 });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^\d+\n$/);
        return Number(r.stdout);
      };
      const before = fullCollections([POOL_OPTION]);
      expect(before).toBeGreaterThanOrEqual(6);
      expect(fullCollections([POOL_OPTION, ...batchFlags([], '')])).toBeLessThanOrEqual(before * 0.7);
    },
    120_000,
  );
});

describe('a batch through the installed command', () => {
  it("runs in a second process with one V8 thread, V8's raised wait before optimising and its heaps' further growth, started with the same Node options, and ends as it ends", () => {
    const out = tempDir('jixiao-batch-process-out-');
    const r = run(['build', units, '-o', out, '--force', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results.filter((x: { ok: boolean }) => x.ok)).toHaveLength(2);
    const [launcher, batch] = r.processes;
    expect(r.processes).toHaveLength(2);
    expect(r.processes.map((p) => p.code)).toEqual([0, 0]);
    expect(launcher.execArgv).not.toContain(POOL_OPTION);
    expect(batch.ppid).toBe(launcher.pid);
    expect(batch.execArgv).toEqual(['--require', PROBE, POOL_OPTION, ...batchFlags([], '')]);
  });

  it('passes on the exit code: 1 when an input failed', () => {
    const dir = unitFolder(1);
    writeFileSync(join(dir, 'broken.json'), '{"unit": ');
    const r = run(['build', dir, '-o', tempDir('jixiao-batch-process-out-'), '--force']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.json');
    expect(r.processes.map((p) => p.code)).toEqual([1, 1]);
  });

  it('leaves a single build in one process', () => {
    const r = run(['build', EXAMPLE_PATH, '-o', tempDir('jixiao-batch-process-out-'), '--force', '--json']);
    expect(r.status).toBe(0);
    expect(r.processes).toHaveLength(1);
  });

  it.each([
    ['SIGTERM', 'to the launcher alone', 'launcher', 143],
    ['SIGINT', 'to the process group, as Ctrl-C sends it', 'group', 130],
    ['SIGHUP', 'to the process group, as a closed terminal sends it', 'group', 129],
  ] as const)('%s %s stops the batch as it would stop one process, leaving no unit half-written', async (signal, _to, target, code) => {
    const out = tempDir('jixiao-batch-process-out-');
    const end = await stopped(['build', unitFolder(12), '-o', out, '--force'], signal, target);
    expect(end.processes).toHaveLength(2);
    expect(end.processes.filter((p) => p.running)).toEqual([]);
    // Mostly the batch takes the signal and exits with 128 + its number. Between the summaries' writes, with no
    // listener left, it ends by the signal itself, as one process would; the launcher then ends by it too.
    if (end.code === null) {
      expect(end.signal).toBe(signal);
      expect(end.processes.map((p) => p.code)).toEqual([undefined, undefined]);
    } else {
      expect(end.code).toBe(code);
      expect(end.processes.map((p) => p.code)).toEqual([code, code]);
    }
    expect(leftovers(out)).toEqual([]);
  }, 120_000);

  it('ends by the batch’s signal when that ended it (SIGKILL, as the out-of-memory killer sends it)', async () => {
    const end = await stopped(['build', unitFolder(12), '-o', tempDir('jixiao-batch-process-out-'), '--force'], 'SIGKILL', 'batch');
    expect(end.signal).toBe('SIGKILL');
    expect(end.processes.filter((p) => p.running)).toEqual([]);
  }, 120_000);

  it('stops the batch as on SIGTERM when the launcher is killed outright, instead of going on writing', async () => {
    const out = tempDir('jixiao-batch-process-out-');
    const end = await stopped(['build', unitFolder(12), '-o', out, '--force'], 'SIGKILL', 'launcher');
    expect(end.signal).toBe('SIGKILL');
    const batch = end.processes.find((p) => p.ppid !== process.pid)!;
    for (let waited = 0; alive(batch.pid) && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(alive(batch.pid)).toBe(false);
    expect(leftovers(out)).toEqual([]);
    // It stopped rather than finished: not every unit was built, and no summaries were written.
    expect(readdirSync(out).filter((n) => n.endsWith('.xlsx'))).toEqual([]);
  }, 120_000);
});

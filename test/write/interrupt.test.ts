import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverFolder } from '../../src/write/atomic.js';
import { writeReport } from '../../src/write/index.js';
import { rng } from '../helpers/random.js';
import { tempDir } from '../helpers/tmp.js';
import { bundleDriver } from './support/bundleDriver.js';
import { completeSet, inputHash, reportSet } from './support/reportSets.js';

let driver: string;

beforeAll(async () => {
  driver = await bundleDriver('replaceDriver.ts');
}, 60_000);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function startDriver(dir: string, seed: number, options: { loop?: boolean; crashAfter?: number } = {}) {
  const env = { ...process.env };
  delete env.JIXIAO_TEST_CRASH_AFTER;
  if (options.crashAfter !== undefined) env.JIXIAO_TEST_CRASH_AFTER = String(options.crashAfter);
  const child = spawn(process.execPath, [driver, dir, String(seed), ...(options.loop ? ['loop'] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // A driver that dies before it is ready must not leave the test waiting: its exit and stderr then tell why.
  const ready = new Promise<void>((done) => {
    child.stdout.once('data', () => done());
    child.once('exit', () => done());
  });
  const ended = new Promise<Ended & { stderr: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
  return { child, ready, ended };
}

const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));

async function seeded(dir: string, seed: number): Promise<void> {
  const set = reportSet(seed);
  await writeReport(dir, set.pdfs, 'input.json', set.input);
}

/** Runs `round(n)` for n = 0, 1, 2 … a few at a time, until a round says the run went through unstopped. */
async function untilUnstopped(round: (n: number) => Promise<boolean>): Promise<number> {
  for (let first = 0; ; first += PARALLEL) {
    const done = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => round(first + i)));
    if (done.includes(true)) return done.indexOf(true) + first;
  }
}

describe('a replacement stopped between any two renames', () => {
  // Pairs of sets: 21 → 22 adds a file; 31 → 32 retires two files and adds one.
  for (const [from, to] of [
    [21, 22],
    [31, 32],
  ]) {
    it(`is finished by the next run (set ${from} → ${to})`, async () => {
      const renames = await untilUnstopped(async (n) => {
        const dir = tempDir('jixiao-crash-');
        await seeded(dir, from);
        const end = await startDriver(dir, to, { crashAfter: n }).ended;
        if (end.signal === null) {
          expect(end.code, end.stderr).toBe(0);
          expect(completeSet(dir)).toBe(inputHash(to));
          return true;
        }
        expect(end.signal).toBe('SIGKILL');
        await recoverFolder(dir);
        // Before the journal is in place (n = 0) the previous set stays; from then on the new set is completed.
        expect(completeSet(dir)).toBe(inputHash(n === 0 ? from : to));
        return false;
      });
      expect(renames).toBeGreaterThan(5);
    }, 60_000);
  }

  it('is undone by the next run when a step of the swap fails, even if the undoing is stopped too', async () => {
    const blocked = `${reportSet(22).pdfs.at(-1)!.fileName}.pdf`;
    const renames = await untilUnstopped(async (n) => {
      const dir = tempDir('jixiao-crash-back-');
      await seeded(dir, 21);
      mkdirSync(join(dir, blocked));
      const end = await startDriver(dir, 22, { crashAfter: n }).ended;
      if (end.signal === null) {
        expect(end.code).toBe(1);
        expect(end.stderr).toContain('已有同名的文件夹');
      } else await recoverFolder(dir);
      expect(hidden(dir)).toEqual([]);
      expect(completeSetBeside(dir, blocked)).toBe(inputHash(21));
      return end.signal === null;
    });
    expect(renames).toBeGreaterThan(5);
  }, 60_000);
});

/** The folder's set, with one folder in the way of a new file set aside for the check. */
function completeSetBeside(dir: string, folder: string): string {
  const moved = tempDir('jixiao-beside-');
  renameSync(join(dir, folder), join(moved, folder));
  try {
    return completeSet(dir);
  } finally {
    renameSync(join(moved, folder), join(dir, folder));
  }
}

describe('signals at random moments', () => {
  it('leave one complete set: SIGINT, SIGTERM, SIGHUP at once, kill -9 after the next run’s recovery', async () => {
    const seen = { rounds: 0, journals: 0, changed: 0 };
    await Promise.all(Array.from({ length: PARALLEL }, (_, lane) => signalLane(lane, seen)));
    expect(seen.rounds).toBe(ROUNDS);
    // Some signals must land while sets are being replaced, not only before the first write (57–65 of 120 alone on
    // a two-core machine, fewer when the whole suite runs beside it; the kill after every rename above covers each
    // step of the swap deterministically).
    expect(seen.changed).toBeGreaterThan(ROUNDS / 40);
    console.log(`signals: ${JSON.stringify(seen)}`);
  }, 400_000);
});

async function signalLane(lane: number, seen: { rounds: number; journals: number; changed: number }): Promise<void> {
  const random = rng(14 + lane);
  const dir = tempDir('jixiao-signals-');
  await seeded(dir, 1);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL'];
  let last = inputHash(1);
  for (let round = 0; round < ROUNDS / PARALLEL; round++) {
    const { child, ready, ended } = startDriver(dir, 1000 * (lane + 1) + round * 50, { loop: true });
    await ready;
    await new Promise((r) => setTimeout(r, random() * 400));
    const signal = signals[Math.floor(random() * signals.length)];
    child.kill(signal);
    const end = await endedWithin(child, ended, `lane ${lane}, round ${round}, ${signal}`);
    // Nothing, or, for a stop that waited for a write, what the folder holds now.
    expect(end.stderr).toMatch(/^(已按.*停止：.*。\n)?$/);
    if (signal === 'SIGKILL') {
      if (readdirSync(dir).some((n) => n.endsWith('.journal'))) seen.journals += 1;
      await recoverFolder(dir);
    } else expect(hidden(dir)).toEqual([]);
    const now = completeSet(dir);
    if (now !== last) seen.changed += 1;
    last = now;
    seen.rounds += 1;
  }
}

/** A driver that outlives its signal by a minute has lost it: fail at that round, not at the test's timeout. */
async function endedWithin<T>(child: ChildProcess, ended: Promise<T>, round: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), 60_000)));
  const first = await Promise.race([ended, late]);
  clearTimeout(timer);
  if (first !== 'late') return first;
  child.kill('SIGKILL');
  await ended;
  throw new Error(`the driver went on after its signal (${round})`);
}

const ROUNDS = 120;
const PARALLEL = 3;

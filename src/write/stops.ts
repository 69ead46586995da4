import { rename } from 'node:fs/promises';
import { constants } from 'node:os';
import type { Move } from './swap.js';

/**
 * A rename that counts itself. JIXIAO_TEST_CRASH_AFTER=n stops the process as `kill -9` would after the n-th
 * rename of a run (0: before the first), so tests can cut a replacement between any two steps.
 */
export function countedMove(): Move {
  const crashAfter = process.env.JIXIAO_TEST_CRASH_AFTER;
  let done = 0;
  const crashPoint = () => {
    if (crashAfter !== undefined && done === Number(crashAfter)) process.kill(process.pid, 'SIGKILL');
  };
  return async (from, to) => {
    crashPoint();
    await rename(from, to);
    done += 1;
    crashPoint();
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While files are written, a signal does not stop the process at once: before the journal it stops the staging
 * (nothing in the folder has changed), after it the replacement runs to its end; then the process exits as the
 * signal asked (128 + its number). A second signal stops it at once.
 */
export function interruptions(): { check: () => void; release: () => void } {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal (Ctrl-C pressed again) stops at once, as kill -9 would: the journal lets the next run finish.
    if (received) process.exit(128 + constants.signals[received]);
    received = signal;
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  const exitNow = () => {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.exit(128 + constants.signals[received!]);
  };
  return {
    check: () => {
      if (received) throw new Interrupted();
    },
    release: () => {
      for (const s of SIGNALS) process.off(s, onSignal);
      if (received) exitNow();
    },
  };
}

class Interrupted extends Error {}


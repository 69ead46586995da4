import { renameSync } from 'node:fs';
import { constants } from 'node:os';
import type { Move } from './swap.js';
import { WRITE_MESSAGES as M } from './messages.js';

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
    renameSync(from, to);
    done += 1;
    crashPoint();
  };
}

/** The signals a write, and a batch, stop on (the rest keep their default action). */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The listeners stay once a write has installed them. Removing them at the end of a write could lose a signal for
 * good: libuv takes the signal at once but hands it to JavaScript only on the next turn of the event loop, and a
 * listener removed in between drops it (a Ctrl-C pressed as a write ends would then go unheard). Between writes they
 * step aside instead: the signal goes to the process's other listeners, or, with none, is raised again with the
 * default action, so the process ends exactly as it would have without jixiao's listener.
 */
let listening = false;
let writing = 0;
let received: NodeJS.Signals | undefined;
let receivedAt = 0;

/**
 * The same signal again within this many milliseconds is the same one: a batch's launcher passes on each signal it
 * gets (bin/batchProcess.cjs), and a Ctrl-C or a service manager's SIGTERM reaches both processes.
 */
export const ECHO_MS = 500;

function exitAs(signal: NodeJS.Signals): never {
  process.exit(128 + constants.signals[signal]);
}

/** What the last write that a signal waited for did: put its whole set in, or left the folder as it was. */
let lastOutcome: 'replaced' | 'kept' = 'kept';

function onSignal(signal: NodeJS.Signals): void {
  // A second signal (Ctrl-C pressed again) stops at once, as kill -9 would: the journal lets the next run finish.
  if (received) {
    if (signal === received && performance.now() - receivedAt < ECHO_MS) return;
    exitAs(received);
  }
  if (writing > 0) {
    received = signal;
    receivedAt = performance.now();
    return;
  }
  if (process.listenerCount(signal) > 1) return;
  process.off(signal, onSignal);
  process.kill(process.pid, signal);
}

/**
 * While files are written, a signal does not stop the process at once: before the journal it stops the staging
 * (nothing in the folder has changed), after it the replacement runs to its end; then the process exits as the
 * signal asked (128 + its number), when no other write of the process is still under way.
 */
export function interruptions(): { check: () => void; release: (outcome: 'replaced' | 'kept') => void } {
  if (!listening) {
    for (const s of STOP_SIGNALS) process.on(s, onSignal);
    listening = true;
  }
  writing += 1;
  let released = false;
  return {
    check: () => {
      if (received) throw new Interrupted();
    },
    release: (outcome) => {
      if (released) return;
      released = true;
      writing -= 1;
      if (received) lastOutcome = outcome;
      if (received && writing === 0) {
        // Said, since the stop waited: a Ctrl-C that seems to do nothing for a moment, then ends without a word, leaves
        // the clerk unsure what the folder holds.
        process.stderr.write(`${M.stopped(received, lastOutcome)}\n`);
        exitAs(received);
      }
    },
  };
}

class Interrupted extends Error {}

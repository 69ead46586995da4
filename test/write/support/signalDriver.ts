/**
 * A process that takes a signal at a chosen moment of a write's interruption window, for test/write/stops.test.ts:
 * `node driver.mjs <case>`. It prints `survived` if it is still running half a second later.
 */
import { ECHO_MS, interruptions } from '../../../src/write/stops.js';

/** After `ms`, ends each named write in turn, saying so on standard output. */
function endLater(ms: number, writes: Record<string, { release(outcome: 'replaced' | 'kept'): void }>): void {
  setTimeout(() => {
    for (const [name, write] of Object.entries(writes)) {
      process.stdout.write(`${name} done\n`);
      write.release('replaced');
    }
  }, ms);
}

const cases: Record<string, () => void> = {
  // The signal is taken by the process just before the write releases it, and reaches JavaScript only afterwards.
  asWriteEnds: () => {
    const stop = interruptions();
    process.kill(process.pid, 'SIGINT');
    stop.release('kept');
  },
  // Between two writes, with no other listener: the process ends by the signal itself.
  betweenWrites: () => {
    interruptions().release('kept');
    process.kill(process.pid, 'SIGTERM');
  },
  // Between two writes, the process's own listener decides.
  ownListener: () => {
    process.on('SIGHUP', () => process.exit(7));
    interruptions().release('kept');
    process.kill(process.pid, 'SIGHUP');
  },
  // Two writes under way: the signal waits for both.
  overlapping: () => {
    const writes = { first: interruptions(), second: interruptions() };
    process.kill(process.pid, 'SIGINT');
    endLater(100, writes);
  },
  // The same signal twice at once (a Ctrl-C that reaches a batch and its launcher, which passes it on): one signal.
  echoed: () => {
    const write = interruptions();
    process.kill(process.pid, 'SIGINT');
    process.kill(process.pid, 'SIGINT');
    endLater(100, { write });
  },
  // Pressed again later during the write: stops at once.
  again: () => {
    const write = interruptions();
    process.kill(process.pid, 'SIGINT');
    setTimeout(() => process.kill(process.pid, 'SIGINT'), ECHO_MS + 100);
    endLater(ECHO_MS + 400, { write });
  },
};

cases[process.argv[2]]();
setTimeout(() => process.stdout.write('survived\n'), ECHO_MS + 1000);

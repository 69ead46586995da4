/**
 * A process that takes a signal at a chosen moment of a write's interruption window, for test/write/stops.test.ts:
 * `node driver.mjs <case>`. It prints `survived` if it is still running half a second later.
 */
import { interruptions } from '../../../src/write/stops.js';

const cases: Record<string, () => void> = {
  // The signal is taken by the process just before the write releases it, and reaches JavaScript only afterwards.
  asWriteEnds: () => {
    const stop = interruptions();
    process.kill(process.pid, 'SIGINT');
    stop.release();
  },
  // Between two writes, with no other listener: the process ends by the signal itself.
  betweenWrites: () => {
    interruptions().release();
    process.kill(process.pid, 'SIGTERM');
  },
  // Between two writes, the process's own listener decides.
  ownListener: () => {
    process.on('SIGHUP', () => process.exit(7));
    interruptions().release();
    process.kill(process.pid, 'SIGHUP');
  },
  // Two writes under way: the signal waits for both.
  overlapping: () => {
    const first = interruptions();
    const second = interruptions();
    process.kill(process.pid, 'SIGINT');
    setTimeout(() => {
      process.stdout.write('first done\n');
      first.release();
      process.stdout.write('second done\n');
      second.release();
    }, 100);
  },
};

cases[process.argv[2]]();
setTimeout(() => process.stdout.write('survived\n'), 500);

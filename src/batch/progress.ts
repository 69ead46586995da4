import { SingleBar } from 'cli-progress';
import { BATCH_MESSAGES } from './messages.js';
import type { BatchResult } from './task.js';

/** Shows a batch's progress: a bar on a terminal, one plain line per input otherwise (logs, CI, pipes). */
export interface Progress {
  start(total: number): void;
  done(result: BatchResult): void;
  stop(): void;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

export function progressFor(stream: NodeJS.WriteStream, mode: 'build' | 'check' = 'build'): Progress {
  return stream.isTTY ? barProgress(stream, mode) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream, mode: 'build' | 'check'): Progress {
  const bar = new SingleBar({
    stream,
    format: mode === 'check' ? BATCH_MESSAGES.checkProgress : BATCH_MESSAGES.buildProgress,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: false,
  });
  let ok = 0;
  let failed = 0;
  return {
    start: (total) => bar.start(total, 0, { ok, failed }),
    done: (r) => {
      if (r.ok) ok++;
      else failed++;
      bar.increment(1, { ok, failed });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let count = 0;
  return {
    start: (n) => {
      total = n;
    },
    done: (r) => {
      count++;
      const line = r.ok ? `✓ ${r.file}${r.folder ? ` → ${r.folder}` : ''}` : `✗ ${r.file}：${firstLine(r.reason)}`;
      stream.write(`[${count}/${total}] ${line}\n`);
    },
    stop: () => undefined,
  };
}

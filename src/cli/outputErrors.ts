import { EXIT } from '../diagnostics/finding.js';
import { stdoutErrorMessage } from '../diagnostics/osErrors.js';

/**
 * How a failed write to stdout or stderr ends the process. A reader that stops early (`jixiao schema | head`) closes
 * the pipe: that is not an error of ours. Any other failed write to stdout (a full disk: `jixiao schema > /dev/full`)
 * is said on stderr, exit 1; if stderr fails too, exit 1.
 */
export function endOnOutputErrors(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${stdoutErrorMessage(e)}\n`, () => process.exit(EXIT.input));
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT.input));
}

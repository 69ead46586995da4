#!/usr/bin/env node
import '../node/resources.js';
import { EXIT } from '../diagnostics/finding.js';
import { stdoutErrorMessage } from '../diagnostics/osErrors.js';

// A reader that stops early (`jixiao schema | head`) closes the pipe: that is not an error of ours. Any other failed
// write to stdout (a full disk: `jixiao schema > /dev/full`) is said on stderr, exit 1; if stderr fails too, exit 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${stdoutErrorMessage(e)}\n`, () => process.exit(EXIT.input));
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT.input));

// The core's modules read templates as they load: the commands are loaded only once the Node resources are set
// (in a bundle split into chunks, imported chunks do not run in the order of the imports). No top-level await: the
// same entry is also bundled as one CommonJS script (scripts/bundle.mjs, for bin/codeCache.mjs).
void import('./main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});

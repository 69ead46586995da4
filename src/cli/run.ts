#!/usr/bin/env node
import '../node/resources.js';
import { endOnOutputErrors } from './outputErrors.js';

endOnOutputErrors();

// The core's modules read templates as they load: the commands are loaded only once the Node resources are set
// (in a bundle split into chunks, imported chunks do not run in the order of the imports). No top-level await: the
// same entry is also bundled as one CommonJS script (scripts/bundle.mjs, for bin/codeCache.cjs).
void import('./main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});

#!/usr/bin/env node
// The installed command: runs the bundle made at install time (scripts/bundle.mjs). Its help comes from the text the
// CLI printed then (dist/help.cjs); the commands run a single-script form with a V8 code cache (bin/codeCache.cjs),
// check its own smaller script; serve, help and a batch's main thread load only the chunks they use. A batch runs in
// a second process with fewer V8 threads (bin/batchProcess.cjs).
// CommonJS: Node starts a CommonJS file without its ES module loader, ~13 ms less for every command.
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { cachedCommand, runCached } = require('./codeCache.cjs');

const dist = join(__dirname, '..', 'dist');
const argv = process.argv.slice(2);

/** dist/help.cjs, unless the bundle has none (made before it existed): the CLI then prints its help itself. */
function prerenderedHelp() {
  try {
    return require(join(dist, 'help.cjs'));
  } catch {
    return undefined;
  }
}

/** The command, in this process: from the script with its code cache (cachedCommand says which), else from the chunks. */
function runHere() {
  const command = cachedCommand(argv);
  const script = command === 'check' ? 'jixiao-check.cjs' : 'jixiao.cjs';
  if (!command || !runCached(join(dist, script), command)) import(pathToFileURL(join(dist, 'jixiao.mjs')).href);
}

if (!(argv.length === 1 && prerenderedHelp()?.writeHelp(argv))) {
  const batch = require('./batchProcess.cjs');
  if (batch.isBatch(argv) && !batch.poolChosen()) batch.runInBatchProcess(__filename, argv, runHere);
  else {
    batch.watchLauncher();
    runHere();
  }
}

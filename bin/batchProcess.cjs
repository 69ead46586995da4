// A batch (build or check of a folder, or of several input files) runs in a second Node process whose V8 has one
// background thread instead of Node's default four. A batch keeps every core busy with its worker threads; V8's own
// threads (parallel garbage collection, compiling in the background) then take cores from the workers instead of
// using idle ones. On 2 cores, 40 units: CPU 0.78×, wall 0.77× with one thread (0.91× with two); 200 units: wall
// 0.77×. A single build gains too (wall ~0.88×), but not once a second process has to be started for it, so only a
// batch, which runs for seconds, is worth the ~50 ms.
'use strict';
const { COMMANDS, commandLine, statOf } = require('./codeCache.cjs');

/** Node's option for the size of V8's thread pool, as the batch's process is started with it. */
const POOL_OPTION = '--v8-pool-size=1';

/**
 * The signals a batch stops on (src/batch/runBatch.ts, src/write/stops.ts). One sent to this process alone (kill,
 * a service manager) is passed on. A Ctrl-C reaches both processes, so the batch's gets it twice: src/write/stops.ts
 * takes the same signal again within half a second as the same one.
 */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const isDirectory = (path) => statOf(path)?.isDirectory() === true;

/** Whether a command line runs a batch: build or check of several inputs, or of a folder. Misread, it costs only speed. */
function isBatch(argv, directoryCheck = isDirectory) {
  const { command, inputs } = commandLine(argv);
  return COMMANDS.has(command) && (inputs.length > 1 || (inputs.length === 1 && directoryCheck(inputs[0])));
}

/** Whether this process was started with a pool size: it is the batch's process, or the user chose one. */
function poolChosen(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => a.startsWith('--v8-pool-size'));
}

/**
 * This process's Node options, for the batch's process, without the inspector's: its port is taken by this process.
 * (To debug a batch, start it with a pool size of its own: it then runs in the first process.)
 */
function childOptions(execArgv) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (!/^--(inspect|debug)/.test(execArgv[i])) out.push(execArgv[i]);
    else if (/^--(inspect-port|debug-port)$/.test(execArgv[i])) i++;
  }
  return out;
}

/**
 * Runs `launcher` with `argv` in the batch's process, which shares this one's standard input, output and error, and
 * ends this process as that one ends: with its exit code, or by its signal. When it cannot be started (no memory
 * for a process, say), runs `here` instead: the batch then runs at the old speed.
 */
function runInBatchProcess(launcher, argv, here) {
  // Here, not at the top: every other command would pay for loading node:child_process.
  const { spawn } = require('node:child_process');
  let started = false;
  const child = spawn(process.execPath, [...childOptions(process.execArgv), POOL_OPTION, launcher, ...argv], { stdio: 'inherit' });
  // On Windows a console's Ctrl-C and its closing reach every process attached to it, and ChildProcess.kill() ends a
  // process at once, as SIGKILL would, cutting its writes short: there the listeners only keep this process from
  // ending before the batch's.
  const forward = process.platform === 'win32' ? () => {} : (signal) => child.kill(signal);
  const stopForwarding = () => {
    for (const s of FORWARDED) process.off(s, forward);
  };
  for (const s of FORWARDED) process.on(s, forward);
  child.once('spawn', () => {
    started = true;
  });
  child.on('error', () => {
    // Once started, an error is a signal that could not be passed on, to a process that has just ended.
    if (started) return;
    stopForwarding();
    here();
  });
  child.once('exit', (code, signal) => {
    stopForwarding();
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code;
  });
}

module.exports = { POOL_OPTION, childOptions, isBatch, poolChosen, runInBatchProcess };

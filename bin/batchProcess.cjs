// A batch (build or check of a folder, or of several input files) runs in a second Node process whose V8 has one
// background thread instead of Node's default four. A batch keeps every core busy with its worker threads; V8's own
// threads (parallel garbage collection, compiling in the background) then take cores from the workers instead of
// using idle ones. On 2 cores, 40 units: CPU 0.78×, wall 0.77× with one thread (0.91× with two); 200 units: wall
// 0.77×. A single build gains too (wall ~0.88×), but not once a second process has to be started for it, so only a
// batch, which runs for seconds, is worth the ~50 ms.
'use strict';
const { COMMANDS, TURBOFAN_BUDGET, commandLine, flagsToSet, nodeOptionChosen, statOf } = require('./codeCache.cjs');

/** Node's option for the size of V8's thread pool, as the batch's process is started with it. */
const POOL_OPTION = '--v8-pool-size=1';

/**
 * How far V8 lets a heap grow before its next full collection: to 2.5× what survived the last one. Each worker's heap
 * is capped at 1 GB (workerHeap in src/batch/runBatch.ts), for which V8 11 allows only ~1.6×: in a 200-unit batch each
 * worker ran 38 full collections over its ~100 units, one every 2–3 units, and a full collection also throws away
 * optimised code whose functions or objects' shapes are gone (a unit's callbacks and shapes are made anew for each
 * unit), which V8 then compiles again: 806 of that batch's 1,529 TurboFan compiles were of a function compiled
 * before. At 2.5×: 18 full collections a worker, 604 such compiles; 200 units took 0.91× the time and 0.89× the CPU
 * (5 pairs), at 248 MB of peak memory instead of 213 (3× gave 0.89× and 0.87× at 265 MB, 4 pairs; 4× went past
 * 300 MB); a check of 200 units and a build of 19 took the same time (7 pairs each). The same bytes out. The flag
 * sets the factor itself, in every case: where V8 would grow less (1.1–1.3× when memory is tight) and on the batch's
 * main thread (up to 4×) it is 2.5× too, still bounded at halfway to the heap's cap.
 */
const HEAP_GROWTH = { flag: '--heap-growing-percent=150', chosen: /^--(heap[-_]growing[-_]percent|predictable[-_]gc[-_]schedule)(=|$)/ };

/**
 * The V8 flags the batch's process is started with, unless the user chose their own (none from V8 12 on, as for a
 * one-file command): HEAP_GROWTH, and V8's wait before it optimises a function with TurboFan raised as for a one-file
 * build (bin/codeCache.cjs), as each worker's first units otherwise had V8 optimise code they had run their last of
 * (20 units, wall 0.94×, CPU 0.88×, 5 pairs). On the command line, so V8 compiles Node's own modules from source in
 * the batch's process and its workers (their code caches are for the default flags), which the measures include.
 */
const batchFlags = (execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') => flagsToSet([TURBOFAN_BUDGET, HEAP_GROWTH], execArgv, nodeOptions);

/**
 * The signals a batch stops on (STOP_SIGNALS in src/write/stops.ts). One sent to this process alone (kill,
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

/** Names, for the batch's process, the process that started it (and holds the other end of its channel). */
const LAUNCHER_PID = 'JIXIAO_BATCH_LAUNCHER';

/** Node's spellings of the pool-size option (dashes and underscores are the same to it). */
const POOL_SIZE = /^--v8[-_]pool[-_]size(=|$)/;

/** Whether this process was started with a pool size: it is the batch's process, or the user chose one. */
function poolChosen(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return nodeOptionChosen(POOL_SIZE, execArgv, nodeOptions);
}

/** The inspector's options: their port is taken by this process. */
const INSPECTOR = /^--(inspect(-brk|-port|-wait)?|debug-port)(=|$)/;
/** Those of them followed by their value as a separate word. */
const INSPECTOR_VALUED = /^--(inspect-port|debug-port)$/;

/**
 * Node options of this process, for the batch's, without the inspector's (to debug a batch, start it with a pool
 * size of its own: it then runs in the first process).
 */
function childOptions(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    if (!INSPECTOR.test(words[i])) out.push(words[i]);
    else if (INSPECTOR_VALUED.test(words[i])) i++;
  }
  return out;
}

/** The environment for the batch's process: NODE_OPTIONS without the inspector's options. */
function childEnvironment(env) {
  if (!env.NODE_OPTIONS || !env.NODE_OPTIONS.split(/\s+/).some((w) => INSPECTOR.test(w))) return env;
  return { ...env, NODE_OPTIONS: childOptions(env.NODE_OPTIONS.split(/\s+/)).join(' ') };
}

/**
 * Signals whose default action also dumps core: passed back as an exit code (128 + the signal's number), so that
 * this process does not leave a second, misleading core dump.
 */
const DUMPS_CORE = new Set(['SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGSEGV', 'SIGSYS', 'SIGXCPU', 'SIGXFSZ']);

/** The exit code of a process ended by `signal`, as a shell reports it. */
const exitCodeOf = (signal) => 128 + (require('node:os').constants.signals[signal] ?? 0);

/** Ends this process as the batch's ended: by its signal, or with its exit code. */
function endAs(code, signal) {
  if (!signal) {
    process.exitCode = code ?? 1;
    return;
  }
  // Also when the signal does not end this process: as PID 1 in a container, a process ignores signals it has no
  // listener for, even the one it sends itself.
  process.exitCode = exitCodeOf(signal);
  if (!DUMPS_CORE.has(signal)) process.kill(process.pid, signal);
}

/**
 * Runs `launcher` with `argv` in the batch's process, which shares this one's standard input, output and error, and
 * ends this process as that one ends: with its exit code, or by its signal. When it cannot be started (no memory
 * for a process, a command line too long for the system), runs `here` instead: the batch then runs at the old
 * speed. The batch's process is told through a channel of its own when this one is gone (bin/jixiao.cjs).
 */
function runInBatchProcess(launcher, argv, here, spawn = require('node:child_process').spawn) {
  let started = false;
  let child;
  try {
    child = spawn(process.execPath, [...childOptions(process.execArgv), POOL_OPTION, ...batchFlags(), launcher, ...argv], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...childEnvironment(process.env), [LAUNCHER_PID]: String(process.pid) },
      windowsHide: true,
    });
  } catch {
    here();
    return;
  }
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
    endAs(code, signal);
  });
}

/**
 * In the batch's process: when the first process is gone (killed with SIGKILL, say), the batch stops as on SIGTERM,
 * rather than go on writing with nobody waiting for it. The channel does not keep the process running.
 */
function watchLauncher() {
  if (!process.channel || process.env[LAUNCHER_PID] !== String(process.ppid)) return;
  process.channel.unref();
  process.once('disconnect', () => {
    if (process.listenerCount('SIGTERM') > 0) process.emit('SIGTERM', 'SIGTERM');
    else process.exit(exitCodeOf('SIGTERM'));
  });
}

module.exports = { POOL_OPTION, batchFlags, childEnvironment, childOptions, isBatch, poolChosen, runInBatchProcess, watchLauncher };

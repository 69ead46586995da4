// Runs the CLI's single-script bundle (dist/jixiao.cjs, scripts/bundle.mjs) with a V8 code cache: most of a cold
// `check`, and a good part of a cold `build`, is V8 compiling the bundle, and Node 20 keeps no code cache for ES
// modules. The cache is the bytecode of every function the command ran, taken at the end of a run that had none,
// beside the script (never in a shared temporary folder: a cache is code). A missing, stale or rejected cache only
// costs a normal compile, and is written again.
'use strict';
// CommonJS, as bin/jixiao.cjs: require() of Node's modules skips the ES loader's start-up and the ES facades it builds
// for them (node:fs's facade alone loads the stream modules).
const { isAscii } = require('node:buffer');
const { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const zlib = require('node:zlib');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');

/** The commands run from the script when given one input file, with V8 flags of their own (setCommandFlags). */
const COMMANDS = new Set(['build', 'check']);

/**
 * The other commands run from the script, each with a code cache of its own, under V8's own flags: from the chunks
 * (dist/jixiao.mjs) V8 compiles each chunk they load at every start, as Node 20 keeps no code cache for ES modules.
 * From the script (median wall of 9 runs each, alternating with the chunks): schema 136 ms against 218, convert of the
 * example to YAML 183 against 275, diff 138 against 237. Not serve, a server: it starts once, and runs long after.
 */
const SCRIPT_COMMANDS = new Set(['convert', 'diff', 'init', 'profiles', 'schema', 'sign', 'verify']);

/** Options that print a command's help instead of running it: such a run would leave a cache without the command. */
const HELP = new Set(['-h', '--help']);

/** Options of the command line (global, build, check) followed by a value; a test compares it with the CLI's own. */
const VALUED = new Set(['--templates', '-o', '--out', '--correction-of', '--correction-date', '--sign', '--password', '--password-file', '--reason', '--location']);

/** What is at `path`, or undefined when nothing (or nothing this process may look at) is. */
function statOf(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isFile = (path) => statOf(path)?.isFile() === true;

/**
 * Whether this process's Node options, on its command line or in NODE_OPTIONS (an entry there may be quoted),
 * include one that `pattern` matches.
 */
function nodeOptionChosen(pattern, execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((o) => pattern.test(o.replace(/^["']/, '')));
}

/** Reads `length` bytes of the file `fd` from its start into `bytes` at `at`; a file that got shorter is an error. */
function readFully(fd, bytes, at, length, file) {
  for (let read = 0; read < length; ) {
    const n = readSync(fd, bytes, at + read, length - read, read);
    if (n === 0) throw new Error(`${file} got shorter while it was read`);
    read += n;
  }
}

/**
 * The command a command line runs from the script: one of COMMANDS on one input file, or one of SCRIPT_COMMANDS, but
 * not when it asks for help. A batch (a folder, several files) loads the chunks: its process is mostly worker
 * threads, and a whole script with its cache in the main thread would add ~50 MB to the batch's peak memory for
 * little time. Misreading a command line costs only speed.
 */
function cachedCommand(argv, fileCheck = isFile) {
  if (argv.some((a) => HELP.has(a))) return undefined;
  const { command, inputs } = commandLine(argv);
  if (SCRIPT_COMMANDS.has(command)) return command;
  return COMMANDS.has(command) && inputs.length === 1 && fileCheck(inputs[0]) ? command : undefined;
}

/** The command a command line names and the paths it gives that command, options and their values left out. */
function commandLine(argv) {
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    if (VALUED.has(argv[i])) i++;
    else if (!argv[i].startsWith('-')) positional.push(argv[i]);
  }
  const [command, ...inputs] = positional;
  return { command, inputs };
}

/**
 * What a cache was made for (`s`: the script's stat). V8 itself rejects a cache of another V8 version or other flags,
 * but of the source it checks only the length, so the script's size, time and inode are part of the key: a rebuilt
 * script is a new key.
 */
function keyOf(s) {
  return `jixiao-code-cache 3 ${DIGEST} ${process.version} ${process.arch} ${s.size} ${s.mtimeMs} ${s.ino} `;
}

/**
 * The cache's bytes when it was made for `key` and is whole. V8 checks a cache's size but, in release builds, not
 * its checksum, and a damaged cache could crash the process: the header holds a digest of the bytes.
 *
 * Read into `spare` when it is large enough (the script's own buffer, whose text has been copied out): on a machine
 * where the first touch of a page is dear, as a virtual machine's fresh memory is (~10 µs a page on the one the
 * bench runs on), a second buffer of a few MB costs several ms.
 */
function readCache(file, key, spare) {
  let bytes;
  try {
    bytes = readWhole(file, spare);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10, key.length);
  if (end < 0 || bytes.toString('latin1', 0, key.length) !== key) return undefined;
  const data = bytes.subarray(end + 1);
  return bytes.toString('latin1', key.length, end).trimEnd() === digest(data) ? data : undefined;
}

/** The whole file, in `spare` when it fits (a view of its first bytes), else in a buffer of its own. */
function readWhole(file, spare) {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const bytes = spare && spare.length >= size ? spare.subarray(0, size) : Buffer.allocUnsafeSlow(size);
    readFully(fd, bytes, 0, size, file);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The cache's header (key, digest, newline) padded with spaces to a multiple of 8 bytes, so that the bytes after it
 * start 8-aligned in the buffer they are read into: V8 copies cache data that is not pointer-aligned before using it.
 */
const HEADER_ALIGNMENT = 8;
function headerOf(key, data) {
  const text = `${key}${digest(data)}`;
  return `${text.padEnd(Math.ceil((text.length + 1) / HEADER_ALIGNMENT) * HEADER_ALIGNMENT - 1)}\n`;
}

/**
 * A CRC-32 of the bytes (Node 20.15 and later): it finds damage as surely as a cryptographic hash, which took ~10 ms
 * of every run over a 3.5 MB cache. Older Node versions use SHA-1; the key says which, so neither reads the other's.
 */
const DIGEST = zlib.crc32 ? 'crc32' : 'sha1';
function digest(data) {
  // node:crypto only where it is used: loading it takes ~9 ms.
  return DIGEST === 'crc32' ? zlib.crc32(data).toString(16) : require('node:crypto').createHash('sha1').update(data).digest('hex');
}

/** Written whole or not at all: another process may be reading or writing the same cache. */
function writeCache(file, key, data) {
  // Per process and thread: the worker threads of a batch may write the same cache at once.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeFileSync(fd, Buffer.concat([Buffer.from(headerOf(key, data), 'latin1'), data]));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    // A read-only installation runs without a cache.
    rmSync(temp, { force: true });
  }
}

/** How Node's CommonJS loader wraps a file: its names given as parameters. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAP_TAIL = '\n})';

/**
 * The file's text wrapped as Node's CommonJS loader wraps it (its own hashbang line ignored), read into one buffer
 * with room for the wrapper: V8 compiles a flat string, and a wrapper joined on afterwards made it copy the whole
 * script once more. Also the file's stat, taken from the file that was read, and the buffer, at least `room` bytes
 * long and free to be read into again once the text is made.
 */
function wrappedSource(file, room = 0) {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const at = WRAP_HEAD.length;
    const length = at + stat.size + WRAP_TAIL.length;
    const buffer = Buffer.allocUnsafeSlow(Math.max(length, room));
    const bytes = buffer.subarray(0, length);
    bytes.write(WRAP_HEAD, 0, 'latin1');
    readFully(fd, bytes, at, stat.size, file);
    bytes.write(WRAP_TAIL, at + stat.size, 'latin1');
    if (bytes[at] === 0x23 && bytes[at + 1] === 0x21) bytes.write('//', at, 'latin1');
    // The bundle escapes every non-ASCII character (scripts/bundle.mjs): read so, it is a one-byte string.
    return { source: isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'), stat, buffer };
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `script` (a CommonJS file) as Node would, with the code cache named `name`. Returns its exports and `save`,
 * which writes the cache when the run had none (or V8 rejected it): call it once the code that matters has run, for
 * the cache holds the bytecode of every function run by then. `ready` is given `save` just before the script runs.
 * Returns undefined when there is no such script (a bundle made before it existed), so that the caller loads the
 * chunks instead.
 */
function loadCached(script, name, ready = () => {}, prepare = () => {}) {
  const file = script instanceof URL ? fileURLToPath(script) : script;
  let source;
  let key;
  let spare;
  const cacheFile = `${file}.${name}.cache`;
  try {
    let stat;
    ({ source, stat, buffer: spare } = wrappedSource(file, statOf(cacheFile)?.size));
    key = keyOf(stat);
  } catch {
    return undefined;
  }
  prepare();
  const cachedData = readCache(cacheFile, key, spare);
  const compiled = new vm.Script(source, { filename: file, cachedData });
  let stale = !cachedData || compiled.cachedDataRejected;
  const save = () => {
    if (stale) writeCache(cacheFile, key, compiled.createCachedData());
    stale = false;
  };
  const module = { exports: {}, filename: file };
  const require = createRequire(file);
  ready(save);
  compiled.runInThisContext()(module.exports, require, module, file, dirname(file));
  return { exports: module.exports, save };
}

/**
 * Runs `script` (a CommonJS file) as Node would, with the code cache of `command`. Returns false when there is no
 * such script (a bundle made before it existed), so that the caller loads the chunks instead.
 */
function runCached(script, command) {
  // At exit every function the command ran has its bytecode, so the next run compiles none of them; only after a
  // whole run, not one stopped early by a usage or input error: a build that exits 0, a check that worked out its
  // findings (it exits 1 on errors, as on an input error), which src/cli/check.ts tells by CHECKED_EVENT.
  let checked = false;
  process.once('jixiao:checked', () => {
    checked = true;
  });
  const ready = (save) =>
    process.once('exit', (code) => {
      if (command === 'check' ? checked && (code === 0 || code === 1) : code === 0) save();
    });
  return loadCached(script, command, ready, () => setCommandFlags(command)) !== undefined;
}

/**
 * V8 flags for a one-file build or check, set once its script is found, before its cache is read or made: a code
 * cache is made for the flags it was made under, so the cache is made under them too. A flag the user's Node options
 * set is theirs, and kept. Nothing is set from V8 12 on (Node 22), where none was measured.
 *
 * - --semi-space-growth-factor=1 keeps V8's young generation at the size it starts with. A one-file build or check is
 *   a short process, and V8 doubles its young generation towards 16 MB while the command starts (nearly everything
 *   allocated then survives). Each doubling is memory the process touches for the first time, which on the machine
 *   the bench runs on (a virtual machine) costs ~10 µs a page. Held, a cold build took 0.95× the time with 14 MB less
 *   peak memory, a check 0.94× with 5 MB less, and a build of 30 projects the same time with 30 MB less (paired
 *   runs). V8 reads the growth factor at each growth, so it can be set from here.
 * - --interrupt-budget at 8× its default makes V8 wait eight times as long before it optimises a function with
 *   TurboFan. A cold build of the example had V8 optimise ~110 functions, ~650 ms of compiling on a second core,
 *   mostly for code that had run its last by the time it was optimised. With the budget raised, a cold build took
 *   0.82× the time and 0.71× the CPU, and a build of 100 projects (~2.6 s) 0.94× the time and 0.84× the CPU, with the
 *   same bytes (paired runs). With no TurboFan at all (--no-turbofan) the example took 0.89× but 100 projects 1.13×.
 * - --no-parallel-scavenge has the main thread collect the young generation alone. Held at 1 MB, it is collected ~17
 *   times in a check, and each time V8 split the work with a second thread (~12 ms of that thread's CPU in all), which
 *   the main thread then waited for. Alone: a check 0.95× the CPU at the same time (25 pairs), a cold build 0.95× the
 *   CPU and 0.98× the time (15 pairs), a build of 100 projects 0.91× the CPU and 0.94× the time (7 pairs); same bytes.
 *
 * Node's own modules carry code caches made under V8's default flags, which V8 rejects once a flag differs, and each
 * module then loaded is compiled from its source (~3 ms in all for a build). So the modules the command loads in any
 * case are loaded first: the streams of standard output and error, node:process, and for a build node:crypto,
 * node:fs/promises and node:os. (A check loads neither node:crypto nor node:fs/promises.)
 */
// 66 KB is V8 11's default budget. A batch's process is started with it too (bin/batchProcess.cjs).
const TURBOFAN_BUDGET = { flag: `--interrupt-budget=${8 * 66 * 1024}`, chosen: /^--(interrupt[-_]budget(=|$)|(no[-_])?(turbofan|opt)\b|jitless)/ };
const COMMAND_FLAGS = [
  { flag: '--semi-space-growth-factor=1', chosen: /^--(max[-_]|min[-_])?semi[-_]space|^--(max|initial)[-_]heap[-_]size/ },
  TURBOFAN_BUDGET,
  { flag: '--no-parallel-scavenge', chosen: /^--((no[-_])?parallel[-_]scavenge|single[-_]threaded([-_]gc)?)$/ },
];

/** Whether this V8 is one the flags were measured on: none is set from V8 12 on (Node 22). */
const FLAGS_APPLY = Number(process.versions.v8.split('.')[0]) < 12;

/** Those of `flags` to set here: none from V8 12 on, and none the user's Node options chose themselves. */
function flagsToSet(flags, execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  if (!FLAGS_APPLY) return [];
  return flags.filter((f) => !nodeOptionChosen(f.chosen, execArgv, nodeOptions)).map((f) => f.flag);
}

/** The V8 flags this process set itself (setCommandFlags), which its command line does not show. */
const flagsSet = [];

function setCommandFlags(command) {
  if (!COMMANDS.has(command)) return;
  const flags = flagsToSet(COMMAND_FLAGS);
  if (flags.length === 0) return;
  flagsSet.push(...flags);
  void process.stdout;
  void process.stderr;
  require('node:process');
  if (command === 'build') {
    void require('node:crypto').webcrypto;
    require('node:fs/promises');
    require('node:os');
  }
  const v8 = require('node:v8');
  for (const flag of flags) v8.setFlagsFromString(flag);
}

/**
 * Runs `script`, a script of the bundle that only some commands load and only when they need it (a package's part,
 * scripts/bundle.mjs PART_SCRIPTS), with a code cache as the command's own script has. V8 refuses a cache made under
 * other V8 flags, and such a script is loaded under several (build and check set theirs, a batch runs under its own,
 * the other commands under none): each set of flags has its own cache, named after it, so that no command throws
 * away another's. The cache is written at exit when there was none, and holds what the process ran of the script.
 * Returns the script's exports, or undefined when there is no such script.
 */
function loadScript(script) {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? '', ...flagsSet].join(' ');
  return loadCached(script, `flags-${digest(Buffer.from(flags))}`, (save) => process.once('exit', save))?.exports;
}

module.exports = { COMMANDS, FLAGS_APPLY, TURBOFAN_BUDGET, VALUED, cachedCommand, commandLine, flagsToSet, loadCached, loadScript, nodeOptionChosen, runCached, statOf };

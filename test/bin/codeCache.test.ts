import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the installed command's plain CommonJS module, without types
import { FLAGS_APPLY, cachedCommand, VALUED } from '../../bin/codeCache.cjs';
import { cliProgram } from '../../src/cli/main.js';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { makeCa, makeSigner, p12 } from '../sign/pki.js';
import { pngFile } from '../cli/budgetCases.js';

// A folder of its own: other test files bundle into theirs, in parallel.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-code-cache');
const SCRIPT = join(DIST, 'jixiao.cjs');
const CHECK_SCRIPT = join(DIST, 'jixiao-check.cjs');
const WORKER_SCRIPT = join(DIST, 'batch-worker.cjs');
const RUNNER = join(import.meta.dirname, 'fixtures', 'cachedRun.mjs');
/** Lines of `--trace-opt` output that start a TurboFan compile. */
const turbofanCompiles = (stdout: string) => stdout.split('\n').filter((line) => /^\[compiling method .*target TURBOFAN/.test(line));
/**
 * The sources `--print-opt-source` prints of the functions V8 optimised, but mapList's (src/mapList.ts, minified):
 * every array of a check is mapped by that one loop, hot by design, and its compile is ~1.5 ms (a check of the
 * example measured 1.00× with it, 31 pairs).
 */
const MAP_LIST = /^\((\w+),(\w+)\)\{let (\w+)=\[\];for\(let (\w+)=0,(\w+)=\1\.length;\4<\5;\4\+\+\)\3\.push\(\2\(\1\[\4\],\4\)\);return \3\}$/;
const optimisedSources = (stdout: string) =>
  [...stdout.matchAll(/^--- FUNCTION SOURCE \(.*?\) id\{\d+,-1\} start\{\d+\} ---\n([^]*?)\n--- END ---$/gm)].map((m) => m[1]).filter((source) => !MAP_LIST.test(source));
/** The code caches of exceljs's Workbook script (one per set of V8 flags), in name order. */
const partCaches = () => readdirSync(DIST).filter((n) => n.startsWith('exceljs-workbook.cjs.') && n.endsWith('.cache')).sort();

/** A signer's .p12 (password "secret") under a test CA, for a signed build. */
function signingKey(): string {
  const ca = makeCa();
  const file = join(tempDir('jixiao-code-cache-keys-'), 'good.p12');
  writeFileSync(file, p12(makeSigner(ca), ca, 'secret'));
  return file;
}

/** The script bin/jixiao.cjs runs a command from. */
const scriptOf = (command: string) => (command === 'check' ? CHECK_SCRIPT : SCRIPT);
const cacheOf = (command: string) => `${scriptOf(command)}.${command}.cache`;

/** The command from its script with its code cache, as bin/jixiao.cjs runs it. */
function cached(command: string, args: string[], script = scriptOf(command)) {
  return spawnSync(process.execPath, [RUNNER, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, JIXIAO_TEST_SCRIPT: script, JIXIAO_TEST_COMMAND: command } });
}

/** The same command from the chunks (dist/jixiao.mjs), which have no code cache. */
function chunks(args: string[]) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });
}

const check = ['check', EXAMPLE_PATH, '--json'];

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
}, 120_000);

describe('the command line that runs from the script', () => {
  const files = new Set(['a.json', 'b.json']);
  const command = (argv: string[]) => cachedCommand(argv, (p: string) => files.has(p));

  it('is build or check of one input file, after any global options', () => {
    expect(command(['build', 'a.json', '-o', 'out', '--force'])).toBe('build');
    expect(command(['--debug', '--templates', 'check', 'check', 'a.json'])).toBe('check');
    expect(command(['build', '--correction-of', 'b.json', 'a.json'])).toBe('build');
  });

  it('is any other command but serve, whatever its arguments, after any global options', () => {
    for (const c of ['convert', 'diff', 'init', 'profiles', 'schema', 'sign', 'verify']) expect(command(['--debug', c, 'a.json', 'b.json'])).toBe(c);
    expect(command(['--templates', 'mine', 'schema'])).toBe('schema');
  });

  it('is not a batch, serve, help or a misspelt command', () => {
    expect(command(['build', 'folder', '-o', 'out'])).toBeUndefined();
    expect(command(['check', 'a.json', 'b.json'])).toBeUndefined();
    expect(command(['serve', '--port', '8080'])).toBeUndefined();
    expect(command(['--help'])).toBeUndefined();
    expect(command(['help', 'build'])).toBeUndefined();
    expect(command(['bulid', 'a.json'])).toBeUndefined();
    expect(command([])).toBeUndefined();
  });

  it('is not a command asked for its help: that run would leave a cache without the command in it', () => {
    expect(command(['build', 'a.json', '--help'])).toBeUndefined();
    expect(command(['convert', '-h'])).toBeUndefined();
  });

  it('knows every option of build, check and the global ones that takes a value', () => {
    const program = cliProgram();
    const commands = [program, ...program.commands.filter((c) => ['build', 'check'].includes(c.name()))];
    const valued = commands.flatMap((c) => c.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long])).filter(Boolean);
    expect([...VALUED].sort()).toEqual([...new Set(valued)].sort());
  });

  it('is a signed build of one file, the password given on the command line', () => {
    expect(command(['build', 'a.json', '-o', 'out', '--sign', 'k.p12', '--password', 'secret'])).toBe('build');
    expect(command(['build', 'a.json', '--sign', 'k.p12', '--password-file', 'pw.txt', '--reason', '审核', '--location', '衡阳'])).toBe('build');
  });

  it('looks at the file system by default', () => {
    expect(cachedCommand(['check', EXAMPLE_PATH])).toBe('check');
    expect(cachedCommand(['check', ROOT])).toBeUndefined();
  });
});

describe('the code cache', () => {
  it('is written by a run that had none and used by the next, with the output of the chunks', () => {
    const expected = chunks(check);
    expect(expected.status, expected.stderr).toBe(1);
    expect(existsSync(cacheOf('check'))).toBe(false);
    const first = cached('check', check);
    expect([first.status, first.stdout]).toEqual([1, expected.stdout]);
    const written = readFileSync(cacheOf('check'));
    // The bytes after the header start 8-aligned: V8 copies cache data that is not pointer-aligned.
    expect((written.indexOf(10) + 1) % 8).toBe(0);
    const { ino } = statSync(cacheOf('check'));
    const second = cached('check', check);
    expect([second.status, second.stdout]).toEqual([1, expected.stdout]);
    // Accepted, so not written again: a cache V8 rejected would be written anew, as a new file (same bytes or not).
    expect(readFileSync(cacheOf('check')).equals(written)).toBe(true);
    expect(statSync(cacheOf('check')).ino).toBe(ino);
  }, 120_000);

  it('is not written by a check stopped by an input error, whose cache would lack the checks, but by the next whole check', () => {
    const dir = tempDir('jixiao-code-cache-');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"year": 2022,}');
    rmSync(cacheOf('check'), { force: true });
    const refused = cached('check', ['check', broken]);
    expect(refused.status, refused.stderr).toBe(1);
    expect(existsSync(cacheOf('check'))).toBe(false);
    const whole = cached('check', check);
    expect(whole.status, whole.stderr).toBe(1);
    expect(existsSync(cacheOf('check'))).toBe(true);
  }, 120_000);

  it('is ignored and written again when damaged', () => {
    const expected = chunks(check).stdout;
    cached('check', check);
    const good = readFileSync(cacheOf('check'));
    const damaged = Buffer.from(good);
    for (let i = damaged.length - 5000; i < damaged.length; i += 7) damaged[i] ^= 0x5a;
    writeFileSync(cacheOf('check'), damaged);
    const r = cached('check', check);
    expect([r.status, r.stdout]).toEqual([1, expected]);
    expect(readFileSync(cacheOf('check')).equals(damaged)).toBe(false);
  }, 120_000);

  it('is ignored and written again when the script was rebuilt (V8 itself compares only its length)', () => {
    cached('check', check);
    const before = readFileSync(cacheOf('check'));
    const later = new Date(statSync(CHECK_SCRIPT).mtimeMs + 60_000);
    utimesSync(CHECK_SCRIPT, later, later);
    const r = cached('check', check);
    expect([r.status, r.stdout]).toEqual([1, chunks(check).stdout]);
    const after = readFileSync(cacheOf('check'));
    expect(after.equals(before)).toBe(false);
    expect(after.toString('latin1', 0, 200)).toContain(` ${statSync(CHECK_SCRIPT).mtimeMs} `);
  }, 120_000);

  it('runs build to the same bytes as the chunks, with and without a cache', () => {
    const shas = (run: (args: string[]) => ReturnType<typeof chunks>) => {
      const out = tempDir('jixiao-code-cache-build-');
      const r = run(['build', EXAMPLE_PATH, '-o', out, '--force']);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files.map((f: { sha256: string }) => f.sha256);
    };
    const expected = shas(chunks);
    expect(shas((args) => cached('build', args))).toEqual(expected);
    expect(existsSync(cacheOf('build'))).toBe(true);
    expect(shas((args) => cached('build', args))).toEqual(expected);
  }, 120_000);

  it('builds with a seal whose alpha pdfkit inflates (fflate starts on that first inflate) to the bytes of the chunks', () => {
    const dir = tempDir('jixiao-code-cache-seal-');
    const [width, height] = [40, 20];
    const pixel = (x: number, y: number) => [(x * 6) % 256, (y * 12) % 256, 128, (x * y * 3) % 256];
    pngFile(dir, width, height, Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => pixel(x, y)).flat()]))));
    const input = JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
    input.contacts.images = { seal: 'seal.png' };
    writeFileSync(join(dir, 'in.json'), JSON.stringify(input));
    const built = (run: (args: string[]) => ReturnType<typeof chunks>) => {
      const out = tempDir('jixiao-code-cache-seal-out-');
      const r = run(['build', join(dir, 'in.json'), '-o', out, '--force']);
      expect(r.status, r.stderr).toBe(0);
      const files = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files as { kind: string; path: string; sha256: string }[];
      return { shas: files.map((f) => f.sha256), combined: readFileSync(join(out, files.find((f) => f.kind === 'combined')!.path), 'latin1') };
    };
    const script = built((args) => cached('build', args));
    // The alpha channel, split from the colours after inflating the image, is the image's soft mask.
    expect(script.combined).toContain('/SMask');
    expect(script.shas).toEqual(built(chunks).shas);
  }, 120_000);

  it('signs a build from the script, whose signing packages come from node_modules', () => {
    const script = readFileSync(SCRIPT, 'latin1');
    for (const name of ['pkijs', 'node-forge', '@signpdf/signpdf', 'echarts/core']) expect(script).toContain(`require("${name}")`);
    const out = tempDir('jixiao-code-cache-sign-');
    const r = cached('build', ['build', EXAMPLE_PATH, '-o', out, '--force', '--sign', signingKey(), '--password', 'secret']);
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const combined = manifest.files.find((f: { kind: string }) => f.kind === 'combined');
    expect(readFileSync(join(out, combined.path), 'latin1')).toMatch(/\/ByteRange\s*\[\s*0 \d+ \d+ \d+\s*\]/);
  }, 120_000);

  it('verifies a signed set from the script with the packages that read signatures, not those that make them', () => {
    const out = tempDir('jixiao-code-cache-verify-');
    expect(cached('build', ['build', EXAMPLE_PATH, '-o', out, '--force', '--sign', signingKey(), '--password', 'secret']).status).toBe(0);
    const trace = join(tempDir('jixiao-code-cache-trace-'), 'trace.json');
    const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'scripts', 'fixtures', 'loadTrace.mjs'), RUNNER, 'verify', out], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, JIXIAO_TEST_SCRIPT: SCRIPT, JIXIAO_TEST_COMMAND: 'verify', JIXIAO_LOAD_TRACE: trace },
    });
    expect(r.status, r.stderr).toBe(0);
    const packages = (JSON.parse(readFileSync(trace, 'utf8')) as { cjs: string[] }).cjs.flatMap((f) => /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? []);
    expect(packages).toContain('pkijs');
    // node-forge reads the signer's .p12 and @signpdf places the signature: ~60 ms of loading that verify never uses.
    expect(packages.filter((p) => p === 'node-forge' || p.startsWith('@signpdf'))).toEqual([]);
  }, 120_000);

  it('reads scripts whose names are minified (~30% fewer bytes to read at every start), as the chunks keep theirs', () => {
    const named = /\bfunction deriveMatrix\(/;
    expect(readdirSync(DIST).some((f) => f.endsWith('.mjs') && named.test(readFileSync(join(DIST, f), 'latin1')))).toBe(true);
    for (const script of [SCRIPT, CHECK_SCRIPT, WORKER_SCRIPT]) expect(readFileSync(script, 'latin1')).not.toMatch(named);
  });

  it('reads an ASCII script: every other character escaped by the bundle', () => {
    for (const script of [SCRIPT, CHECK_SCRIPT]) {
      expect(isAscii(readFileSync(script))).toBe(true);
      expect(readFileSync(script, 'latin1')).toMatch(/\\u[4-9][0-9a-f]{3}/);
    }
  });

  it('checks from a script without the other commands, as the chunks do: findings, --json, --strict, input errors, --annotate, help', () => {
    // Without the render stage, under 0.45 of the build script's size (both with their names minified; 0.74 against
    // 1.83 MB when written).
    expect(statSync(CHECK_SCRIPT).size).toBeLessThan(statSync(SCRIPT).size * 0.45);
    expect(readFileSync(CHECK_SCRIPT, 'latin1')).not.toMatch(/pdfmake|fontkit/);
    // zod is imported as a namespace, so the bundle leaves out the parts no command uses (its JSON Schema reader),
    // which every start would otherwise set up: ~8 ms of a cold check.
    const readerText = 'Conditional schemas (if/then/else)';
    expect(readFileSync(join(ROOT, 'node_modules', 'zod', 'v4', 'classic', 'from-json-schema.js'), 'utf8')).toContain(readerText);
    for (const script of [SCRIPT, CHECK_SCRIPT]) expect(readFileSync(script, 'latin1')).not.toContain(readerText);
    const bad = join(tempDir('jixiao-code-cache-bad-'), 'bad.json');
    writeFileSync(bad, '{"unit": ');
    const out = tempDir('jixiao-code-cache-annotate-');
    // YAML inputs too: the script starts the yaml package on first call (scripts/bundle.mjs), a YAML syntax error included.
    const yaml = join(ROOT, 'fixtures', 'national-project-2023.yaml');
    const badYaml = join(tempDir('jixiao-code-cache-bad-yaml-'), 'bad.yaml');
    writeFileSync(badYaml, 'unit: [\n');
    for (const args of [check, ['check', EXAMPLE_PATH], ['check', EXAMPLE_PATH, '--strict'], ['check', bad, '--json'], ['check', yaml, '--json'], ['check', badYaml], ['check', EXAMPLE_PATH, '--help'], ['check', EXAMPLE_PATH, '--bogus']]) {
      const expected = chunks(args);
      const r = cached('check', args);
      expect([r.status, r.stdout, r.stderr], args.join(' ')).toEqual([expected.status, expected.stdout, expected.stderr]);
    }
    const annotate = (run: (args: string[]) => ReturnType<typeof chunks>, name: string) => {
      const r = run(['check', EXAMPLE_PATH, '--annotate', '-o', join(out, name)]);
      return [r.status, r.stdout.replaceAll(name, 'X'), r.stderr.replaceAll(name, 'X'), existsSync(join(out, name))];
    };
    expect(annotate((args) => cached('check', args), 'script.xlsx')).toEqual(annotate(chunks, 'chunks.xlsx'));
  }, 120_000);

  it('checks one file without loading node:crypto or node:fs/promises (their modules cost a cold check ~15 ms)', () => {
    const list = join(tempDir('jixiao-code-cache-loaded-'), 'loaded.txt');
    const r = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'fixtures', 'loadedModules.cjs'), RUNNER, ...check], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, JIXIAO_TEST_SCRIPT: CHECK_SCRIPT, JIXIAO_TEST_COMMAND: 'check', JIXIAO_TEST_LOADED: list },
    });
    expect([r.status, r.stdout]).toEqual([1, chunks(check).stdout]);
    const loaded = readFileSync(list, 'utf8').split('\n');
    // The list is whole: it names what every check loads.
    expect(loaded).toContain('NativeModule vm');
    expect(loaded.filter((m) => /^NativeModule (crypto|fs\/promises)$/.test(m))).toEqual([]);
  }, 60_000);

  it("holds V8's young generation at its first size (before V8 12), and its cache is used with it; Node options that size it are kept", () => {
    // V8 12 and later hold the growth factor at 2 at least, and bin/codeCache.cjs sets nothing there: it grows.
    const young = (nodeOptions?: string) => {
      const file = join(tempDir('jixiao-code-cache-young-'), 'young.txt');
      const r = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'fixtures', 'youngGeneration.cjs'), RUNNER, ...check], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, JIXIAO_TEST_SCRIPT: CHECK_SCRIPT, JIXIAO_TEST_COMMAND: 'check', JIXIAO_TEST_YOUNG: file, NODE_OPTIONS: nodeOptions ?? '' },
      });
      expect(r.status, r.stderr).toBe(1);
      return Number(readFileSync(file, 'utf8')) / 2 ** 20;
    };
    try {
      rmSync(cacheOf('check'), { force: true });
      young();
      const { ino } = statSync(cacheOf('check'));
      // Left to grow, a check's young generation reaches 16 MB; held, it stays at the 1-2 MB it starts with.
      expect(young() <= 2).toBe(FLAGS_APPLY);
      // The cache made under the held size was used under it, not written again.
      expect(statSync(cacheOf('check')).ino).toBe(ino);
      expect(young('--max-semi-space-size=8')).toBeGreaterThan(4);
    } finally {
      // A cache made under the user's options is not for the next run without them.
      rmSync(cacheOf('check'), { force: true });
    }
  }, 120_000);

  it("keeps the code caches of Node's own modules, which V8 rejects once a flag differs: those the command loads anyway are loaded first", () => {
    const rejected = (command: string, args: string[]) => {
      cached(command, args);
      const r = spawnSync(process.execPath, [RUNNER, ...args], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, JIXIAO_TEST_SCRIPT: scriptOf(command), JIXIAO_TEST_COMMAND: command, NODE_DEBUG_NATIVE: 'CODE_CACHE' },
      });
      expect(r.stderr).toContain('Code cache of');
      return [...r.stderr.matchAll(/Code cache of (\S+) \(\w+\) is rejected/g)].map((m) => m[1]);
    };
    expect(rejected('check', check)).toEqual([]);
    // fs.rm loads its module when first called: at most that one module of a build is compiled from its source.
    expect(rejected('build', ['build', EXAMPLE_PATH, '-o', tempDir('jixiao-code-cache-native-'), '--force']).filter((m) => m !== 'internal/fs/rimraf')).toEqual([]);
  }, 120_000);

  it("checks the example without V8 optimising any function in the background: a check is too short for that CPU to pay", () => {
    // The font's coverage was searched for each character, and the checks searched an engine's outcomes for each
    // traced cell: both were hot enough that every check spent ~10–25 ms of CPU optimising them (paired: 0.93×).
    try {
      // At V8's default budget: the raised one (below) would hide a lookup that is hot again.
      const r = spawnSync(process.execPath, ['--trace-opt', '--print-opt-source', '--interrupt-budget=67584', RUNNER, ...check], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, JIXIAO_TEST_SCRIPT: CHECK_SCRIPT, JIXIAO_TEST_COMMAND: 'check' },
      });
      expect(r.status, r.stderr).toBe(1);
      expect(optimisedSources(r.stdout)).toEqual([]);
    } finally {
      // A cache made under --trace-opt is not for the next run without it.
      rmSync(cacheOf('check'), { force: true });
    }
  }, 60_000);

  it("collects the young generation on the main thread alone (before V8 12); the user's own choice is kept", () => {
    // Each collection of the 1 MB young generation was split with a second thread: ~12 ms of its CPU in every check.
    const background = (...options: string[]) => {
      const r = spawnSync(process.execPath, ['--trace-gc-nvp', ...options, RUNNER, 'check', EXAMPLE_PATH], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, JIXIAO_TEST_SCRIPT: CHECK_SCRIPT, JIXIAO_TEST_COMMAND: 'check' },
      });
      expect(r.status, r.stderr).toBe(1);
      const scavenges = [...r.stdout.matchAll(/ gc=s .* background\.scavenge\.parallel=([\d.]+)/g)].map((m) => Number(m[1]));
      expect(scavenges.length).toBeGreaterThan(5);
      return scavenges.reduce((a, b) => a + b, 0);
    };
    try {
      if (FLAGS_APPLY) expect(background()).toBe(0);
      // A second core takes part when the user asks for it (a machine with one core has none to take part).
      if (availableParallelism() > 1) expect(background('--parallel-scavenge')).toBeGreaterThan(0);
    } finally {
      // A cache made under --trace-gc-nvp is not for the next run without it.
      rmSync(cacheOf('check'), { force: true });
    }
  }, 120_000);

  it("builds with V8 waiting 8× as long before it optimises a function (before V8 12); the user's own budget is kept", () => {
    // A cold build of the example had V8 optimise ~110 functions, ~650 ms of compiling on the second core; now ~16.
    const optimised = (...options: string[]) => {
      const r = spawnSync(process.execPath, ['--trace-opt', ...options, RUNNER, 'build', EXAMPLE_PATH, '-o', tempDir('jixiao-code-cache-budget-'), '--force'], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, JIXIAO_TEST_SCRIPT: SCRIPT, JIXIAO_TEST_COMMAND: 'build' },
      });
      expect(r.status, r.stderr).toBe(0);
      return turbofanCompiles(r.stdout).length;
    };
    try {
      expect(optimised() < 50).toBe(FLAGS_APPLY);
      expect(optimised('--interrupt-budget=67584')).toBeGreaterThan(60);
    } finally {
      // A cache made under --trace-opt is not for the next run without it.
      rmSync(cacheOf('build'), { force: true });
    }
  }, 120_000);

  it('runs the other commands from the script, each with a cache of its own, with the output of the chunks', () => {
    const changed = join(tempDir('jixiao-code-cache-diff-'), 'changed.json');
    const example = JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')) as { basicData: { staffing: { actual: number } } };
    example.basicData.staffing.actual += 1;
    writeFileSync(changed, JSON.stringify(example));
    for (const args of [['schema'], ['profiles'], ['diff', EXAMPLE_PATH, changed]]) {
      const cache = cacheOf(args[0]);
      rmSync(cache, { force: true });
      const expected = chunks(args);
      expect(expected.status, expected.stderr).toBe(0);
      const first = cached(args[0], args);
      expect([first.status, first.stdout]).toEqual([0, expected.stdout]);
      const { ino } = statSync(cache);
      const second = cached(args[0], args);
      expect([second.status, second.stdout]).toEqual([0, expected.stdout]);
      expect(statSync(cache).ino).toBe(ino);
    }
  }, 120_000);

  it("runs the other commands under V8's own flags: a workbook written from the script and from the chunks shares exceljs's cache", () => {
    for (const name of partCaches()) rmSync(join(DIST, name));
    const dir = tempDir('jixiao-code-cache-init-');
    expect(chunks(['init', '-o', join(dir, 'chunks.xlsx')]).status).toBe(0);
    expect(cached('init', ['init', '-o', join(dir, 'script.xlsx')]).status).toBe(0);
    expect(existsSync(cacheOf('init'))).toBe(true);
    expect(partCaches()).toHaveLength(1);
  }, 120_000);

  it("reads a workbook through the bundle's script of exceljs's Workbook, with a cache for check's V8 flags apart from the chunks' (before V8 12)", () => {
    for (const name of partCaches()) rmSync(join(DIST, name));
    const xlsx = join(tempDir('jixiao-code-cache-xlsx-'), 'example.xlsx');
    const converted = chunks(['convert', EXAMPLE_PATH, xlsx]);
    expect(converted.status, converted.stderr).toBe(0);
    const [plain] = partCaches();
    expect(partCaches()).toEqual([plain]);
    const expected = chunks(['check', xlsx, '--json']);
    expect(expected.status, expected.stderr).toBe(1);
    const first = cached('check', ['check', xlsx, '--json']);
    expect([first.status, first.stdout]).toEqual([1, expected.stdout]);
    const written = partCaches();
    expect(written).toHaveLength(FLAGS_APPLY ? 2 : 1);
    const inodes = written.map((n) => statSync(join(DIST, n)).ino);
    const second = cached('check', ['check', xlsx, '--json']);
    expect([second.status, second.stdout]).toEqual([1, expected.stdout]);
    expect(partCaches()).toEqual(written);
    expect(written.map((n) => statSync(join(DIST, n)).ino)).toEqual(inodes);
  }, 120_000);

  it('declines when there is no script, so that the chunks run instead', () => {
    expect(cached('check', check, join(tempDir('jixiao-code-cache-none-'), 'jixiao.cjs')).status).toBe(99);
  });
});

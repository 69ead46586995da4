import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

// A folder of its own: other test files bundle into theirs, in parallel.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-help');

/** An installation: bin/ as shipped, and a dist/ holding the bundle's files that `keep` accepts (linked, not copied). */
function install(keep: (name: string) => boolean): string {
  const root = tempDir('jixiao-help-install-');
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist'));
  for (const name of ['jixiao.cjs', 'codeCache.cjs', 'batchProcess.cjs']) copyFileSync(join(ROOT, 'bin', name), join(root, 'bin', name));
  for (const name of readdirSync(DIST).filter(keep)) symlinkSync(join(DIST, name), join(root, 'dist', name));
  return join(root, 'bin', 'jixiao.cjs');
}

const run = (script: string, args: string[], shell = '') =>
  shell
    ? spawnSync(`${JSON.stringify(process.execPath)} ${JSON.stringify(script)} ${args.join(' ')} ${shell}`, { shell: true, encoding: 'utf8', timeout: 60_000 })
    : spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });
const outcome = (r: ReturnType<typeof run>) => ({ status: r.status, stdout: r.stdout, stderr: r.stderr });

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
}, 180_000);

describe('the help written from dist/help.cjs', () => {
  const chunks = (args: string[], shell = '') => outcome(run(join(DIST, 'jixiao.mjs'), args, shell));

  it.each([['--help'], ['-h'], ['help']])('%s: the CLI\'s own text and exit code, without the CLI', (arg) => {
    const expected = chunks([arg]);
    expect(expected.status).toBe(0);
    expect(expected.stdout).toContain('jixiao');
    // Only help.cjs in dist/: had the command loaded the CLI, it would have failed.
    expect(outcome(run(install((n) => n === 'help.cjs'), [arg]))).toEqual(expected);
  });

  it('is what a bundle without it prints too (a bundle made before help.cjs existed)', () => {
    const bin = install((n) => n !== 'help.cjs');
    expect(existsSync(join(bin, '..', '..', 'dist', 'help.cjs'))).toBe(false);
    expect(outcome(run(bin, ['--help']))).toEqual(chunks(['--help']));
  });

  it.runIf(existsSync('/dev/full'))('fails as the CLI does on a full disk', () => {
    const bin = install((n) => n === 'help.cjs');
    const full = outcome(run(bin, ['--help'], '> /dev/full'));
    expect(full.status).toBe(1);
    expect(full).toEqual(chunks(['--help'], '> /dev/full'));
  });

  it('answers only the plain help command lines, and not into a terminal (commander wraps to its width)', () => {
    const { writeHelp } = createRequire(import.meta.url)(join(DIST, 'help.cjs')) as { writeHelp: (argv: string[]) => boolean };
    for (const argv of [[], ['check', '--help'], ['--help', '--debug'], ['--version'], ['toString'], ['__proto__']]) expect(writeHelp(argv)).toBe(false);
    const tty = spawnSync(process.execPath, ['-e', `process.stdout.isTTY = true; process.exit(require(${JSON.stringify(join(DIST, 'help.cjs'))}).writeHelp(['--help']) ? 0 : 7)`], { encoding: 'utf8' });
    expect([tty.status, tty.stdout]).toEqual([7, '']);
  });
});

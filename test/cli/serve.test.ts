import { existsSync as realExistsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserOpener } from '../../src/cli/openBrowser.js';
import { registerServe } from '../../src/cli/serve.js';

const URL = 'http://127.0.0.1:43210/';
const spawn = vi.hoisted(() => vi.fn());

vi.mock('node:child_process', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:child_process')>()), spawn }));
// The site folder need not be built for these tests: serving itself is covered by test/node/staticSite.test.ts.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const existsSync = (p: import('node:fs').PathLike) => String(p).endsWith(join('dist', 'web', 'index.html')) || fs.existsSync(p);
  return { ...fs, default: { ...fs, existsSync }, existsSync };
});
vi.mock('../../src/node/staticSite.js', () => ({ serveFolder: async () => ({ server: undefined, url: URL }) }));

/** Starts `jixiao serve` (it serves until stopped, so it is not awaited) and waits until it has printed. */
async function serve(...args: string[]): Promise<string> {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const program = new Command().exitOverride();
  registerServe(program);
  void program.parseAsync(['node', 'jixiao', 'serve', '--port', '0', ...args]);
  await vi.waitFor(() => expect(written.join('')).toContain(URL));
  // Give an opener the chance to be (wrongly) started after the address is printed.
  await new Promise((r) => setTimeout(r, 20));
  return written.join('');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  spawn.mockReset();
});

describe('jixiao serve', () => {
  it('with --no-open prints the address and opens nothing, even with a display', async () => {
    vi.stubEnv('DISPLAY', ':0');
    expect(await serve('--no-open')).toContain(`请在浏览器中打开 ${URL}`);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('without it, opens the address with the platform opener after printing it', async () => {
    vi.stubEnv('DISPLAY', ':0');
    spawn.mockReturnValue({ on: vi.fn(), unref: vi.fn() });
    expect(await serve()).toContain(URL);
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(spawn.mock.calls[0][1]).toContain(URL);
  });

  it('stays silent when the opener cannot be started', async () => {
    vi.stubEnv('DISPLAY', ':0');
    spawn.mockImplementation(() => {
      throw new Error('spawn xdg-open ENOENT');
    });
    expect(await serve()).toContain(URL);
  });
});

describe('the platform opener', () => {
  it('is xdg-open on Linux with a display (X11 or Wayland), none without one', () => {
    expect(browserOpener(URL, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserOpener(URL, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(browserOpener(URL, 'linux', {})).toBeUndefined();
  });

  it('is open on macOS and start on Windows', () => {
    expect(browserOpener(URL, 'darwin', {})).toEqual({ command: 'open', args: [URL] });
    expect(browserOpener(URL, 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""', URL] });
  });
});

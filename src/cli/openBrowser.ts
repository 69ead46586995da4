import { spawn } from 'node:child_process';

/**
 * The platform's own way to open an address in the default browser, or nothing where none can be shown:
 * a Linux or BSD session without a display (a server over ssh, a container) has no browser to open.
 */
export function browserOpener(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): { command: string; args: string[] } | undefined {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd.exe built-in; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: 'xdg-open', args: [url] };
}

/** Tries to open the address; a missing opener or a failing one stays silent (the address is printed already). */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  const opener = browserOpener(url, platform, env);
  if (!opener) return false;
  try {
    // Verbatim on Windows, so that cmd.exe sees the empty title as "" rather than an escaped \"\".
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: platform === 'win32' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

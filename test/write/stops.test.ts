import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDriver } from './support/bundleDriver.js';

let driver: string;

beforeAll(async () => {
  driver = await bundleDriver('signalDriver.ts');
}, 60_000);

const run = (which: string) => spawnSync(process.execPath, [driver, which], { encoding: 'utf8', timeout: 10_000 });

describe('a signal around a write', () => {
  it('taken just as the write ends is not lost: the process still ends by it', () => {
    const end = run('asWriteEnds');
    expect(end.stdout).toBe('');
    expect(end.signal).toBe('SIGINT');
  });

  it('between writes ends the process by the signal itself, as without jixiao', () => {
    const end = run('betweenWrites');
    expect(end.stdout).toBe('');
    expect(end.stderr).toBe('');
    expect(end.signal).toBe('SIGTERM');
  });

  it('between writes is left to the process’s own listener', () => {
    const end = run('ownListener');
    expect(end.status).toBe(7);
  });

  it('twice at once during a write is one signal: the write ends, then the process', () => {
    const end = run('echoed');
    expect(end.stdout).toBe('write done\n');
    expect(end.status).toBe(130);
    // The stop waited for the write, so it says what the folder holds now.
    expect(end.stderr).toBe('已按 Ctrl-C（SIGINT）停止：这次生成的一整套文件已经换上（替换一开始就会做完，不会半途而止）。\n');
  });

  it('again after the first has been taken stops the process at once, the write cut short', () => {
    const end = run('again');
    expect(end.stdout).toBe('');
    expect(end.status).toBe(130);
  });

  it('during two writes waits until both have ended', () => {
    const end = run('overlapping');
    expect(end.stdout).toBe('first done\nsecond done\n');
    expect(end.status).toBe(130);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';

describe('jixiao --help', () => {
  it('explains every command in Chinese', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：');
    expect(r.stdout).toContain('命令：');
    for (const command of ['build', 'check', 'init', 'convert', 'schema']) expect(r.stdout).toContain(`${command} [选项]`);
    expect(r.stdout).toContain('生成全套');
    expect(r.stdout).not.toMatch(/^(Usage|Options|Commands):/m);
  });
});

describe('jixiao build --json', () => {
  it('prints a manifest whose sizes, pages and hashes are those of the files written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
    const r = await runCli(['build', EXAMPLE_PATH, '-o', out, '--json', '--force']);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(r.stdout);
    expect(manifest.files.length).toBeGreaterThanOrEqual(6);
    for (const f of manifest.files) {
      const bytes = readFileSync(f.path);
      expect(bytes.length).toBe(f.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(f.pages).toBeGreaterThan(0);
    }
  }, 60_000);
});

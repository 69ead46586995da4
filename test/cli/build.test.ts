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

  /** Columns a terminal gives `text`: a Chinese character or full-width mark takes two. */
  const columns = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);

  /** Where the descriptions of each list of a help text start, in a terminal: one column per list when they line up. */
  function descriptionColumns(help: string): number[][] {
    return help.split(/\n(?=\S)/).map((list) => {
      const starts = new Set<number>();
      for (const line of list.split('\n')) {
        // An item (a term, two or more spaces, its description), or a description's wrapped line.
        const m = /^(  \S.*?\S {2,}|\s{6,})\S/.exec(line);
        if (m) starts.add(columns(m[1]));
      }
      return [...starts];
    });
  }

  it('lines up the descriptions of each list and fits 80 columns, where a Chinese character takes two', async () => {
    for (const args of [['--help'], ...['build', 'check', 'diff', 'init', 'convert', 'schema', 'sign', 'verify', 'serve'].map((c) => [c, '--help'])]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      for (const list of descriptionColumns(r.stdout)) expect(list.length, `${args.join(' ')}\n${r.stdout}`).toBeLessThanOrEqual(1);
      // A default is said in Chinese, measured with its description (no English, no space before the full-width mark).
      expect(r.stdout).not.toMatch(/default:| （默认/);
      for (const line of r.stdout.split('\n')) {
        expect(columns(line), line).toBeLessThanOrEqual(80);
        // Broken between characters, as Chinese is, but never before a closing mark; no space left at the end.
        expect(line, line).not.toMatch(/^\s+[，。、；：）」』”]|\s$/);
      }
    }
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

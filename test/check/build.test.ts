// jixiao build runs the checks first: errors stop it (nothing written) unless --force; warnings are printed and
// it goes on; --with-findings adds the reviewer's page, which stays out of the combined (signed) PDF.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compact, pdfPages, pdfText } from '../helpers/pdf.js';
import { clean, FIXTURE, runCli } from './helpers.js';

const FINDINGS_PDF = '衡阳市投资促进事务中心-2022年度-审核意见（不属于签报文件）.pdf';
const tmp = () => mkdtempSync(join(tmpdir(), 'jixiao-gate-'));

describe('build with errors in the input', () => {
  it('writes nothing and exits 1 without --force, listing the findings', async () => {
    const out = join(tmp(), 'out');
    const r = await runCli(['build', FIXTURE, '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain('[E_CONTROL_RATE]');
    expect(r.stderr).toContain('共 4 个错误、5 个警告');
    expect(r.stderr).toContain('未生成任何文件');
    expect(r.stdout).toBe('');
  });

  describe('--force --with-findings', () => {
    let out: string;
    let r: Awaited<ReturnType<typeof runCli>>;
    beforeAll(async () => {
      out = tmp();
      r = await runCli(['build', FIXTURE, '-o', out, '--force', '--with-findings']);
    }, 90_000);

    it('builds, and says it was forced', () => {
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('已按 --force 强制生成：检查发现 4 个错误');
      expect(readdirSync(out)).toContain('manifest.json');
    });

    it('writes the findings page as a PDF of its own, listed in the manifest as kind "findings"', () => {
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.files.filter((f: { kind: string }) => f.kind === 'findings').map((f: { path: string }) => f.path)).toEqual([FINDINGS_PDF]);
      const text = compact(pdfText(join(out, FINDINGS_PDF)));
      for (const id of ['E_CONTROL_RATE', 'E_BASIC_DATA_TOTAL', 'E_THREE_PUBLIC_ROW', 'W_UNIT_NAME', 'W_PROJECT_USE', 'W_EXPENSE_SPLIT', 'W_INDICATOR_ACROSS_FORMS', 'W_TEXT_DRIFT']) expect(text).toContain(id);
      expect(text).toContain('强制生成');
    });

    it('keeps the findings out of the combined report', () => {
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      const [combined, ...parts] = manifest.files as { path: string; kind: string; pages: number }[];
      expect(combined.kind).toBe('combined');
      const signed = parts.filter((f) => f.kind !== 'findings');
      expect(pdfPages(join(out, combined.path))).toBe(signed.reduce((n, f) => n + f.pages, 0));
      expect(compact(pdfText(join(out, combined.path)))).not.toContain('审核意见');
    });
  });
});

describe('build with warnings only', () => {
  it('prints the warnings and builds, without the findings page unless asked', async () => {
    const dir = tmp();
    const raw = clean();
    raw.narrative.closingUnitName = '衡阳投资促进事务中心';
    const file = join(dir, 'warnings.json');
    writeFileSync(file, JSON.stringify(raw));
    const out = join(dir, 'out');
    const r = await runCli(['build', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('⚠ 警告 [W_UNIT_NAME]');
    expect(r.stderr).toContain('仅有警告，继续生成');
    expect(readdirSync(out)).not.toContain(FINDINGS_PDF);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
  }, 90_000);
});

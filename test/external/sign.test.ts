import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { pageContentByte } from '../sign/pdfBytes.js';
import { makeCa, makeSigner, p12 } from '../sign/pki.js';

// poppler's pdfsig and qpdf, independent of jixiao and of the libraries it signs with, read the signed set.
let pdfs: string[];
let visible: string[];

async function buildSigned(keys: string, ...extra: string[]): Promise<string[]> {
  const dir = join(tempDir('jixiao-signed-'), 'out');
  const r = await runCli(['build', EXAMPLE_PATH, '-o', dir, '--force', '--sign', join(keys, 'signer.p12'), '--password', 'secret', '--reason', '审核通过', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f));
}

beforeAll(async () => {
  const ca = makeCa();
  const keys = tempDir('jixiao-keys-');
  writeFileSync(join(keys, 'signer.p12'), p12(makeSigner(ca), ca, 'secret'));
  pdfs = await buildSigned(keys);
  visible = await buildSigned(keys, '--visible');
}, 120_000);

function pdfsig(file: string): string {
  return spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
}

describe('signed set, read by pdfsig and qpdf', () => {
  it('pdfsig: one ETSI.CAdES.detached SHA-256 signature per file, valid, covering the whole document', () => {
    expect(pdfs).toHaveLength(6);
    for (const f of [...pdfs, ...visible]) {
      const out = pdfsig(f);
      expect(out).toContain('Signature #1');
      expect(out).not.toContain('Signature #2');
      expect(out).toContain('Signature Type: ETSI.CAdES.detached');
      expect(out).toContain('Signing Hash Algorithm: SHA-256');
      expect(out).toContain('Total document signed');
      expect(out).toContain('Signature Validation: Signature is Valid.');
    }
  });

  it('qpdf --check is clean after signing', () => {
    for (const f of [...pdfs, ...visible]) expect(execFileSync('qpdf', ['--check', f], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  });

  it('pdffonts: every font embedded, the visible appearance\'s too', () => {
    for (const f of visible) {
      const rows = execFileSync('pdffonts', [f], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
      for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
    }
  });

  it('pdfsig reports one flipped byte of page content', () => {
    const file = pdfs.find((f) => f.includes('附件2'))!;
    const pdf = readFileSync(file);
    pdf[pageContentByte(pdf)] ^= 0x01;
    const flipped = join(tempDir('jixiao-flipped-'), 'flipped.pdf');
    writeFileSync(flipped, pdf);
    const out = pdfsig(flipped);
    expect(out).not.toContain('Signature Validation: Signature is Valid.');
    expect(out).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });
});

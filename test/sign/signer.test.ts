import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { signPdf } from '../../src/sign/index.js';
import { OID, type Signer } from '../../src/sign/signer.js';
import { PdfFormatError } from '../../src/sign/pdfFile.js';
import { verifyTarget } from '../../src/verify/index.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { makeCa, makeSigner, p12 } from './pki.js';

let pdf: Buffer;
let dir: string;

beforeAll(async () => {
  dir = join(tempDir('jixiao-signer-'), 'out');
  const r = await runCli(['build', EXAMPLE_PATH, '-o', dir, '--force']);
  expect(r.code, r.stderr).toBe(0);
  pdf = readFileSync(join(dir, readdirSync(dir).find((f) => f.includes('附件2'))!));
}, 120_000);

describe('the Signer interface', () => {
  it('signs with any key holder that names its algorithms: here a key kept in memory, not a .p12', async () => {
    const ca = makeCa();
    const party = makeSigner(ca, '钱七');
    const key = createPrivateKey(forge.pki.privateKeyToPem(party.key));
    const der = (c: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');
    const calls: number[] = [];
    const signer: Signer = {
      certificates: [der(party.cert), der(ca.cert)],
      algorithms: { digest: OID.sha256, signature: OID.sha256WithRsa },
      digest: (data) => createHash('sha256').update(data).digest(),
      sign: async (attributes) => {
        calls.push(attributes.length);
        return sign('sha256', attributes, key);
      },
    };
    const signed = await signPdf(pdf, signer, { time: new Date(), name: '钱七' });
    expect(calls).toHaveLength(1);
    expect(signed.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const file = join(tempDir('jixiao-signer-one-'), 'one.pdf');
    writeFileSync(file, signed);
    const report = await verifyTarget(file);
    expect(report.files[0]).toMatchObject({ verdict: 'valid' });
    expect(report.files[0].signatures[0].certificate?.subject).toContain('CN=钱七');
  }, 60_000);

  it('verifies a CMS whose last byte is zero (the placeholder\'s zero padding is not part of it)', async () => {
    const ca = makeCa();
    const party = makeSigner(ca, '周九');
    const key = createPrivateKey(forge.pki.privateKeyToPem(party.key));
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(party.cert)).getBytes(), 'binary');
    let last = -1;
    const signer: Signer = {
      certificates: [der],
      algorithms: { digest: OID.sha256, signature: OID.sha256WithRsa },
      digest: (data) => createHash('sha256').update(data).digest(),
      sign: async (attributes) => {
        const value = sign('sha256', attributes, key);
        last = value[value.length - 1];
        return value;
      },
    };
    // The signature value ends the CMS; about one signature in 256 ends in 0x00. Vary the reason until one does.
    let signed: Buffer = Buffer.alloc(0);
    for (let i = 0; i < 4000 && last !== 0; i++) signed = await signPdf(pdf, signer, { time: new Date(0), name: '周九', reason: String(i) });
    expect(last).toBe(0);
    const file = join(tempDir('jixiao-signer-zero-'), 'zero.pdf');
    writeFileSync(file, signed);
    expect((await verifyTarget(file)).files[0].verdict).toBe('valid');
  }, 120_000);

  it('refuses a PDF it did not write (no classic cross-reference table) instead of guessing', async () => {
    const foreign = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n');
    const signer = { certificates: [], algorithms: { digest: OID.sha256, signature: OID.sha256WithRsa }, digest: () => new Uint8Array(), sign: async () => new Uint8Array() };
    await expect(signPdf(foreign, signer, { time: new Date(), name: 'x' })).rejects.toBeInstanceOf(PdfFormatError);
  });
});

describe('jixiao verify, certificate validity', () => {
  it('says 证书过期 once the signer\'s certificate has run out', async () => {
    const ca = makeCa();
    const keys = tempDir('jixiao-keys-');
    writeFileSync(join(keys, 's.p12'), p12(makeSigner(ca, '孙八', { to: new Date(Date.now() + 30 * 86_400_000) }), ca, 'pw'));
    expect((await runCli(['sign', dir, '--p12', join(keys, 's.p12'), '--password', 'pw'])).code).toBe(0);
    expect((await verifyTarget(dir)).ok).toBe(true);
    const later = await verifyTarget(dir, new Date(Date.now() + 60 * 86_400_000));
    expect(later.ok).toBe(false);
    expect(later.files.every((f) => f.verdict === 'expired' && f.verdictText === '证书过期')).toBe(true);
  }, 60_000);
});

describe('password options', () => {
  it('--password and --password-file together are a usage mistake (exit 2)', async () => {
    const r = await runCli(['sign', dir, '--p12', EXAMPLE_PATH, '--password', 'a', '--password-file', EXAMPLE_PATH]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('只能给一个');
  });

  it('the help says why a password file or the prompt is better than --password', async () => {
    const r = await runCli(['sign', '--help']);
    expect(r.stdout).toMatch(/--password <密码>.*不推荐/s);
    expect(r.stdout).toContain('--password-file');
  });
});

import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { pageContentByte } from './pdfBytes.js';
import { makeCa, makeSigner, p12, type Party } from './pki.js';

const DAY = 86_400_000;
let built: string;
let ca: Party;
let keys: string;

/** Every file of a folder with its SHA-256, to show that a failed command changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

function freshCopy(): string {
  const dir = join(tempDir('jixiao-sign-'), 'out');
  cpSync(built, dir, { recursive: true });
  return dir;
}

function writeP12(name: string, bytes: Buffer): string {
  const file = join(keys, name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  built = join(tempDir('jixiao-sign-built-'), 'out');
  const r = await runCli(['build', EXAMPLE_PATH, '-o', built, '--force']);
  expect(r.code, r.stderr).toBe(0);
  ca = makeCa();
  keys = tempDir('jixiao-keys-');
  writeP12('good.p12', p12(makeSigner(ca), ca, 'secret'));
  writeFileSync(join(keys, 'password.txt'), 'secret\n');
}, 120_000);

describe('jixiao sign <folder> and jixiao verify', () => {
  it('signs every PDF of the set, keeps the built bytes in front, records the signer in the manifest, and verifies', async () => {
    const dir = freshCopy();
    const before = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const r = await runCli(['sign', dir, '--p12', join(keys, 'good.p12'), '--password-file', join(keys, 'password.txt'), '--reason', '审核通过', '--location', '衡阳']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已签名 6 个文件');
    const after = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const [i, entry] of after.files.entries()) {
      const bytes = readFileSync(join(dir, entry.path));
      const unsigned = readFileSync(join(built, entry.path));
      expect(bytes.subarray(0, unsigned.length).equals(unsigned)).toBe(true);
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.signature.unsignedSha256).toBe(before.files[i].sha256);
      expect(entry.signature.subject).toContain('CN=张三');
      expect(entry.signature.certificateSha256).toBe(createHash('sha256').update(certificatesOf(bytes)[0]).digest('hex'));
    }
    const v = await runCli(['verify', dir]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout.match(/^有效 {2}/gm)).toHaveLength(6);
    expect(v.stdout).toContain('签名人：CN=张三');
    expect(v.stdout).toContain('颁发者：CN=测试根证书');
    const json = JSON.parse((await runCli(['verify', dir, '--json'])).stdout);
    expect(json.ok).toBe(true);
    for (const f of json.files) {
      expect(f).toMatchObject({ verdict: 'valid', sha256Matches: true, pdfA: true, fontsEmbedded: true });
      expect(f.signatures).toHaveLength(1);
      expect(f.signatures[0]).toMatchObject({ coversWhole: true, digestOk: true, signatureOk: true, certificateBound: true, subFilter: 'ETSI.CAdES.detached' });
    }
  }, 120_000);

  it('writes a PAdES B-B CMS: SHA-256, content-type, message-digest and signing-certificate-v2 signed, the chain embedded', async () => {
    const dir = freshCopy();
    expect((await runCli(['sign', dir, '--p12', join(keys, 'good.p12'), '--password', 'secret'])).code).toBe(0);
    const file = join(dir, readdirSync(dir).find((f) => f.includes('附件2'))!);
    const pdf = readFileSync(file).toString('latin1');
    expect(pdf).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(pdf).toMatch(/\/M \(D:\d{14}Z\)/);
    const hex = /\/Contents <([0-9a-f]+)>/.exec(pdf)![1];
    const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(Buffer.from(hex, 'hex'))).result });
    const signed = new pkijs.SignedData({ schema: info.content });
    expect(signed.certificates).toHaveLength(2);
    expect(signed.encapContentInfo.eContent).toBeUndefined();
    const si = signed.signerInfos[0];
    expect(si.digestAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    expect(si.signedAttrs!.attributes.map((a) => a.type).sort()).toEqual(['1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4']);
  }, 60_000);

  it('reports a flipped byte in page content as 已被修改, and names a missing file', async () => {
    const dir = freshCopy();
    expect((await runCli(['sign', dir, '--p12', join(keys, 'good.p12'), '--password', 'secret'])).code).toBe(0);
    const names = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    const narrative = names.find((f) => f.endsWith('自评报告.pdf'))!;
    const table = names.find((f) => f.includes('附件3'))!;
    flipPageContentByte(join(dir, narrative));
    rmSync(join(dir, table));
    const v = await runCli(['verify', dir]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`已被修改  ${narrative}`);
    expect(v.stdout).toContain('文件内容与签名时的摘要不符');
    expect(v.stdout).toContain(`文件缺失  ${table}`);
    expect(v.stdout).toMatch(/6 个文件中有 2 个有问题/);
    // The flipped file alone, without the manifest: its own signature still shows the change.
    const alone = await runCli(['verify', join(dir, narrative), '--json']);
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.stdout).files[0]).toMatchObject({ verdict: 'modified', verdictText: '已被修改' });
  }, 60_000);

  it('says 未签名 for a set that was never signed', async () => {
    const v = await runCli(['verify', built]);
    expect(v.code).toBe(1);
    expect(v.stdout.match(/^未签名 {2}/gm)).toHaveLength(6);
  }, 60_000);

  it('signs one PDF and brings its manifest entry up to date; refuses to sign it twice', async () => {
    const dir = freshCopy();
    const name = readdirSync(dir).find((f) => f.includes('附件2'))!;
    expect((await runCli(['sign', join(dir, name), '--p12', join(keys, 'good.p12'), '--password', 'secret'])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const entry = manifest.files.find((f: { path: string }) => f.path === name);
    expect(entry.signature.subject).toContain('张三');
    expect(entry.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'));
    const before = snapshot(dir);
    const again = await runCli(['sign', join(dir, name), '--p12', join(keys, 'good.p12'), '--password', 'secret']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已经签过名');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);
});

describe('bad key files: a Chinese message, exit 1, and the unsigned files exactly as they were', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['wrong password', () => ['--p12', join(keys, 'good.p12'), '--password', 'wrong'], /密码不正确/],
    ['expired certificate', () => ['--p12', writeP12('expired.p12', p12(makeSigner(ca, '李四', { from: new Date(Date.now() - 400 * DAY), to: new Date(Date.now() - DAY) }), ca, 'pw')), '--password', 'pw'], /已于 .* 过期/],
    ['certificate not yet valid', () => ['--p12', writeP12('future.p12', p12(makeSigner(ca, '王五', { from: new Date(Date.now() + 10 * DAY), to: new Date(Date.now() + 400 * DAY) }), ca, 'pw')), '--password', 'pw'], /才生效/],
    ['no private key', () => ['--p12', writeP12('nokey.p12', p12(makeSigner(ca), ca, 'pw', { withoutKey: true })), '--password', 'pw'], /没有私钥/],
    ['not a PKCS#12 file', () => ['--p12', EXAMPLE_PATH, '--password', 'pw'], /不是 PKCS#12/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const dir = freshCopy();
      const before = snapshot(dir);
      const r = await runCli(['sign', dir, ...args()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
      const b = await runCli(['build', EXAMPLE_PATH, '-o', dir, '--force', '--sign', ...args().slice(1)]);
      expect(b.code).toBe(1);
      expect(b.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
    }, 60_000);
  }
});

describe('jixiao build --sign', () => {
  it('is for one input: a batch is a usage mistake (exit 2), nothing built', async () => {
    const dir = join(tempDir('jixiao-batch-sign-'), 'out');
    const r = await runCli(['build', EXAMPLE_PATH, EXAMPLE_PATH, '-o', dir, '--force', '--sign', join(keys, 'good.p12')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sign 只能用于单个数据文件');
  });

  it('builds and signs in one step; the set verifies', async () => {
    const dir = join(tempDir('jixiao-build-sign-'), 'out');
    const r = await runCli(['build', EXAMPLE_PATH, '-o', dir, '--force', '--sign', join(keys, 'good.p12'), '--password-file', join(keys, 'password.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(r.stdout);
    expect(manifest.files.every((f: { signature?: unknown }) => f.signature)).toBe(true);
    expect((await runCli(['verify', dir])).code).toBe(0);
  }, 120_000);
});

function certificatesOf(pdf: Buffer): Uint8Array[] {
  const hex = /\/Contents <([0-9a-f]+)>/.exec(pdf.toString('latin1'))![1];
  const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(Buffer.from(hex, 'hex'))).result });
  return new pkijs.SignedData({ schema: info.content }).certificates!.map((c) => new Uint8Array((c as pkijs.Certificate).toSchema().toBER()));
}

/** Flips one byte in the middle of the first page's drawing. */
function flipPageContentByte(file: string): void {
  const pdf = readFileSync(file);
  pdf[pageContentByte(pdf)] ^= 0x01;
  writeFileSync(file, pdf);
}

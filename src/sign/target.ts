import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { writeAllAtomically } from '../write/atomic.js';
import { MANIFEST_NAME, sha256, type Manifest, type ManifestEntry } from '../write/index.js';
import { SIGN_MESSAGES as M } from './messages.js';
import { readManifest, UNSIGNED_KINDS, type SignatureRecord, type SignedEntry } from './manifest.js';
import { certificateInfo } from './certificate.js';
import { PdfFormatError } from './pdfFile.js';
import type { Widget } from './placeholder.js';
import { signPdf, type SignOptions } from './signPdf.js';
import type { Signer } from './signer.js';
import { mapList } from '../mapList.js';

export interface SignTargetOptions extends Omit<SignOptions, 'name' | 'widget'> {
  /** The visible widget for a file, from its bytes and manifest entry; none: invisible. */
  widget?: (pdf: Buffer, entry: ManifestEntry | undefined, path: string) => Widget | undefined;
}

/**
 * Signs a PDF, or every PDF a build's manifest lists, and writes the signed files and the updated manifest all at
 * once: nothing is replaced until every file is signed, so a failure leaves the unsigned set as it was.
 */
export async function signTarget(target: string, signer: Signer, o: SignTargetOptions): Promise<string[]> {
  const st = await stat(target).catch(() => undefined);
  if (st?.isDirectory()) return signFolder(target, signer, o);
  if (!st?.isFile() || !target.toLowerCase().endsWith('.pdf')) throw new UserError(M.notPdf(target));
  // A PDF of a build's folder: its manifest entry is brought up to date too.
  const dir = dirname(target);
  const manifest = await readManifest(dir).catch(() => undefined);
  const entry = manifest?.files.find((f) => f.path === basename(target));
  const signed = await signOne(target, await readFile(target), signer, o, entry);
  const files = [{ name: basename(target), bytes: signed.bytes }];
  if (manifest && entry) files.push(manifestFile(manifest, new Map([[entry.path, signed.entry]])));
  await writeAllAtomically(dir, files);
  return [target];
}

async function signFolder(dir: string, signer: Signer, o: SignTargetOptions): Promise<string[]> {
  const manifest = await readManifest(dir);
  const done = new Map<string, SignedEntry>();
  const files: { name: string; bytes: Buffer }[] = [];
  for (const entry of manifest.files.filter((f) => f.path.toLowerCase().endsWith('.pdf') && !UNSIGNED_KINDS.includes(f.kind))) {
    const path = join(dir, entry.path);
    const bytes = await readFile(path).catch(() => {
      throw new UserError(M.missingFile(path));
    });
    if (sha256(bytes) !== entry.sha256) throw new UserError(M.changedFile(path));
    const signed = await signOne(path, bytes, signer, o, entry);
    done.set(entry.path, signed.entry);
    files.push({ name: entry.path, bytes: signed.bytes });
  }
  await writeAllAtomically(dir, [...files, manifestFile(manifest, done)]);
  return mapList(files, (f) => join(dir, f.name));
}

async function signOne(path: string, bytes: Buffer, signer: Signer, o: SignTargetOptions, entry: ManifestEntry | undefined): Promise<{ bytes: Buffer; entry: SignedEntry }> {
  const info = certificateInfo(signer.certificates[0]);
  let signed: Buffer;
  try {
    signed = await signPdf(bytes, signer, { ...o, name: commonName(info.subject), widget: o.widget?.(bytes, entry, path) });
  } catch (e) {
    if (!(e instanceof PdfFormatError)) throw e;
    throw new UserError(e.alreadySigned ? M.alreadySigned(path) : M.notJixiaoPdf(path, e.message));
  }
  const record: SignatureRecord = { subject: info.subject, issuer: info.issuer, certificateSha256: info.sha256, time: o.time.toISOString(), unsignedSha256: sha256(bytes) };
  const base = entry ?? { path: basename(path), kind: '', title: '', pages: 0, bytes: 0, sha256: '' };
  return { bytes: signed, entry: { ...base, bytes: signed.length, sha256: sha256(signed), signature: record } };
}

/** The name people know the signer by: the certificate subject's common name, or the whole subject. */
export function commonName(subject: string): string {
  return /(?:^|, )CN=([^,]+)/.exec(subject)?.[1] ?? subject;
}

function manifestFile(manifest: Manifest, signed: Map<string, SignedEntry>): { name: string; bytes: Buffer } {
  const files = mapList(manifest.files, (f) => signed.get(f.path) ?? f);
  return { name: MANIFEST_NAME, bytes: Buffer.from(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`) };
}

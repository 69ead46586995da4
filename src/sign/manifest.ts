import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../diagnostics/finding.js';
import { MANIFEST_NAME, type Manifest, type ManifestEntry } from '../write/index.js';
import { SIGN_MESSAGES as M } from './messages.js';

// A signed set's manifest as both signing and verifying read it: apart from the signing code (node-forge,
// @signpdf), which verify never runs.

/** What manifest.json says of a signed file, beside its bytes and SHA-256 (which are then the signed file's). */
export interface SignatureRecord {
  subject: string;
  issuer: string;
  /** SHA-256 fingerprint of the signer's certificate. */
  certificateSha256: string;
  time: string;
  /** SHA-256 of the file as built, before the signature was appended: the bytes the signed file starts with. */
  unsignedSha256: string;
}

/** The reviewer's findings page is never part of the signed set (its title says so): it stays unsigned. */
export const UNSIGNED_KINDS: readonly string[] = ['findings'];

export type SignedEntry = ManifestEntry & { signature?: SignatureRecord };

export async function readManifest(dir: string): Promise<Manifest & { files: SignedEntry[] }> {
  const text = await readFile(join(dir, MANIFEST_NAME), 'utf8').catch(() => {
    throw new UserError(M.noManifest(dir));
  });
  try {
    const manifest = JSON.parse(text) as Manifest;
    if (!Array.isArray(manifest.files)) throw new Error(M.noFilesList);
    return manifest;
  } catch (e) {
    throw new UserError(M.badManifest(dir, (e as Error).message));
  }
}

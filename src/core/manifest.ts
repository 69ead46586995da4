/**
 * manifest.json, the one description of a built set, made the same way by the CLI (src/write/index.ts) and the web
 * page: the PDFs' file names, sizes, pages and SHA-256, and the input's. The hashes come from the caller (Node's
 * crypto, the browser's SubtleCrypto), so nothing here touches a platform.
 */
import type { PlacedSignature } from '../render/index.js';
import { VERSION } from '../version.js';
import { sanitizeFileName, uniqueNames } from '../write/fileNames.js';
import { mapList } from '../mapList.js';

export interface PdfOutput {
  kind: string;
  title: string;
  fileName: string;
  bytes: Uint8Array;
  pages: number;
  places?: PlacedSignature[];
}

export interface ManifestEntry {
  path: string;
  kind: string;
  title: string;
  bytes: number;
  pages: number;
  sha256: string;
  /** Where a visible signature goes (seal, principal's signature): read by `jixiao sign --visible`. */
  signaturePlaces?: PlacedSignature[];
}

export interface Manifest {
  tool: 'jixiao';
  version: string;
  input: { path: string; sha256: string };
  files: ManifestEntry[];
  /** build --keep-versions: the sibling folder holding the version this one follows, and its manifest's SHA-256. */
  predecessor?: { folder: string; manifestSha256: string };
}

export const MANIFEST_NAME = 'manifest.json';

/** The PDFs' file names as written: safe, unique, in the order given. */
export function outputNames(fileNames: string[]): string[] {
  return uniqueNames(mapList(fileNames, sanitizeFileName), '.pdf');
}

/** The PDFs' file names (safe, unique) and the manifest listing them, as text ready to write. */
export function composeManifest(pdfs: PdfOutput[], sha256s: string[], input: Manifest['input'], predecessor?: Manifest['predecessor']): { names: string[]; manifest: Manifest; text: string } {
  const names = outputNames(mapList(pdfs, (p) => p.fileName));
  const files: ManifestEntry[] = mapList(pdfs, (p, i) => ({ path: names[i], kind: p.kind, title: p.title, bytes: p.bytes.length, pages: p.pages, sha256: sha256s[i], ...(p.places?.length ? { signaturePlaces: p.places } : {}) }));
  const manifest: Manifest = { tool: 'jixiao', version: VERSION, input, files, ...(predecessor && { predecessor }) };
  return { names, manifest, text: `${JSON.stringify(manifest, null, 2)}\n` };
}

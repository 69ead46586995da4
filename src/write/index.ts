import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { VERSION } from '../version.js';
import { writeAllAtomically } from './atomic.js';
import { sanitizeFileName, uniqueNames } from './fileNames.js';

export interface PdfOutput {
  kind: string;
  title: string;
  fileName: string;
  bytes: Buffer;
  pages: number;
}

export interface ManifestEntry {
  path: string;
  kind: string;
  title: string;
  bytes: number;
  pages: number;
  sha256: string;
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

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the PDFs and manifest.json into `outDir`, all or nothing. */
export async function writeReport(outDir: string, pdfs: PdfOutput[], inputPath: string, inputBytes: Buffer, predecessor?: Manifest['predecessor']): Promise<Manifest> {
  const names = uniqueNames(pdfs.map((p) => sanitizeFileName(p.fileName)), '.pdf');
  const files: ManifestEntry[] = pdfs.map((p, i) => ({ path: names[i], kind: p.kind, title: p.title, bytes: p.bytes.length, pages: p.pages, sha256: sha256(p.bytes) }));
  const manifest: Manifest = { tool: 'jixiao', version: VERSION, input: { path: basename(inputPath), sha256: sha256(inputBytes) }, files, ...(predecessor && { predecessor }) };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  await writeAllAtomically(outDir, [...pdfs.map((p, i) => ({ name: names[i], bytes: p.bytes })), { name: MANIFEST_NAME, bytes: manifestBytes }]);
  return manifest;
}

export { sanitizeFileName, uniqueNames } from './fileNames.js';

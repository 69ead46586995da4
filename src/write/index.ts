import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PlacedSignature } from '../render/index.js';
import { VERSION } from '../version.js';
import { writeAllAtomically } from './atomic.js';
import { sanitizeFileName, uniqueNames } from './fileNames.js';

export interface PdfOutput {
  kind: string;
  title: string;
  fileName: string;
  bytes: Buffer;
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

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the PDFs and manifest.json into `outDir`, all or nothing. */
export async function writeReport(outDir: string, pdfs: PdfOutput[], inputPath: string, inputBytes: Buffer, predecessor?: Manifest['predecessor']): Promise<Manifest> {
  const names = uniqueNames(pdfs.map((p) => sanitizeFileName(p.fileName)), '.pdf');
  const files: ManifestEntry[] = pdfs.map((p, i) => ({ path: names[i], kind: p.kind, title: p.title, bytes: p.bytes.length, pages: p.pages, sha256: sha256(p.bytes), ...(p.places?.length ? { signaturePlaces: p.places } : {}) }));
  const manifest: Manifest = { tool: 'jixiao', version: VERSION, input: { path: basename(inputPath), sha256: sha256(inputBytes) }, files, ...(predecessor && { predecessor }) };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  await writeAllAtomically(outDir, [...pdfs.map((p, i) => ({ name: names[i], bytes: p.bytes })), { name: MANIFEST_NAME, bytes: manifestBytes }], {
    retire: () => previousFiles(outDir),
  });
  return manifest;
}

/**
 * The files the folder's current manifest lists: a new set without one of them (a project dropped, no findings
 * page this time) takes it away, so the folder never mixes two sets.
 */
async function previousFiles(outDir: string): Promise<string[]> {
  const text = await readFile(join(outDir, MANIFEST_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  try {
    const files = (JSON.parse(text) as Partial<Manifest>).files;
    return Array.isArray(files) ? files.map((f) => f?.path).filter((p): p is string => typeof p === 'string' && p === basename(p) && !p.startsWith('.') && p.endsWith('.pdf')) : [];
  } catch {
    return [];
  }
}

export { sanitizeFileName, uniqueNames } from './fileNames.js';

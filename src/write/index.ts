import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { composeManifest, MANIFEST_NAME, type Manifest, type PdfOutput as BuiltPdf } from '../core/manifest.js';
import { writeAllAtomically } from './atomic.js';
import { readText } from './durable.js';
import { mapList } from '../mapList.js';

export { MANIFEST_NAME, type Manifest, type ManifestEntry } from '../core/manifest.js';

export interface PdfOutput extends BuiltPdf {
  bytes: Buffer;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the PDFs and manifest.json into `outDir`, all or nothing. */
export async function writeReport(outDir: string, pdfs: PdfOutput[], inputPath: string, inputBytes: Buffer, predecessor?: Manifest['predecessor']): Promise<Manifest> {
  const { names, manifest, text } = composeManifest(pdfs, mapList(pdfs, (p) => sha256(p.bytes)), { path: basename(inputPath), sha256: sha256(inputBytes) }, predecessor);
  const manifestBytes = Buffer.from(text);
  await writeAllAtomically(outDir, [...mapList(pdfs, (p, i) => ({ name: names[i], bytes: p.bytes })), { name: MANIFEST_NAME, bytes: manifestBytes }], {
    retire: () => previousFiles(outDir),
  });
  return manifest;
}

/**
 * The files the folder's current manifest lists: a new set without one of them (a project dropped, no findings
 * page this time) takes it away, so the folder never mixes two sets.
 */
async function previousFiles(outDir: string): Promise<string[]> {
  const text = readText(join(outDir, MANIFEST_NAME));
  if (text === undefined) return [];
  try {
    const files = (JSON.parse(text) as Partial<Manifest>).files;
    return Array.isArray(files) ? mapList(files, (f) => f?.path).filter((p): p is string => typeof p === 'string' && p === basename(p) && !p.startsWith('.') && p.endsWith('.pdf')) : [];
  } catch {
    return [];
  }
}

export { sanitizeFileName, uniqueNames } from './fileNames.js';

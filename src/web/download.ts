/** Files handed to the clerk: one file, or every PDF and manifest.json as one zip with fixed dates. */
import { zipSync } from 'fflate';
import type { BuiltFile } from './protocol.js';

/**
 * Stored in the zip as local date and time components (DOS format), the same in every time zone: the same files
 * give the same zip.
 */
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);

export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function zipOf(files: BuiltFile[], manifest: Uint8Array): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 }]> = {};
  // PDFs are compressed already: stored as they are, the zip is quick to make and to open.
  for (const f of files) entries[f.name] = [f.bytes, { mtime: FIXED_DATE, level: 0 }];
  entries['manifest.json'] = [manifest, { mtime: FIXED_DATE, level: 0 }];
  return zipSync(entries);
}

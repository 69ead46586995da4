import type { BatchOverview, ReportRenderer } from '../summary/index.js';
import { writeAllAtomically } from '../write/atomic.js';
import { MANIFEST_NAME, sha256 } from '../write/index.js';
import { VERSION } from '../version.js';
import type { BatchResult } from './task.js';
import { mapList } from '../mapList.js';

/** The batch's own manifest, beside the unit folders: every input's outcome and the summary files. */
export interface BatchManifest {
  tool: 'jixiao';
  version: string;
  mode: BatchOverview['mode'];
  units: { input: string; status: string; folder?: string }[];
  files: { path: string; bytes: number; pages?: number; sha256: string }[];
}

/**
 * Loads what writing the summaries needs, in the main thread, which is idle while the workers build the units: the
 * summaries are then written as soon as the last unit is done instead of first loading ~1 s of libraries. pdfmake
 * and its fonts only when the report is rendered here. A failure here is not reported: writeSummaries meets it
 * again and reports it.
 */
export function prepareSummaries(renderHere: boolean): Promise<void> {
  return import('../summary/index.js').then((m) => m.prepareSummaries(renderHere)).catch(() => undefined);
}

/**
 * Writes 汇总表.xlsx, 汇总报告.pdf and the batch's manifest.json into the batch's output folder, all or nothing.
 * Units are listed in input order; nothing depends on the clock, so the same batch gives the same bytes, wherever
 * `render` renders the report (here when not given).
 */
export async function writeSummaries(outRoot: string, mode: BatchOverview['mode'], results: readonly BatchResult[], render?: ReportRenderer): Promise<{ overview: BatchOverview; manifest: BatchManifest }> {
  // The charting and workbook libraries load only when a batch ends, never when a command starts.
  const { summaryFiles } = await import('../summary/index.js');
  const { overview, files } = await summaryFiles(mode, mapList(results, (r) => r.summary), render);
  const manifest: BatchManifest = {
    tool: 'jixiao',
    version: VERSION,
    mode,
    units: mapList(results, (r) => ({ input: r.file, status: r.summary.status, ...(r.summary.folder ? { folder: r.summary.folder } : {}) })),
    files: mapList(files, (f) => ({ path: f.name, bytes: f.bytes.length, ...(f.pages ? { pages: f.pages } : {}), sha256: sha256(f.bytes) })),
  };
  await writeAllAtomically(outRoot, [...files, { name: MANIFEST_NAME, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }]);
  return { overview, manifest };
}

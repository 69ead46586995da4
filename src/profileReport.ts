/**
 * The flow for an input that names a profile built by the form engine: the core (src/core/profileReport.ts) with
 * the input read from and the PDFs written to disk. Inputs of hunan-2022 (or naming none) go through pipeline.ts.
 */
import { readFile } from 'node:fs/promises';
import './node/resources.js';
import type { InputCheckOptions } from './check/input/index.js';
import { prepareProfileData } from './core/prepare.js';
import { renderProfileReport } from './core/profileReport.js';
import type { Finding } from './diagnostics/finding.js';
import type { PreparedProfileReport, Profile } from './forms/index.js';
import { writeReport, type Manifest } from './write/index.js';

export { engineProfileOf, prepareProfileData } from './core/prepare.js';
export { renderProfileReport } from './core/profileReport.js';

/** One input file of a profile in, its documents and the combined file written to `outDir`. */
export async function buildProfileReport(
  file: string,
  profile: Profile,
  data: unknown,
  outDir: string | ((unit: { unit: { name: string }; year: number | string }) => Promise<string>),
  options: InputCheckOptions & { draft?: boolean; onFindings?: (findings: Finding[], report?: never, profiled?: PreparedProfileReport) => void },
): Promise<Manifest> {
  const prepared = prepareProfileData(profile, data, options);
  options.onFindings?.(prepared.findings, undefined, prepared);
  const rendered = await renderProfileReport(prepared, options);
  const dir = typeof outDir === 'string' ? outDir : await outDir({ unit: { name: String(prepared.input.unit) }, year: String(prepared.input.year) });
  return writeReport(
    dir,
    rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages })),
    file,
    await readFile(file),
  );
}

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { VERSION } from '../../src/version.js';
import { MANIFEST_NAME, type Manifest } from '../../src/write/index.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { pdfPages } from '../helpers/pdf.js';
import { pdfaProblems } from '../render/pdfaParts.js';
import { tempDir } from '../helpers/tmp.js';

/** Temporary folders of this file, removed when its tests are done. */

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let out: string;
let manifest: Manifest;

beforeAll(async () => {
  out = tempDir('jixiao-manifest-');
  manifest = await buildReport(EXAMPLE_PATH, out);
}, 60_000);

describe('manifest.json of the example', () => {
  it('is written next to the PDFs and says what buildReport returned', () => {
    expect(JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8'))).toEqual(manifest);
    expect(manifest.tool).toBe('jixiao');
    expect(manifest.version).toBe(VERSION);
  });

  it("holds the input's SHA-256", () => {
    expect(manifest.input.sha256).toBe(sha(readFileSync(EXAMPLE_PATH)));
  });

  it('gives each file its true size, page count and SHA-256', () => {
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect([f.bytes, f.sha256, f.pages], f.path).toEqual([bytes.length, sha(bytes), pdfPages(join(out, f.path))]);
    }
  });

  it('lists every file in the folder, and nothing else is left there', () => {
    expect(readdirSync(out).sort()).toEqual([...manifest.files.map((f) => f.path), MANIFEST_NAME].sort());
  });

  it('lists only PDFs that meet the checked parts of PDF/A-2b', () => {
    for (const f of manifest.files) expect(pdfaProblems(join(out, f.path)), f.path).toEqual([]);
  });
});

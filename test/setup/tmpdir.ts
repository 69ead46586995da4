import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test writes its scratch files under one folder made for this run (os.tmpdir() reads TMPDIR, which the
 * test workers inherit), and the folder goes when the run ends: no test leaves PDFs behind in /tmp.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}

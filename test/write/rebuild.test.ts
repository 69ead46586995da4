import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { EXAMPLE_PATH, exampleData } from '../helpers/example.js';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex') : 'folder']),
  );
}

describe('a failed rebuild leaves the earlier outputs byte-identical', () => {
  let out: string;
  let before: Record<string, string>;
  const work = mkdtempSync(join(tmpdir(), 'jixiao-rebuild-'));

  beforeAll(async () => {
    out = join(work, 'out');
    await buildReport(EXAMPLE_PATH, out);
    before = snapshot(out);
  }, 60_000);

  it('when the corrected input is invalid', async () => {
    const data = exampleData();
    data.basicData.publicFunds.office.actual = '两万';
    const file = join(work, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    await expect(buildReport(file, out)).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
  });

  it('when a file cannot be written at the end', async () => {
    const data = exampleData();
    data.narrative.performance = '更正后的绩效情况说明。';
    const file = join(work, 'corrected.json');
    writeFileSync(file, JSON.stringify(data));
    rmSync(join(out, 'manifest.json'));
    mkdirSync(join(out, 'manifest.json'));
    const blocked = snapshot(out);
    await expect(buildReport(file, out)).rejects.toThrow('同名的文件夹');
    expect(snapshot(out)).toEqual(blocked);
    expect(Object.keys(blocked).filter((n) => n.endsWith('.pdf'))).toHaveLength(Object.keys(before).length - 1);
  }, 60_000);
});

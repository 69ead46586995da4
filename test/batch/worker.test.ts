/** One input of a batch, run as a worker runs it (src/batch/worker.ts), and what the batch's console says of it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckSummary, formatSummary } from '../../src/batch/summary.js';
import type { BatchTask } from '../../src/batch/task.js';
import runOne from '../../src/batch/worker.js';
import { tempDir } from '../helpers/tmp.js';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('an input whose profile is misspelt', () => {
  const dir = tempDir('jixiao-batch-worker-');
  const file = join(dir, '拼错.yaml');
  writeFileSync(file, 'profile: national-projet\nunit: 某单位\n');
  const task = (mode: BatchTask['mode']): BatchTask => ({ file, mode, outRoot: join(dir, 'out'), claims: join(dir, 'out', '.claims') });
  const refusal = '没有名为“national-projet”的表格类型';

  it('is unreadable, and the batch says why once', async () => {
    const built = await runOne(task('build'));
    expect(built.ok).toBe(false);
    expect(built.summary).toMatchObject({ status: 'unreadable', errors: 1 });
    // The refusal is still the unit's one finding, for the summary workbook.
    expect(built.summary.findings).toEqual([expect.objectContaining({ id: 'E_UNKNOWN_PROFILE' })]);
    const printed = formatSummary({ results: [built], seconds: 1, outRoot: join(dir, 'out') });
    expect(occurrences(printed, refusal)).toBe(1);
  });

  it('is said once by a batch check too', async () => {
    const checked = await runOne(task('check'));
    expect(checked.ok).toBe(false);
    expect(occurrences(formatCheckSummary({ results: [checked], seconds: 1, outRoot: '' }), refusal)).toBe(1);
  });

  it('still names the first of several errors under the refusal that counts them', async () => {
    const other = join(dir, '日期.yaml');
    writeFileSync(other, 'profile: national-project\nunit: 某单位\nyear: 2023\nreportDate: 2024-02-30\nprojects: []\n');
    const r = await runOne({ ...task('build'), file: other });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.split('\n')).toEqual([expect.any(String), expect.stringContaining('报告日期')]);
  });
});

// Corrections as they are published: the sentence as printed, the unit's own voice, a date of its own, versions kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Labels } from '../../src/compose/labels.js';
import { diffInputs } from '../../src/diff/index.js';
import { loadStyles } from '../../src/layout/index.js';
import { layoutCorrectionNotice } from '../../src/layout/correctionNotice.js';
import { parseReportInput } from '../../src/model/parse.js';
import { sha256, type Manifest } from '../../src/write/index.js';
import { EXAMPLE_PATH, exampleData, exampleInput } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

function corrected(): any {
  const d = exampleData();
  d.narrative.figures.incomeTotal = 346.71;
  d.narrative.selfReference = '我中心';
  return d;
}

describe('更正说明 as published', () => {
  it('quotes the sentence as printed before and after, in the unit’s own voice, on the date given', async () => {
    const diff = await diffInputs(exampleInput(), parseReportInput(corrected()));
    const income = diff.changes.find((c) => c.path.join('.') === 'narrative.figures.incomeTotal')!;
    expect(income.sentences!.old).toMatch(/^2022 年收入决算总额为 346\.17 万元，/);
    expect(income.sentences!.new).toMatch(/^2022 年收入决算总额为 346\.71 万元，/);
    const notice = layoutCorrectionNotice({
      labels: Labels.load(),
      styles: loadStyles(),
      unitName: '衡阳市投资促进事务中心',
      self: '我中心',
      year: 2022,
      publishedDate: '2023-03-22',
      date: '2023-04-10',
      corrections: [income],
    });
    const text = JSON.stringify(notice.content);
    expect(text).toContain('我中心于2023年3月22日公开的');
    expect(text).not.toContain('我单位');
    expect(text).toContain(income.sentences!.old);
    expect(text).toContain(income.sentences!.new);
    expect(text).toContain('2023年4月10日');
  }, 60_000);

  it('a change that shows only in a table quotes the cell', async () => {
    const d = exampleData();
    d.basicData.projectExpenditure.total.budget = 22.5;
    const diff = await diffInputs(exampleInput(), parseReportInput(d));
    expect(diff.changes.map((c) => [c.old, c.new, c.sentences])).toEqual([['25.50', '22.50', undefined]]);
  }, 60_000);
});

describe('build --correction-date and --keep-versions', () => {
  afterEach(() => vi.restoreAllMocks());
  const quiet = () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((c) => (err.push(String(c)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    return err;
  };

  it('keeps each build in its own numbered folder, the manifest naming the one before', async () => {
    const out = tempDir('jixiao-versions-');
    const inputs = tempDir('jixiao-versions-in-');
    const published = join(inputs, 'published.json');
    writeFileSync(published, JSON.stringify(exampleData()));
    const fixed = join(inputs, 'fixed.json');
    writeFileSync(fixed, JSON.stringify(corrected()));
    quiet();
    expect(await main(['build', published, '-o', out, '--force', '--keep-versions'])).toBe(0);
    const err = quiet();
    expect(await main(['build', fixed, '-o', out, '--force', '--keep-versions', '--correction-of', published, '--correction-date', '2023-04-10'])).toBe(0);
    expect(err.join('')).not.toContain('未给出 --correction-date');
    const first = readFileSync(join(out, '第1版', 'manifest.json'));
    const second: Manifest = JSON.parse(readFileSync(join(out, '第2版', 'manifest.json'), 'utf8'));
    expect(JSON.parse(first.toString()).predecessor).toBeUndefined();
    expect(second.predecessor).toEqual({ folder: '第1版', manifestSha256: sha256(first) });
    expect(second.files.some((f) => f.kind === 'correctionNotice')).toBe(true);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  }, 180_000);

  it('warns when the notice takes the report’s date, and refuses a date that is not one', async () => {
    const out = tempDir('jixiao-correction-date-');
    const fixed = join(tempDir('jixiao-correction-date-in-'), 'fixed.json');
    writeFileSync(fixed, JSON.stringify(corrected()));
    const err = quiet();
    expect(await main(['build', fixed, '-o', out, '--force', '--correction-date', '2023-02-30'])).toBe(2);
    expect(err.join('')).toContain('不是一个存在的日期');
    expect(await main(['build', fixed, '-o', out, '--force', '--correction-of', EXAMPLE_PATH])).toBe(0);
    expect(err.join('')).toContain('未给出 --correction-date');
  }, 60_000);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Labels } from '../../src/compose/labels.js';
import { diffInputs, type ReportDiff } from '../../src/diff/index.js';
import { loadStyles } from '../../src/layout/index.js';
import { layoutCorrectionNotice } from '../../src/layout/correctionNotice.js';
import { parseReportInput } from '../../src/model/parse.js';
import type { Manifest } from '../../src/write/index.js';
import { EXAMPLE_PATH, exampleData, exampleInput } from '../helpers/example.js';
import { compact, pdfText } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmp.js';

/** Temporary folders of this file, removed when its tests are done. */

/** The corrections of the tests: a total, a duty's wording, an indicator's value, the closing's unit name. */
function corrected(): any {
  const d = exampleData();
  d.basicData.projectExpenditure.total.budget = 22.5;
  d.departmentEvaluation.duties[5] = d.narrative.functions.items[5];
  d.projectEvaluations[0].indicators[0].actual = '≥300人次';
  d.narrative.closingUnitName = d.unit.name;
  d.reportDate = '2023-04-10';
  return d;
}

let dir: string;
let newFile: string;
let diff: ReportDiff;

beforeAll(async () => {
  dir = tempDir('jixiao-diff-');
  newFile = join(dir, 'corrected.json');
  writeFileSync(newFile, JSON.stringify(corrected()));
  diff = await diffInputs(exampleInput(), parseReportInput(corrected()));
}, 120_000);

const change = (path: string) => diff.changes.find((c) => c.path.join('.') === path)!;

describe('diffInputs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every changed fact in input order, old → new as printed', () => {
    expect(diff.changes.map((c) => [c.path.join('.'), c.old, c.new])).toEqual([
      ['reportDate', '2023年3月22日', '2023年4月10日'],
      ['narrative.closingUnitName', '衡阳投资促进事务中心', '衡阳市投资促进事务中心'],
      ['basicData.projectExpenditure.total.budget', '25.50', '22.50'],
      ['departmentEvaluation.duties.5', '承办市商务和粮食局交办的其他任务。', '承办市商务局交办的其他任务。'],
      ['projectEvaluations.0.indicators.0.actual', '200人次', '≥300人次'],
    ]);
  });

  it('names the documents each change alone moves, not those another change moves', () => {
    const names = (p: string) => change(p).documents.map((d) => d.name);
    expect(names('basicData.projectExpenditure.total.budget')).toEqual(['附件2-部门整体支出绩效评价基础数据表']);
    expect(names('departmentEvaluation.duties.5')).toEqual(['附件3-部门整体支出绩效目标自评表']);
    expect(names('projectEvaluations.0.indicators.0.actual')).toEqual(['附件4-项目支出绩效自评表-招商引资工作经费']);
    expect(names('narrative.closingUnitName')).toEqual(['部门整体支出绩效自评报告']);
  });

  it('gives the pages, numbered as in each separate file, that show the new value', async () => {
    const out = tempDir('jixiao-diff-build-');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['build', newFile, '-o', out, '--force'])).toBe(0);
    const manifest: Manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const c of diff.changes.filter((x) => x.path[0] !== 'reportDate')) {
      for (const d of c.documents) {
        expect(d.pages.length, c.where).toBeGreaterThan(0);
        const file = manifest.files.find((f) => f.path.includes(d.name))!;
        for (const p of d.pages) expect(compact(pdfText(join(out, file.path), p)), `${c.where} p${p}`).toContain(compact(c.new!));
      }
    }
  }, 120_000);
});

describe('jixiao diff', () => {
  const stdout: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    stdout.length = 0;
  });
  const capture = () => vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));

  it('prints each change with where, old → new and the documents, in Chinese', async () => {
    capture();
    expect(await main(['diff', EXAMPLE_PATH, newFile])).toBe(0);
    const text = stdout.join('');
    expect(text).toContain('共 5 处更改');
    expect(text).toContain('部门整体支出绩效评价基础数据表 › 项目支出 › 项目支出合计 › 本年预算数');
    expect(text).toContain('“25.50” → “22.50”');
    expect(text).toMatch(/影响：附件2-部门整体支出绩效评价基础数据表（第 \d+ 页）/);
  }, 120_000);

  it('prints the same as JSON with --json', async () => {
    capture();
    expect(await main(['diff', EXAMPLE_PATH, newFile, '--json'])).toBe(0);
    const json = JSON.parse(stdout.join(''));
    expect(json.changes[2]).toMatchObject({ path: 'basicData.projectExpenditure.total.budget', old: '25.50', new: '22.50', kind: 'changed' });
    expect(json.changes[2].documents[0]).toMatchObject({ kind: 'basicData', name: '附件2-部门整体支出绩效评价基础数据表' });
  }, 120_000);

  it('says there is nothing to correct between a file and itself', async () => {
    capture();
    expect(await main(['diff', EXAMPLE_PATH, EXAMPLE_PATH])).toBe(0);
    expect(stdout.join('')).toContain('没有更改');
  });
});

describe('更正说明', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists each correction with file, pages, item, old and new, dated from the corrected input', () => {
    const notice = layoutCorrectionNotice({
      labels: Labels.load(),
      styles: loadStyles(),
      unitName: '衡阳市投资促进事务中心',
      self: '我单位',
      year: 2022,
      publishedDate: '2023-03-22',
      date: '2023-04-10',
      corrections: diff.changes,
    });
    const text = JSON.stringify(notice.content);
    expect(notice.fileName).toBe('衡阳市投资促进事务中心-2022年度-更正说明');
    expect(text).toContain('我单位于2023年3月22日公开的《2022年度部门整体支出绩效自评报告》及其附件中，有以下 5 处内容有误，现更正如下：');
    expect(text).toContain('更正项目：部门整体支出绩效评价基础数据表 › 项目支出 › 项目支出合计 › 本年预算数');
    expect(text).toMatch(/所在文件：附件2-部门整体支出绩效评价基础数据表（第 \d+ 页）/);
    expect(text).toContain('"25.50"');
    expect(text).toContain('"22.50"');
    expect(text).toContain('特此更正。');
    expect(text).toContain('2023年4月10日');
  });

  it('is written by build --correction-of as a file of its own, outside the combined PDF', async () => {
    const out = tempDir('jixiao-correction-');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['build', newFile, '-o', out, '--force', '--correction-of', EXAMPLE_PATH])).toBe(0);
    const manifest: Manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const notice = manifest.files.find((f) => f.kind === 'correctionNotice')!;
    expect(notice.path).toBe('衡阳市投资促进事务中心-2022年度-更正说明.pdf');
    const text = compact(pdfText(join(out, notice.path)));
    expect(text).toContain('更正说明');
    expect(text).toContain('承办市商务和粮食局交办的其他任务。');
    expect(text).toContain('2023年4月10日');
    expect(compact(pdfText(join(out, manifest.files[0].path)))).not.toContain('更正说明');
  }, 120_000);
});

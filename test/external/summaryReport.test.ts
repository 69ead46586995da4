import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryCharts } from '../../src/summary/charts.js';
import { overviewOf, summaryReport, type UnitSummary } from '../../src/summary/index.js';
import { summaryArea } from '../../src/summary/renderReport.js';
import { tempDir } from '../helpers/tmp.js';
import { pdfaProblems } from '../render/pdfaParts.js';

const units: UnitSummary[] = Array.from({ length: 40 }, (_, i) => ({
  file: `unit-${i}.json`,
  unit: `某某市第${i + 1}事务中心`,
  year: 2022,
  profile: 'hunan-2022',
  budget: String(500 + i),
  executed: String(300 + i * 5),
  rate: String(55 + i),
  score: String(60 + i),
  grade: '中',
  reportDate: '2023-03-22',
  errors: i % 3,
  warnings: i % 2,
  status: i % 3 ? 'blocked' : 'built',
  findings: Array.from({ length: i % 3 }, () => ({ id: 'E_CONTROL_RATE', level: 'error' as const, where: '控制率', message: '控制率不对' })),
}));

describe('汇总报告.pdf, read by Debian validators', () => {
  it('is PDF/A-2b in the parts jixiao is responsible for, with every font embedded (chart text too)', async () => {
    const file = join(tempDir('jixiao-summary-pdfa-'), '汇总报告.pdf');
    const overview = overviewOf('build', units);
    writeFileSync(file, (await summaryReport(overview, summaryCharts(overview, summaryArea()))).bytes);
    expect(pdfaProblems(file)).toEqual([]);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts.trim().split('\n').slice(2).every((l) => /NotoSansSC/.test(l))).toBe(true);
    // The charts' axis labels are text in the embedded font: poppler extracts them.
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('资金执行率分布');
    expect(text).toContain('90–100%');
  });
});

/** 汇总报告's layout (src/summary/report.ts): its title fits what the batch holds, its 表式 column names each profile. */
import { describe, expect, it } from 'vitest';
import { contentWidth, loadStyles } from '../../src/layout/index.js';
import { overviewOf } from '../../src/summary/aggregate.js';
import { summaryCharts } from '../../src/summary/charts.js';
import { layoutSummary } from '../../src/summary/report.js';
import type { UnitSummary } from '../../src/summary/unit.js';

const HUNAN = { profile: 'hunan-2022', profileName: '部门整体支出绩效自评报告（湖南 2022）', scope: 'department' } as const;
const NATIONAL = { profile: 'national-project', profileName: '项目支出绩效自评表（财预〔2020〕10号）', scope: 'project' } as const;
const SICHUAN = { profile: 'sichuan-project', profileName: '部门预算项目支出绩效自评表（四川）', scope: 'project' } as const;

function unit(name: string, profile: Partial<UnitSummary>): UnitSummary {
  return { file: `${name}.yaml`, unit: name, year: 2023, errors: 0, warnings: 0, status: 'passed', findings: [], ...profile };
}
const unreadable: UnitSummary = { file: '拼错.yaml', errors: 1, warnings: 0, status: 'unreadable', findings: [] };

function layout(units: UnitSummary[]) {
  const styles = loadStyles();
  const area = { width: contentWidth(styles, 'landscape') };
  const overview = overviewOf('check', units);
  return layoutSummary(overview, styles, area, summaryCharts(overview, area));
}

/** Every string the page prints, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'svg' ? [] : texts(v)));
  return [];
}

describe('layoutSummary', () => {
  it('keeps the 部门整体 title for a batch of department reports', () => {
    const page = layout([unit('甲', HUNAN), unreadable]);
    expect(page.title).toBe('部门整体支出绩效自评批量汇总报告');
    expect(texts(page.content)[0]).toBe('部门整体支出绩效自评批量汇总报告');
  });

  it('titles a batch of project forms only as a 项目支出 summary, whatever inputs could not be read', () => {
    const page = layout([unit('甲', NATIONAL), unit('乙', SICHUAN), unreadable]);
    expect(page.title).toBe('项目支出绩效自评批量汇总报告');
    expect(texts(page.content).join('')).not.toContain('部门整体');
  });

  it('names both kinds in a mixed batch, and neither when nothing was read', () => {
    expect(layout([unit('甲', HUNAN), unit('乙', NATIONAL)]).title).toBe('部门整体和项目支出绩效自评批量汇总报告');
    expect(layout([unreadable]).title).toBe('绩效自评批量汇总报告');
  });

  it("prints each unit's 表式 as its profile's Chinese name, not its id", () => {
    const printed = texts(layout([unit('甲', HUNAN), unit('乙', NATIONAL)]).content);
    expect(printed).toContain('项目支出绩效自评表（财预〔2020〕10号）');
    expect(printed).toContain('部门整体支出绩效自评报告（湖南 2022）');
    expect(printed).not.toContain('national-project');
  });
});

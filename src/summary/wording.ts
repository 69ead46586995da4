import { compileTemplate } from '../compose/handlebars.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { parseTemplateYaml } from '../compose/yamlCache.js';
import type { BatchScope } from './aggregate.js';
import type { UnitStatus } from './unit.js';

/** A chart's bins: a value falls in the first bin it is below (or equal to); a bin without a bound takes the rest. */
export interface Bin {
  below?: number;
  equal?: number;
  label: string;
}

export interface ChartWording {
  title: string;
  axis: string;
  bins?: Bin[];
}

/** The wording of the batch summaries (templates/summary.yaml): file names, sheets, columns, headings, charts. */
export interface SummaryWording {
  files: { workbook: string; report: string };
  status: Record<UnitStatus, string>;
  levels: Record<'error' | 'warning', string>;
  workbook: {
    sheets: { units: string; findings: string; rules: string };
    units: Record<'file' | 'unit' | 'year' | 'profile' | 'budget' | 'executed' | 'rate' | 'score' | 'grade' | 'errors' | 'warnings' | 'status' | 'folder', string>;
    findings: Record<'unit' | 'id' | 'level' | 'where' | 'message' | 'expected' | 'actual', string>;
    rules: Record<'id' | 'level' | 'title' | 'units' | 'count', string>;
  };
  report: {
    /** By what the batch's units report on: a 部门整体 title would misname a batch of project forms. */
    title: Record<BatchScope, string>;
    author: string;
    subtitle: string;
    totalsHeading: string;
    totals: Record<string, string>;
    chartsHeading: string;
    unitsHeading: string;
    unitsNote: string;
    unitColumns: string[];
    topHeading: string;
    topColumns: string[];
    topNone: string;
    rulesChartHeading: string;
    empty: string;
  };
  charts: { rate: ChartWording; score: ChartWording; rules: ChartWording };
}

let cached: { wording: SummaryWording; subtitle: (c: object) => string } | undefined;

function load(): NonNullable<typeof cached> {
  const { file, source } = readTemplateFile('summary.yaml');
  const wording = parseTemplateYaml(source) as SummaryWording;
  return { wording, subtitle: compileTemplate(file, wording.report.subtitle) };
}

export function summaryWording(): SummaryWording {
  cached ??= load();
  return cached.wording;
}

/** The report's subtitle, filled in. */
export function subtitleOf(context: { units: number; years: string }): string {
  cached ??= load();
  return cached.subtitle(context);
}

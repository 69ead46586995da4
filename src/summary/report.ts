/** The batch overview → 汇总报告.pdf's layout: totals, charts, the unit table, the most common findings. */
import { formatMoney, formatPercent } from '../compose/format.js';
import { D, roundTo } from '../derive/index.js';
import { cell, headerCell, numberCell } from '../layout/cells.js';
import { formTableLayout } from '../layout/formParts.js';
import type { Node, Styles } from '../layout/index.js';
import type { BatchOverview, BatchTotals } from './aggregate.js';
import type { UnitSummary } from './unit.js';
import { subtitleOf, summaryWording, type SummaryWording } from './wording.js';
import { mapList } from '../mapList.js';

/** The summary is not one of a unit's documents: a kind of its own, rendered alone. */
export interface SummaryLayout {
  kind: 'summary';
  title: string;
  fileName: string;
  orientation: 'landscape';
  content: Node[];
}

/** Landscape A4 between the report set's margins, in points. */
export interface Area {
  width: number;
}

/**
 * The report's charts as SVG, drawn before it is laid out (src/summary/charts.ts): the layout and its rendering then
 * need no charting library, and run in a batch worker, where the render stage is already loaded and optimised.
 */
export interface SummaryCharts {
  rate: string;
  score: string;
  /** The most common findings; none when nothing was found. */
  rules?: string;
}

/** The rules the findings chart shows, most common first. */
export const RULES_CHARTED = 20;

/** The two distribution charts side by side, 12 points apart. */
export const chartColumnWidth = (area: Area) => (area.width - 12) / 2;

const STATUS_COLOR: Partial<Record<UnitSummary['status'], string>> = { unreadable: '#B00020', failed: '#B00020', blocked: '#B00020', errors: '#B00020', forced: '#8A6D00' };

/** Scores print with up to two decimals, as the forms do. */
function score(value: string | undefined): string {
  if (value === undefined) return '';
  const r = roundTo(new D(value), 2);
  return r.isInteger() ? r.toFixed(0) : r.toString();
}

/** 万元 with two decimals, in groups of three: a bureau's totals run to millions. */
function money(v: string | undefined): string {
  if (v === undefined) return '';
  const [whole, cents] = formatMoney(new D(v)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}
const percent = (v: string | undefined) => (v === undefined ? '' : formatPercent(new D(v)));

function heading(text: string, s: Styles): Node {
  return { text, fontSize: s.tables.captionSize + 2, bold: true, margin: [0, 10, 0, 6] };
}

function table(widths: (number | string)[], header: string[], body: Node[][], s: Styles): Node {
  return {
    table: { widths, headerRows: 1, dontBreakRows: true, body: [mapList(header, (c) => headerCell(c, s.tables.headerFill)), ...body] },
    layout: formTableLayout(s.tables.cellPadding),
    fontSize: s.tables.cellSize - 1.5,
  };
}

/** Which totals the batch shows: a check run built nothing, a build run did not merely check. */
function totalRows(t: BatchTotals, mode: BatchOverview['mode'], w: SummaryWording): [string, string][] {
  const keys: (keyof BatchTotals)[] =
    mode === 'check'
      ? ['units', 'readable', 'unreadable', 'passed', 'withErrors', 'withWarnings', 'errors', 'warnings']
      : ['units', 'readable', 'unreadable', 'built', 'forced', 'blocked', 'failed', 'withErrors', 'withWarnings', 'errors', 'warnings'];
  const rows: [string, string][] = mapList(keys, (k) => [w.report.totals[k], String(t[k])]);
  rows.push([w.report.totals.budget, money(t.budget) || w.report.empty], [w.report.totals.executed, money(t.executed) || w.report.empty]);
  rows.push([w.report.totals.rate, percent(t.rate) || w.report.empty], [w.report.totals.meanScore, score(t.meanScore) || w.report.empty]);
  return rows;
}

function totalsTable(o: BatchOverview, s: Styles, w: SummaryWording): Node {
  const rows = totalRows(o.totals, o.mode, w);
  // Two label–value pairs per row: the totals fit half a page.
  const body: Node[][] = [];
  for (let i = 0; i < rows.length; i += 2) {
    const pair = [rows[i], rows[i + 1] ?? ['', '']];
    body.push(pair.flatMap(([label, value]) => [cell(label), numberCell(value)]));
  }
  return {
    table: { widths: ['*', 90, '*', 90], body },
    layout: formTableLayout(s.tables.cellPadding),
    fontSize: s.tables.cellSize,
  };
}

function unitRow(u: UnitSummary, i: number, w: SummaryWording): Node[] {
  const status = { ...(cell(w.status[u.status], { align: 'center', bold: !!STATUS_COLOR[u.status] }) as object), color: STATUS_COLOR[u.status] ?? '#000000' };
  return [
    numberCell(String(i + 1), { align: 'center' }),
    cell(u.unit ?? u.file),
    numberCell(u.year === undefined ? '' : String(u.year), { align: 'center' }),
    cell(u.profileName ?? u.profile ?? '', { align: 'center' }),
    numberCell(money(u.budget)),
    numberCell(money(u.executed)),
    numberCell(percent(u.rate)),
    numberCell(score(u.score)),
    cell(u.grade ?? '', { align: 'center' }),
    numberCell(String(u.errors)),
    numberCell(String(u.warnings)),
    status,
  ];
}

function topFindings(o: BatchOverview, s: Styles, w: SummaryWording): Node {
  const top = o.rules.slice(0, 10);
  if (!top.length) return { text: w.report.topNone, fontSize: s.tables.cellSize };
  const body = mapList(top, (r, i) => [
    numberCell(String(i + 1), { align: 'center' }),
    cell(r.id),
    cell(w.levels[r.level], { align: 'center' }),
    cell(r.title),
    numberCell(String(r.units)),
    numberCell(String(r.count)),
  ]);
  return table([24, 150, 30, '*', 56, 50], w.report.topColumns, body, s);
}

/** 表式 prints the profile's Chinese name (up to ~21 characters): two lines of it, not four. */
const UNIT_PROFILE_WIDTH = 104;

/** 汇总报告 of a batch, laid out on landscape pages of the report set's size and margins. */
export function layoutSummary(o: BatchOverview, s: Styles, area: Area, charts: SummaryCharts): SummaryLayout {
  const w = summaryWording();
  const title = w.report.title[o.scope];
  const half = chartColumnWidth(area);
  const content: Node[] = [
    { text: title, fontSize: s.tables.titleSize, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
    { text: subtitleOf({ units: o.totals.units, years: o.years.join('、') || w.report.empty }), fontSize: s.tables.captionSize, alignment: 'center', margin: [0, 0, 0, 6] },
    heading(w.report.totalsHeading, s),
    totalsTable(o, s, w),
    { ...(heading(w.report.chartsHeading, s) as object), pageBreak: 'before' },
    { columns: [{ svg: charts.rate, width: half }, { svg: charts.score, width: half }], columnGap: 12 },
    { ...(heading(w.report.unitsHeading, s) as object), pageBreak: 'before' },
    { text: w.report.unitsNote, fontSize: s.tables.cellSize - 1.5, margin: [0, 0, 0, 4] },
    table([22, '*', 30, UNIT_PROFILE_WIDTH, 62, 62, 46, 40, 26, 26, 26, 62], w.report.unitColumns, mapList(o.units, (u, i) => unitRow(u, i, w)), s),
    { ...(heading(w.report.topHeading, s) as object), pageBreak: 'before' },
    topFindings(o, s, w),
  ];
  if (charts.rules) content.push({ ...(heading(w.report.rulesChartHeading, s) as object), pageBreak: 'before' }, { svg: charts.rules, width: area.width });
  return { kind: 'summary', title, fileName: w.files.report.replace(/\.pdf$/i, ''), orientation: 'landscape', content };
}

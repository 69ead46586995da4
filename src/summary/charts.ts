/**
 * The summary's charts as SVG, drawn by ECharts' server-side SVG renderer (no DOM). pdfmake places the SVG as vector
 * graphics; its text is set in the report's own font (render/ maps the family name to the embedded font).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { D } from '../derive/index.js';
import { FONT_FAMILY } from '../render/fonts.js';
import type { BatchOverview } from './aggregate.js';
import { chartColumnWidth, RULES_CHARTED, type Area, type SummaryCharts } from './report.js';
import { summaryWording, type Bin, type ChartWording } from './wording.js';
import { mapList } from '../mapList.js';

echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

export interface ChartSize {
  width: number;
  height: number;
}

const BAR = '#4E6E9E';
const TEXT = '#333333';

/** Which bin a value falls in: the first it is below or equal to, else the last (unbounded) one. */
export function binOf(value: string, bins: readonly Bin[]): number {
  const v = new D(value);
  const i = bins.findIndex((b) => (b.below !== undefined && v.lessThan(b.below)) || (b.equal !== undefined && v.equals(b.equal)));
  return i >= 0 ? i : bins.length - 1;
}

/** How many values fall in each bin. */
export function histogram(values: readonly string[], bins: readonly Bin[]): number[] {
  const counts = mapList(bins, () => 0);
  for (const v of values) counts[binOf(v, bins)]++;
  return counts;
}

/**
 * ECharts numbers its element ids and class names across the process (zr0-…, zr1-cls-7): numbered again within
 * each chart, in order of appearance, the same chart gives the same SVG whatever was drawn before it.
 */
function numberedFromZero(svg: string): string {
  const seen = new Map<string, string>();
  return svg.replace(/\bzr\d*-(cls-|c)(\d+)\b|\bzr\d+-/g, (m, kind?: string) => {
    if (!kind) return 'zr-';
    if (!seen.has(m)) seen.set(m, `zr-${kind}${seen.size}`);
    return seen.get(m)!;
  });
}

function render(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY, color: TEXT }, ...option });
    return numberedFromZero(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

const title = (text: string) => ({ text, left: 'center', top: 4, textStyle: { fontFamily: FONT_FAMILY, fontSize: 14, fontWeight: 'bold', color: TEXT } });
const axisLabel = { fontFamily: FONT_FAMILY, fontSize: 10, color: TEXT };

/** A column per bin, with its count above it. */
export function binChart(w: ChartWording, labels: string[], counts: number[], size: ChartSize): string {
  return render(
    {
      title: title(w.title),
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { ...axisLabel, interval: 0 }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', name: w.axis, minInterval: 1, nameTextStyle: axisLabel, axisLabel },
      series: [{ type: 'bar', data: counts, barMaxWidth: 48, itemStyle: { color: BAR }, label: { show: true, position: 'top', ...axisLabel } }],
    },
    size,
  );
}

/** A bar per rule (most common at the top), its length the number of units with that finding. */
export function rulesChart(w: ChartWording, rules: BatchOverview['rules'], size: ChartSize): string {
  const shown = [...rules].reverse();
  return render(
    {
      title: title(w.title),
      grid: { left: 8, right: 36, top: 40, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: w.axis, nameLocation: 'middle', nameGap: 22, minInterval: 1, nameTextStyle: axisLabel, axisLabel },
      yAxis: { type: 'category', data: mapList(shown, (r) => r.id), axisLabel },
      series: [{ type: 'bar', data: mapList(shown, (r) => r.units), barMaxWidth: 18, itemStyle: { color: BAR }, label: { show: true, position: 'right', ...axisLabel } }],
    },
    size,
  );
}

/** The distribution charts of a batch: execution rates and self-scores of the units that have them. */
export function distributionCharts(o: BatchOverview, w: { rate: ChartWording; score: ChartWording }, size: ChartSize): { rate: string; score: string } {
  const chart = (cw: ChartWording, values: string[]) => {
    const bins = cw.bins ?? [];
    return binChart(cw, mapList(bins, (b) => b.label), histogram(values, bins), size);
  };
  return {
    rate: chart(w.rate, o.units.flatMap((u) => (u.rate === undefined ? [] : [u.rate]))),
    score: chart(w.score, o.units.flatMap((u) => (u.score === undefined ? [] : [u.score]))),
  };
}

/** Every chart of 汇总报告 for the batch, at its size on the page: the distributions, and the findings when there are any. */
export function summaryCharts(o: BatchOverview, area: Area): SummaryCharts {
  const w = summaryWording().charts;
  const charts: SummaryCharts = distributionCharts(o, w, { width: chartColumnWidth(area), height: 210 });
  const shown = o.rules.slice(0, RULES_CHARTED);
  if (shown.length) charts.rules = rulesChart(w.rules, shown, { width: area.width, height: Math.min(300, 60 + shown.length * 22) });
  return charts;
}

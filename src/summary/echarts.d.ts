// ECharts' own declarations do not resolve under "moduleResolution": "NodeNext" (apache/echarts#19992): the few
// entry points the summary charts use, typed here.
declare module 'echarts/core' {
  export type EChartsCoreOption = Record<string, unknown>;
  export interface SsrChart {
    setOption(option: EChartsCoreOption): void;
    renderToSVGString(): string;
    dispose(): void;
  }
  export function use(extensions: unknown[]): void;
  export function init(dom: null, theme: null, options: { renderer: 'svg'; ssr: true; width: number; height: number }): SsrChart;
}
declare module 'echarts/charts' {
  export const BarChart: unknown;
}
declare module 'echarts/components' {
  export const GridComponent: unknown;
  export const TitleComponent: unknown;
}
declare module 'echarts/renderers' {
  export const SVGRenderer: unknown;
}

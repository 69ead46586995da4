/**
 * The core of a hunan-2022 report set, with no file, process or Node module in it: plain data in, findings and
 * PDF bytes out. The CLI (src/pipeline.ts), the batch workers and the web page's worker are adapters around it.
 */
import { Labels, templateLabels } from '../compose/labels.js';
import type { Finding } from '../diagnostics/finding.js';
import { layoutFindings } from '../layout/findingsPage.js';
import { layoutReport, loadStyles, templateStyles, type DocumentLayout, type Styles } from '../layout/index.js';
import type { ReportInput } from '../model/schema.js';
import type { AssembledSet, RenderedDocument, RenderOptions } from '../render/index.js';
import { VERSION } from '../version.js';
import { combinedNames, pageNumberText } from '../forms/hunan2022.js';
import type { PreparedReport } from './prepare.js';

export { checkReport, parseReport, prepareReport, type PreparedReport } from './prepare.js';

/** What changes how a report set is rendered. */
export interface RenderSwitches {
  draft?: boolean;
}

/** The render stage (pdfmake, fonts, deflate), loaded on first use: checking never loads it. */
export function renderStage(): Promise<typeof import('../render/index.js')> {
  return import('../render/index.js');
}

/** A report set laid out and ready to render: its documents, the combined file's names, how to render them. */
export interface ComposedReport {
  docs: DocumentLayout[];
  combined: { title: string; fileName: string };
  render: RenderOptions;
}

export { templateLabels };

export { templateStyles };

/** compose → layout: every document of the report set as a pdfmake definition, with what the PDFs say of themselves. */
export function composeReport({ input, figures }: PreparedReport, options: RenderSwitches = {}): ComposedReport {
  const labels = templateLabels();
  const styles = templateStyles();
  return {
    docs: layoutReport({ input, figures, labels, styles }),
    combined: combinedNames(input),
    render: renderOptions(input, labels, styles, options),
  };
}

/** compose → layout → render: every PDF of the report set, the combined one first. */
export async function renderReport(prepared: PreparedReport, options: RenderSwitches = {}): Promise<RenderedDocument[]> {
  const { docs, combined, render } = composeReport(prepared, options);
  const { renderDocuments } = await renderStage();
  return renderDocuments(docs, combined.title, combined.fileName, render);
}

/**
 * Asked between layout and rendering, each a few hundred milliseconds in a browser: false stops the build there (the
 * web page's worker drops a build that a newer edit made useless).
 */
export type Proceed = () => Promise<boolean>;

/** compose → layout → render, the files not yet written: the web page writes the one it previews first. */
export async function assembleReport(prepared: PreparedReport, options: RenderSwitches = {}, proceed?: Proceed): Promise<AssembledSet | undefined> {
  const { docs, combined, render } = composeReport(prepared, options);
  if (proceed && !(await proceed())) return undefined;
  const { assembleDocuments } = await renderStage();
  return assembleDocuments(docs, combined.title, combined.fileName, render);
}

/** The reviewer's findings page, rendered alone: it never enters the combined (signed) PDF. */
export async function renderFindings(prepared: PreparedReport, findings: Finding[]): Promise<RenderedDocument> {
  const labels = Labels.load();
  const styles = loadStyles();
  const page = layoutFindings({ ...prepared, labels, styles }, findings);
  const { renderDocuments } = await renderStage();
  // render/ lays out any DocumentLayout; its kind only labels the output, so the page keeps its own.
  const [, alone] = await renderDocuments([page as unknown as DocumentLayout], page.title, page.fileName, {
    styles,
    meta: { author: prepared.input.unit.name, subject: page.title, keywords: page.title, date: prepared.input.reportDate, producer: `jixiao ${VERSION}` },
    pageNumber: pageNumberText(),
  });
  return { ...alone, layout: { kind: page.kind, title: page.title, fileName: page.fileName } };
}

/** What every PDF of a report says of itself (metadata from the input, never the clock) and how pages are numbered. */
export function renderOptions(input: ReportInput, labels: Labels, styles: Styles, options: RenderSwitches): RenderOptions {
  return {
    styles,
    meta: {
      author: input.unit.name,
      subject: labels.text('common.pdfSubject', { unitName: input.unit.name, year: input.year }),
      keywords: labels.text('common.pdfKeywords', { unitName: input.unit.name, year: input.year }),
      date: input.reportDate,
      producer: `jixiao ${VERSION}`,
    },
    pageNumber: pageNumberText(),
    draftMark: options.draft ? labels.text('common.draft') : undefined,
  };
}

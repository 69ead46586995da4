/**
 * The core as a library: an input's text or data in, findings and PDF bytes out, for every profile, with no Node
 * module anywhere below it (test/web/coreBundle.test.ts bundles this file for a browser and fails on any).
 * Its user provides the resources (useResources) first: the CLI reads them from disk, the web page from its folder.
 */
import type { Finding } from '../diagnostics/finding.js';
import { parseJson } from '../load/json.js';
import { attachLineFinder, attachLocator } from '../load/locate.js';
import { parseYaml } from '../load/yaml.js';
import type { AssembledSet, RenderedDocument } from '../render/index.js';
import { checkData, type CheckedData } from './prepare.js';
import { assembleProfileReport, renderProfileReport } from './profileReport.js';
import { assembleReport, renderFindings, renderReport, type Proceed, type RenderSwitches } from './report.js';

export { useResources, type CoverageRanges, type FontStyle, type Resources } from '../resources.js';
export { DEFAULT_PROFILE, loadProfile, profileIds } from './profiles.js';
export type { AssembledSet, Finding, Proceed, RenderedDocument, RenderSwitches };

/** A JSON or YAML input's text as plain data; YAML data names its lines in findings. */
export function parseInputText(name: string, text: string): unknown {
  if (/\.ya?ml$/i.test(name)) {
    const { data, locate, lineOf } = parseYaml(name, text);
    attachLocator(data, locate);
    attachLineFinder(data, lineOf);
    return data;
  }
  return parseJson(name, text);
}

export type CheckedInput = CheckedData;
export { checkData };

/** compose → layout → render: the combined PDF first, then one per document. */
export function renderChecked(checked: CheckedInput, options: RenderSwitches = {}): Promise<RenderedDocument[]> {
  return checked.report ? renderReport(checked.report, options) : renderProfileReport(checked.profiled!, options);
}

/**
 * compose → layout → render with the files not yet written: each is written when asked for, in any order. `proceed`
 * is asked between layout and rendering; if it says no, there is no set (undefined).
 */
export function assembleChecked(checked: CheckedInput, options: RenderSwitches = {}, proceed?: Proceed): Promise<AssembledSet | undefined> {
  return checked.report ? assembleReport(checked.report, options, proceed) : assembleProfileReport(checked.profiled!, options, proceed);
}

/** The reviewer's findings page (hunan-2022 reports): a PDF of its own, never part of the signed set. */
export function renderFindingsPage(checked: CheckedInput): Promise<RenderedDocument> | undefined {
  return checked.report ? renderFindings(checked.report, checked.findings) : undefined;
}

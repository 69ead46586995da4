/**
 * The core as a library: an input's text or data in, findings and PDF bytes out, for every profile, with no Node
 * module anywhere below it (test/web/coreBundle.test.ts bundles this file for a browser and fails on any).
 * Its user provides the resources (useResources) first: the CLI reads them from disk, the web page from its folder.
 */
import type { InputCheckOptions } from '../check/input/index.js';
import type { Finding } from '../diagnostics/finding.js';
import type { PreparedProfileReport } from '../forms/index.js';
import { parseJson } from '../load/json.js';
import { attachLocator } from '../load/locate.js';
import { parseYaml } from '../load/yaml.js';
import type { RenderedDocument } from '../render/index.js';
import { engineProfileOf, prepareProfileData, renderProfileReport } from './profileReport.js';
import { checkReport, parseReport, prepareReport, renderFindings, renderReport, type PreparedReport, type RenderSwitches } from './report.js';

export { useResources, type CoverageRanges, type FontStyle, type Resources } from '../resources.js';
export { DEFAULT_PROFILE, loadProfile, profileIds } from './profiles.js';
export type { Finding, RenderedDocument, RenderSwitches };

/** A JSON or YAML input's text as plain data; YAML data names its lines in findings. */
export function parseInputText(name: string, text: string): unknown {
  if (/\.ya?ml$/i.test(name)) {
    const { data, locate } = parseYaml(name, text);
    attachLocator(data, locate);
    return data;
  }
  return parseJson(name, text);
}

/** What checking an input gave: its findings, and what it was read as (a hunan-2022 report or a profile's input). */
export type CheckedInput = { findings: Finding[] } & ({ report: PreparedReport } | { profiled: PreparedProfileReport });

/** model → derive → check of any profile's input. A UserError says why the input cannot be read at all. */
export function checkData(data: unknown, options: InputCheckOptions = {}): CheckedInput {
  const profile = engineProfileOf(data);
  if (profile) {
    const profiled = prepareProfileData(profile, data, options);
    return { findings: profiled.findings, profiled };
  }
  const report = prepareReport(parseReport(data));
  return { findings: checkReport(report, options), report };
}

/** compose → layout → render: the combined PDF first, then one per document. */
export function renderChecked(checked: CheckedInput, options: RenderSwitches = {}): Promise<RenderedDocument[]> {
  return 'report' in checked ? renderReport(checked.report, options) : renderProfileReport(checked.profiled, options);
}

/** The reviewer's findings page (hunan-2022 reports): a PDF of its own, never part of the signed set. */
export function renderFindingsPage(checked: CheckedInput): Promise<RenderedDocument> | undefined {
  return 'report' in checked ? renderFindings(checked.report, checked.findings) : undefined;
}

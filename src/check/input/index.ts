import type { Finding } from '../../diagnostics/finding.js';
import type { ReportInput } from '../../model/schema.js';
import { missingGlyphs } from './glyphs.js';
import { precisionFindings } from './precision.js';
import { typingFindings } from './typing.js';
import { mapList } from '../../mapList.js';

export interface InputCheckOptions {
  /** Build anyway where the font lacks a character: those findings become warnings. */
  allowMissingGlyphs?: boolean;
}

/** Checks of the input's own text and numbers, before any figure is compared: glyphs, decimal places, lists tidied for print. */
export function inputChecks(input: ReportInput, options: InputCheckOptions = {}): Finding[] {
  const glyphs = mapList(missingGlyphs(input), (f) => (options.allowMissingGlyphs ? { ...f, level: 'warning' as const } : f));
  return [...glyphs, ...precisionFindings(input), ...typingFindings(input)];
}

export { enforceBudgets, reportSize, type ReportSize } from './budgets.js';
export { missingGlyphs, fontCoverage, covers } from './glyphs.js';
export { precisionFindings } from './precision.js';

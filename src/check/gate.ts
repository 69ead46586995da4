import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { BUILD_GATE } from './messages.js';

export interface GateOptions {
  /** Build despite consistency errors (the output says it was forced). */
  force?: boolean;
}

/**
 * Whether a build may go on after its checks: errors stop it unless --force; a character the font lacks stops it
 * even then (it would print as an empty box), unless --allow-missing-glyphs already turned it into a warning.
 * Returns what to tell the user when it goes on, or undefined when there was nothing to say.
 */
export function gateBuild(findings: readonly Finding[], options: GateOptions): string | undefined {
  if (findings.length === 0) return undefined;
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.some((f) => f.id === 'E_MISSING_GLYPH')) throw new UserError(BUILD_GATE.missingGlyphs, [...findings], EXIT.input);
  if (errors.length > 0 && !options.force) throw new UserError(BUILD_GATE.stopped, [...findings], EXIT.input);
  return errors.length > 0 ? BUILD_GATE.forced(errors.length) : BUILD_GATE.warningsOnly;
}

import { stripControls } from './controls.js';
import type { Finding } from './finding.js';
import { PRINT_MESSAGES as M } from './messages.js';
import { mapList } from '../mapList.js';

const MARK = M.mark;

/** One finding as a clerk reads it: label first, technical path in brackets, the figures, a hint. */
export function formatFinding(finding: Finding): string {
  const f = printable(finding);
  const lines = [`${MARK[f.level]} [${f.id}] ${f.where}  (${f.path})`, ...mapList(f.message.split('\n'), (l) => `  ${l}`)];
  if (f.expected !== undefined) lines.push(M.expectedActual(f.expected, f.actual ?? '—'));
  else if (f.actual !== undefined) lines.push(M.actualOnly(f.actual));
  if (f.hint) lines.push(M.hint(f.hint));
  return lines.join('\n');
}

/** Input text quoted in a finding cannot colour, move or reorder the terminal's text. */
function printable(f: Finding): Finding {
  const clean = (t: string | undefined) => (t === undefined ? undefined : stripControls(t, { keepNewlines: true }));
  return { ...f, path: clean(f.path)!, where: clean(f.where)!, message: clean(f.message)!, expected: clean(f.expected), actual: clean(f.actual), hint: clean(f.hint) };
}

export function countSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  return M.count(errors, warnings);
}

export function formatFindings(findings: readonly Finding[]): string {
  return mapList(findings, formatFinding).join('\n');
}

/** The JSON form of findings, as `--json` prints them. */
export function findingsJson(findings: readonly Finding[]): object[] {
  return mapList(findings, ({ id, level, path, where, message, expected, actual, hint }) => ({ id, level, path, where, message, expected: expected ?? null, actual: actual ?? null, hint: hint ?? null }));
}

import { stripControls } from '../diagnostics/controls.js';
import { BATCH_MESSAGES as M } from './messages.js';
import type { BatchResult } from './task.js';
import { mapList } from '../mapList.js';

export interface BatchSummary {
  results: BatchResult[];
  seconds: number;
  outRoot: string;
}

/** The end of a batch, in Chinese: how many were built, which failed and why. */
export function formatSummary({ results, seconds, outRoot }: BatchSummary): string {
  const failed = results.filter((r) => !r.ok);
  const built = results.length - failed.length;
  const forced = results.filter((r) => r.ok && r.errors > 0).length;
  const warned = results.filter((r) => r.ok && r.warnings > 0).length;
  const lines = [M.buildDone(results.length, built, failed.length, seconds.toFixed(1))];
  if (built) lines.push(M.builtWhere(outRoot));
  if (forced) lines.push(M.forced(forced));
  if (warned) lines.push(M.warned(warned));
  if (failed.length) {
    lines.push(M.buildFailedList);
    for (const r of failed) if (!r.ok) lines.push(`  ✗ ${r.file}`, ...mapList(stripControls(r.reason, { keepNewlines: true }).split('\n'), (l) => `    ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The end of a batch check, in Chinese: how many passed, which did not and why. */
export function formatCheckSummary({ results, seconds }: BatchSummary, strict = false): string {
  const units = mapList(results, (r) => r.summary);
  const count = (s: string) => units.filter((u) => u.status === s).length;
  const lines: string[] = [M.checkDone(results.length, count('passed'), count('errors'), count('unreadable'), seconds.toFixed(1))];
  const warned = units.filter((u) => u.warnings > 0).length;
  if (warned) lines.push(M.checkWarned(warned));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    lines.push(M.checkFailedList);
    for (const r of failed) if (!r.ok) lines.push(`  ✗ ${r.file}`, ...mapList(r.reason.split('\n'), (l) => `    ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

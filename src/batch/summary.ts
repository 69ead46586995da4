import { stripControls } from '../diagnostics/controls.js';
import { BATCH_MESSAGES as M } from './messages.js';
import type { BatchResult } from './task.js';

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
  const lines = [`批量生成结束：共 ${results.length} 份输入，成功 ${built} 份，失败 ${failed.length} 份，用时 ${seconds.toFixed(1)} 秒。`];
  if (built) lines.push(`输出在 ${outRoot}/ 下，每个单位一个文件夹。`);
  if (forced) lines.push(`其中 ${forced} 份检查有错误、按 --force 强制生成，改正前不宜签报。`);
  if (warned) lines.push(`其中 ${warned} 份有检查警告，请逐份核对（单独用 jixiao check 查看）。`);
  if (failed.length) {
    lines.push('失败的输入：');
    for (const r of failed) if (!r.ok) lines.push(`  ✗ ${r.file}`, ...stripControls(r.reason, { keepNewlines: true }).split('\n').map((l) => `    ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The end of a batch check, in Chinese: how many passed, which did not and why. */
export function formatCheckSummary({ results, seconds }: BatchSummary, strict = false): string {
  const units = results.map((r) => r.summary);
  const count = (s: string) => units.filter((u) => u.status === s).length;
  const lines: string[] = [M.checkDone(results.length, count('passed'), count('errors'), count('unreadable'), seconds.toFixed(1))];
  const warned = units.filter((u) => u.warnings > 0).length;
  if (warned) lines.push(M.checkWarned(warned));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    lines.push(M.checkFailedList);
    for (const r of failed) if (!r.ok) lines.push(`  ✗ ${r.file}`, ...r.reason.split('\n').map((l) => `    ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

import { composeNarrative } from '../compose/narrative.js';
import type { ReportInput } from '../model/schema.js';
import type { FactChange } from './facts.js';
import { withOneChange } from './single.js';

/** The narrative's text as a reader meets it: paragraph by paragraph, each cut into its sentences. */
function sentences(input: ReportInput): string[] {
  return composeNarrative(input).flatMap((b) => b.text.split(/(?<=[。；！？])/).filter((s) => s.trim()));
}

/**
 * The sentences of the report that one change rewrites, as printed before and after: a correction notice quotes
 * what the reader saw, not the data field. Undefined when the change shows only in a table cell.
 */
export function changedSentences(change: FactChange, before: ReportInput, after: ReportInput): { old: string; new: string } | undefined {
  const [a, b] = [sentences(before), sentences(withOneChange(before, after, change))];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [old, now] = [a.slice(start, a.length - end).join(''), b.slice(start, b.length - end).join('')];
  return old || now ? { old, new: now } : undefined;
}

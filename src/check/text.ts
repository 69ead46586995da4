/** Small text helpers for spotting near-duplicate wording. */

/** Leading list numbering ("1、", "（2）", "3.") is layout, not content. */
export function normalizeItem(text: string): string {
  return text.replace(/^\s*(?:\d+[、.．]|[（(]\d+[）)])\s*/, '').trim();
}

/** Lengths of the common start and the common end of two texts (not overlapping), in characters. */
function commonEnds(x: readonly string[], y: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return { start, end };
}

/**
 * How much of two texts (as character arrays) is shared around one differing span: 1 for equal texts, near 0
 * for unrelated ones. At most linear in the length, and stops at the first difference from each end, so long
 * lists of long texts stay cheap; a copy with one slip in it scores high
 * ("承办市商务局交办的其他任务。" against "承办市商务和粮食局交办的其他任务。": 14 of 18 characters, 0.78).
 */
export function oneSpanSimilarity(x: readonly string[], y: readonly string[]): number {
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  const { start, end } = commonEnds(x, y);
  return (start + end) / longest;
}

/**
 * The part where two texts differ, with a few characters of context on each side:
 * ("承办市商务局交办", "承办市商务和粮食局交办") → ["…市商务局交办…", "…市商务和粮食局交办…"].
 */
export function differingSpan(a: string, b: string, context = 3): [string, string] {
  const x = [...a];
  const y = [...b];
  const { start, end } = commonEnds(x, y);
  const cut = (chars: string[]) => {
    const from = Math.max(0, start - context);
    const to = Math.min(chars.length, chars.length - end + context);
    return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
  };
  return [cut(x), cut(y)];
}

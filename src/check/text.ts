/** Small text helpers for spotting near-duplicate wording. */

/** Leading list numbering ("1、", "（2）", "3.") is layout, not content. */
export function normalizeItem(text: string): string {
  return text.replace(/^\s*(?:\d+[、.．]|[（(]\d+[）)])\s*/, '').trim();
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] === y[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[y.length];
}

/** 1 for equal texts, 0 for texts with nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * The part where two texts differ, with a few characters of context on each side:
 * ("承办市商务局交办", "承办市商务和粮食局交办") → ["…市商务局交办…", "…市商务和粮食局交办…"].
 */
export function differingSpan(a: string, b: string, context = 3): [string, string] {
  const x = [...a];
  const y = [...b];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  const cut = (chars: string[]) => {
    const from = Math.max(0, start - context);
    const to = Math.min(chars.length, chars.length - end + context);
    return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
  };
  return [cut(x), cut(y)];
}

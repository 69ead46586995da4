/**
 * Layout content with each text the layout handed pdfmake already broken into lines (layout/measure/text.ts
 * linesNode: a stack of noWrap line nodes) joined back into one text node, for tests that read a cell's or a
 * paragraph's text as a whole. Line breaks themselves are left out: they are what the layout measured, not input.
 */
export function unbroken<T>(content: T): T {
  if (Array.isArray(content)) return content.map(unbroken) as T;
  if (!content || typeof content !== 'object') return content;
  const node = content as Record<string, unknown>;
  const stack = node.stack;
  if (Array.isArray(stack) && stack.length > 1 && stack.every(isLine)) {
    const { stack: _, ...rest } = node;
    return { ...rest, ...lineStyle(stack[0] as Record<string, unknown>), text: stack.map((l) => (l as { text: string }).text).join('') } as T;
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'object' ? unbroken(v) : v])) as T;
}

function isLine(n: unknown): boolean {
  return !!n && typeof n === 'object' && (n as { noWrap?: unknown }).noWrap === true && typeof (n as { text?: unknown }).text === 'string' && !('stack' in n);
}

/** What the first line carries besides its text (a paragraph's leadingIndent). */
function lineStyle(first: Record<string, unknown>): Record<string, unknown> {
  const { text: _t, noWrap: _n, ...rest } = first;
  return rest;
}

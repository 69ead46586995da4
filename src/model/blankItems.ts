/**
 * Blank rows at the end of a list are no rows, in every input format: a workbook's reader skips them, and a YAML or
 * JSON file from `init` has one blank placeholder in each list (a project row, an indicator, a 项目支出绩效自评表),
 * which a unit without such an item leaves as it is. Only trailing ones: a blank item before a filled one keeps its
 * place, so every other item keeps its index (and the line or cell its findings are located at), and it is still
 * reported as not filled in.
 */
import { isPlain, unfilled } from './issues.js';

/**
 * `data` with the blank items at the end of each of its lists left out, at any depth. What has none is returned as it
 * is, and the rest is copied where it changes, not changed in place: the data loaded is also the workbook's and the
 * web editor's.
 */
export function withoutTrailingBlankItems<T>(data: T): T {
  if (Array.isArray(data)) {
    let end = data.length;
    while (end > 0 && unfilled(data[end - 1])) end--;
    let copy = end < data.length ? data.slice(0, end) : undefined;
    for (let i = 0; i < end; i++) {
      const pruned = withoutTrailingBlankItems(data[i]);
      if (pruned !== data[i]) (copy ??= data.slice(0, end))[i] = pruned;
    }
    return (copy ?? data) as T;
  }
  if (!isPlain(data)) return data;
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(data)) {
    const pruned = withoutTrailingBlankItems(value);
    if (pruned !== value) (copy ??= { ...data })[key] = pruned;
  }
  return (copy ?? data) as T;
}

/**
 * `list.map(f)`, written out so that the array it returns is of one kind whoever runs it. Once V8's optimising
 * compiler (TurboFan) takes a function that calls Array.prototype.map, it inlines the map and its result becomes a
 * holey array, where the interpreter's and the builtin's are packed: the same variable then holds arrays of two
 * shapes ("maps") in turn, and code optimised while it saw one is thrown away ("wrong map") when the other comes,
 * and compiled again. In a process that builds one report after another (a batch's worker, the web page's preview)
 * that churn went on for dozens of builds. A loop that pushes makes a packed array in every tier. src/ maps its
 * arrays with this (test/source/arrayMap.test.ts keeps it so).
 */
export function mapList<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  // The length as it was when mapping began, as Array.prototype.map reads it.
  for (let i = 0, n = list.length; i < n; i++) out.push(f(list[i], i));
  return out;
}

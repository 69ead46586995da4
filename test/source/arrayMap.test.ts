/**
 * src/ maps its arrays with mapList (src/mapList.ts), never with Array.prototype.map, whose result changes shape once
 * V8 optimises its caller (see there). The rule is syntactic: a call of a property named `map` anywhere in src/.
 * No object of src/ has a `map` method of its own; one that did would be named here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

/** Each `….map(…)` call (`?.map` too), as "line: text". */
function mapCalls(text: string, name = 'file.ts'): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'map') {
      found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.getText(file).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('Array.prototype.map in src/', () => {
  it('finds map calls, optional and chained, and not a Map or a word in a comment', () => {
    const text = ['const a = [1].map((x) => x);', '// xs.map(f)', 'const b = c?.map(f);', 'const d = new Map([[1, 2]]);', 'const e = mapList(xs, f).filter(g).map(h);'].join('\n');
    expect(mapCalls(text).map((l) => l.split(':')[0])).toEqual(['1', '3', '5']);
  });

  it('is never called: arrays are mapped with mapList', () => {
    const offenders = sourceFiles(SRC).flatMap((path) => mapCalls(readFileSync(path, 'utf8'), path).map((l) => `src/${relative(SRC, path).split(sep).join('/')}:${l}`));
    expect(offenders, 'use mapList(list, f) from src/mapList.ts').toEqual([]);
  }, 60_000); // parses every source file: seconds on a busy machine
});

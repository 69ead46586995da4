import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mapList } from '../src/mapList.js';

describe('mapList', () => {
  it('gives what Array.prototype.map gives: each item mapped, with its index, in order', () => {
    const list = ['a', 'b', 'c'];
    expect(mapList(list, (x, i) => `${x}${i}`)).toEqual(list.map((x, i) => `${x}${i}`));
    expect(mapList([], () => 1)).toEqual([]);
  });

  it('maps the items the list had when it began, as Array.prototype.map does', () => {
    const list = [1, 2];
    expect(mapList(list, (x) => (list.push(x), x * 10))).toEqual([10, 20]);
  });

  it('returns a packed array before and after V8 optimises its caller', () => {
    // The helper as JavaScript, run in a Node that may ask V8 for an array's kind and to optimise a function now.
    const helper = ts.transpileModule(readFileSync(join(import.meta.dirname, '..', 'src', 'mapList.ts'), 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
    const probe = `
      const exports = {};
      ${helper}
      const caller = (xs) => exports.mapList(xs, (x) => ({ x }));
      const kinds = [];
      // Feedback for the helper too: without it V8 would not inline it, nor anything it calls.
      %PrepareFunctionForOptimization(exports.mapList);
      %PrepareFunctionForOptimization(caller);
      caller([1, 2, 3]); caller([4, 5]);
      kinds.push(%HasHoleyElements(caller([1, 2, 3])));
      %OptimizeFunctionOnNextCall(caller);
      kinds.push(%HasHoleyElements(caller([1, 2, 3])));
      kinds.push(%GetOptimizationStatus(caller) & 16 ? 'optimised' : 'not optimised');
      console.log(JSON.stringify(kinds));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, false, 'optimised']);
  });
});

// A blank optional field (YAML "implementer:" with nothing after it reads as null; `init` writes "") is left out,
// not refused: the blank templates of `init` leave every optional field so.
import { describe, expect, it } from 'vitest';
import { parseReportInput } from '../../src/model/parse.js';
import { schemaDefault } from '../../src/model/titles.js';
import { exampleData, modelFindings } from '../helpers/example.js';

type Path = (string | number)[];

/** The paths of every value in `v`. */
function leafPaths(v: unknown, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leafPaths(x, [...at, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...at, k]));
  return [at];
}

/** The example with `value` at `path` (undefined: the key left out). */
function exampleWith(path: Path, value: unknown): unknown {
  const data = exampleData();
  let o = data;
  for (const k of path.slice(0, -1)) o = o[k] ??= {};
  if (value === undefined) delete o[path.at(-1)!];
  else o[path.at(-1)!] = value;
  return data;
}

/** What the model refuses of `data` (the example parses whole: anything refused is what was changed). */
const refused = (data: unknown): string[] => modelFindings(data).map((f) => `${f.path}: ${f.message}`);

/** The signature and seal images, which the example leaves out. */
const IMAGES: Path[] = ['principal', 'preparer', 'unitHead', 'seal'].map((role) => ['contacts', 'images', role]);

describe('blank optional fields', () => {
  it('null and "" are blank: 实施单位 is then the unit, 偏差原因 is empty', () => {
    const data = exampleData();
    data.projectEvaluations[0].implementer = null;
    data.departmentEvaluation.indicators[0].deviation = '';
    const input = parseReportInput(data);
    expect(input.projectEvaluations[0].implementer).toBeUndefined();
    expect(input.departmentEvaluation.indicators[0].deviation).toBeUndefined();
  });

  it('blank signature and seal images are none; a file that is no PNG is still refused', () => {
    const data = exampleData();
    data.contacts.images = { principal: '', preparer: null, unitHead: '', seal: null };
    expect(parseReportInput(data).contacts.images).toEqual({});
    data.contacts.images = { seal: '印章.jpg' };
    expect(refused(data)).toEqual([expect.stringMatching(/^contacts\.images\.seal: .*应为 PNG 图片文件的路径/)]);
  });

  it('a blank 自称 or 得分小数位数 takes its default, as a missing one does', () => {
    for (const blank of ['', null]) {
      const data = exampleData();
      data.narrative.selfReference = blank;
      data.display = { scoreDecimals: blank };
      const input = parseReportInput(data);
      expect(input.narrative.selfReference).toBe(schemaDefault('selfReference'));
      expect(input.display.scoreDecimals).toBe(0);
    }
  });

  it('every field that may be left out may also be left blank', () => {
    const blanksRefused: string[] = [];
    const kinds = new Set<string>();
    for (const path of [...leafPaths(exampleData()), ...IMAGES]) {
      const kind = path.map((k) => (typeof k === 'number' ? '[]' : k)).join('.');
      if (path[0] === '$schema' || kinds.has(kind)) continue;
      kinds.add(kind);
      if (refused(exampleWith(path, undefined)).length) continue; // required
      for (const blank of ['', null]) blanksRefused.push(...refused(exampleWith(path, blank)).map((r) => `${JSON.stringify(blank)} → ${r}`));
    }
    expect(kinds.size).toBeGreaterThan(150);
    expect(blanksRefused).toEqual([]);
  });
});

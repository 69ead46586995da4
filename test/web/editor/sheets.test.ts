/** The editor's sheets, without a browser: every input cell sits at a path the profile's schema knows. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError, type Finding } from '../../../src/diagnostics/finding.js';
import { parseProfileInput } from '../../../src/forms/parse.js';
import { parseReportInput } from '../../../src/model/parse.js';
import { loadProfile } from '../../../src/node/profiles.js';
import { engineSheets } from '../../../src/web/editor/engine.js';
import type { FieldContent } from '../../../src/web/editor/grid.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';
import { setIn } from '../../../src/web/editor/paths.js';
import type { Sheet } from '../../../src/web/editor/sheet.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const PROFILES: [string, string][] = [
  ['national-project', 'national-project-2023.yaml'],
  ['sichuan-project', 'sichuan-project-2023.yaml'],
  ['chongqing-department', 'chongqing-department-2021.yaml'],
  ['hunan-2023', 'hunan-2023-township.yaml'],
  ['hunan-2022', 'hengyang-investment-2022.json'],
];

function fields(sheets: Sheet[]): FieldContent[] {
  return sheets.flatMap((s) => s.grids.flatMap((g) => g.cells.flatMap((c) => (c.content.t === 'field' ? [c.content] : c.content.t === 'mixed' ? c.content.parts.filter((p): p is FieldContent => typeof p !== 'string') : []))));
}

function findingsOf(run: () => unknown): Finding[] {
  try {
    run();
    return [];
  } catch (e) {
    if (e instanceof UserError) return e.findings;
    throw e;
  }
}

describe.each(PROFILES)('%s', (id, file) => {
  const profile = loadProfile(id);
  const input = parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')) as Record<string, unknown>;
  const sheetsOf = (data: Record<string, unknown>) => (profile.engine === 'legacy' ? legacySheets(data, parseReportInput(input)) : engineSheets(profile, data));

  it('puts every input cell at a path the schema knows, each once, each named', () => {
    const cells = fields(sheetsOf(input));
    expect(cells.length).toBeGreaterThan(30);
    const keys = cells.map((c) => c.path.join('.'));
    expect(keys.length).toBe(new Set(keys).size);
    expect(cells.filter((c) => !c.name)).toEqual([]);
    // Fill every cell: the schema may refuse a value, but must know every key the editor writes.
    let filled: unknown = input;
    for (const c of cells) filled = setIn(filled, c.path, c.input === 'number' ? 1 : (c.options?.[0] ?? '文字'));
    const parseIt = () => (profile.engine === 'legacy' ? parseReportInput(filled) : parseProfileInput(profile, filled));
    expect(findingsOf(parseIt).filter((f) => f.id === 'E_UNKNOWN_FIELD')).toEqual([]);
  });

  it('shows every value of the input file in a cell', () => {
    const cells = fields(sheetsOf(input));
    const shown = new Set(cells.map((c) => c.path.join('.')));
    const leaves: string[] = [];
    const walk = (v: unknown, path: string[]) => {
      if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) v.forEach((_, i) => leaves.push([...path, String(i)].join('.')));
      else if (v && typeof v === 'object' && !('value' in v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else leaves.push(path.join('.'));
    };
    walk(input, []);
    // `profile` names the form set; it is not a cell of any form.
    const missing = leaves.filter((l) => !shown.has(l) && !['profile', '$schema'].includes(l));
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { templateSources } from '../../scripts/build-web.mjs';
import { usePrecompiled } from '../../src/compose/handlebars.js';
import { checkData, parseInputText, renderChecked, renderFindingsPage } from '../../src/core/index.js';

/**
 * The page runs under a CSP without eval, so every template the core compiles must be among those the site build
 * precompiles. Every shipped profile's fixture is built here with a lookup that records what the core asked for.
 */
const asked = new Set<string>();
usePrecompiled((source) => {
  asked.add(source);
  return undefined;
});
afterAll(() => usePrecompiled(() => undefined));

describe('templates precompiled for the web page', () => {
  it('cover every template the core compiles for every fixture (and the findings page)', async () => {
    const fixtures = readdirSync('fixtures').filter((f) => /\.(json|ya?ml)$/.test(f));
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const f of fixtures) {
      const checked = checkData(parseInputText(f, readFileSync(join('fixtures', f), 'utf8')), { allowMissingGlyphs: true });
      await renderChecked(checked, { draft: true });
      await renderFindingsPage(checked);
    }
    const compiled = [...asked].filter((s) => s.includes('{{'));
    expect(compiled.length).toBeGreaterThan(5);
    const sources = new Set<string>(await templateSources());
    expect(compiled.filter((s) => !sources.has(s))).toEqual([]);
  }, 120_000);
});

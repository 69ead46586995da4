// hunan-2022's checks are the list its profile.yaml gives: a templates folder of its own changes which run and in
// what order, with no TypeScript.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { FIXTURE } from './helpers.js';

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

/** A copy of the templates folder whose hunan-2022 `checks` list is edited. */
function templatesWith(edit: (yaml: string) => string): string {
  const dir = join(tempDir('jixiao-checks-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const file = join(dir, 'profiles', 'hunan-2022', 'profile.yaml');
  const yaml = readFileSync(file, 'utf8');
  const edited = edit(yaml);
  expect(edited).not.toBe(yaml);
  writeFileSync(file, edited);
  return dir;
}

async function findings(templates?: string): Promise<{ id: string; path: string; message: string }[]> {
  const r = await runCli(['check', '--json', FIXTURE, ...(templates ? ['--templates', templates] : [])]);
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout);
}

/** The lines of one group of the list: its comment and its entries, up to the next group. */
function group(yaml: string, comment: string): string {
  const from = yaml.indexOf(`  # ${comment}`);
  const to = yaml.indexOf('  # ', from + 1);
  return yaml.slice(from, to);
}

describe('the checks a profile names', () => {
  it('stop reporting a coded rule the list leaves out, and nothing else changes', async () => {
    const shipped = await findings();
    expect(shipped.map((f) => f.id)).toContain('W_UNIT_NAME');
    const dropped = await findings(templatesWith((y) => y.replace('  - unitName\n', '')));
    expect(dropped).toEqual(shipped.filter((f) => f.id !== 'W_UNIT_NAME'));
  }, 60_000);

  it('report in the order of the list: the narrative group moved before the 基础数据表 group comes first', async () => {
    const shipped = await findings();
    const moved = await findings(
      templatesWith((y) => {
        const [basic, narrative] = [group(y, '基础数据表'), group(y, '自评报告')];
        return y.replace(basic + narrative, narrative + basic);
      }),
    );
    const narrativeIds = ['E_NARRATIVE_TOTAL', 'W_UNIT_NAME', 'W_PROJECT_USE'];
    const first = shipped.filter((f) => narrativeIds.includes(f.id));
    expect(first.map((f) => f.id)).toEqual(['W_UNIT_NAME', 'W_PROJECT_USE']);
    // Shipped, the 基础数据表's findings come first.
    expect(shipped[0].id).toBe('E_CONTROL_RATE');
    expect(moved).toEqual([...first, ...shipped.filter((f) => !narrativeIds.includes(f.id))]);
  }, 60_000);
});

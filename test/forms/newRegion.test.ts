import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

/** A templates folder with a region made from national-project by editing YAML only. */
function regionTemplates(): string {
  const dir = join(tempDir('jixiao-region-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const region = join(dir, 'profiles', 'test-region');
  cpSync(join(dir, 'profiles', 'national-project'), region, { recursive: true });
  const profile = join(region, 'profile.yaml');
  writeFileSync(profile, readFileSync(profile, 'utf8').replace('id: national-project', 'id: test-region').replace(/^description: .*$/m, 'description: 测试地区的项目支出绩效自评表'));
  const form = join(region, 'forms', 'project.yaml');
  const yaml = readFileSync(form, 'utf8')
    // A label renamed …
    .replace('{ label: 项目名称, span: 2 }', '{ label: 项目全称, span: 2 }')
    // … and a fixed row added to the funds, inside the total's sum.
    .replace('sum: [currentYear, carryover, other] }', 'sum: [currentYear, carryover, social, other] }')
    .replace('      - { id: other, label: 其他资金, indent: 12 }', '      - { id: social, label: 社会捐赠资金, indent: 12 }\n      - { id: other, label: 其他资金, indent: 12 }');
  writeFileSync(form, yaml);
  return dir;
}

function input(dir: string, social: number, total: number): string {
  const data = {
    profile: 'test-region',
    unit: '试点镇人民政府',
    year: '2024',
    reportDate: '2025-03-01',
    projects: [
      {
        name: '村级活动场所修缮',
        supervisor: '试点县民政局',
        implementer: '试点镇人民政府',
        funds: { total: { budget: total, executed: total }, currentYear: { budget: 10, executed: 10 }, social: { budget: social, executed: social } },
        indicators: [{ level1: '产出指标', level2: '数量指标', name: '修缮场所数', target: '≥2个', actual: '2个', weight: 90, score: 90 }],
      },
    ],
  };
  const file = join(dir, 'input.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('a new region needs no TypeScript', () => {
  it('builds and checks an input of a profile copied and edited in a templates folder of its own', async () => {
    const templates = regionTemplates();
    const work = tempDir('jixiao-region-work-');
    const file = input(work, 5, 15);
    expect((await runCli(['profiles', '--templates', templates])).stdout).toContain('test-region\n  项目支出绩效自评表（财预〔2020〕10号）：测试地区的项目支出绩效自评表');
    const checked = await runCli(['check', file, '--templates', templates, '--json']);
    const ids = JSON.parse(checked.stdout).map((f: { id: string }) => f.id);
    // weights 90 + 10 = 100 and the sum holds: only the group-weight warnings of a one-indicator form
    expect(ids.every((id: string) => id === 'W_FORM_GROUP_WEIGHT')).toBe(true);
    const out = join(work, 'out');
    const built = await runCli(['build', file, '-o', out, '--templates', templates]);
    expect(built.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.endsWith('村级活动场所修缮.pdf'))!;
    const [page] = await readPages(readFileSync(join(out, pdf)));
    expect(page.text).toContain('项目全称');
    expect(page.text).toContain('社会捐赠资金');
  }, 60_000);

  it('finds a total that leaves out the new row', async () => {
    const templates = regionTemplates();
    const file = input(tempDir('jixiao-region-work-'), 5, 10);
    const { code, stdout } = await runCli(['check', file, '--templates', templates, '--json']);
    expect(code).toBe(1);
    const sum = JSON.parse(stdout).find((f: { id: string }) => f.id === 'E_FORM_SUM');
    expect(sum).toMatchObject({ path: 'projects.0.funds.total.budget', expected: '15.00', actual: '10.00' });
  }, 60_000);
});

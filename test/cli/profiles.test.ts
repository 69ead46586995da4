import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

describe('commands of the profiles', () => {
  it('profiles lists every id with its Chinese description, hunan-2022 as the default', async () => {
    const { code, stdout } = await runCli(['profiles']);
    expect(code).toBe(0);
    for (const id of ['hunan-2022（默认）', 'hunan-2023', 'national-project', 'sichuan-project', 'chongqing-department']) expect(stdout).toContain(id);
    expect(stdout).toContain('部门整体绩效自评表（重庆）：');
  });

  it('schema --profile exports the JSON Schema of that profile, with Chinese titles', async () => {
    const { code, stdout } = await runCli(['schema', '--profile', 'sichuan-project']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.profile.const).toBe('sichuan-project');
    expect(schema.properties.projects.items.properties.funds.properties.total.properties.budget.title).toBe('调整后预算数');
  });

  it('schema --profile names a column of a year 上年/本年, as a blank file does, not {{year}}', async () => {
    const { code, stdout } = await runCli(['schema', '--profile', 'hunan-2023']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('{{');
    const row = JSON.parse(stdout).properties.basicData.properties.funds.properties.threePublic.properties;
    expect([row.previousActual.title, row.budget.title, row.actual.title]).toEqual(['上年决算数', '本年预算数', '本年决算数']);
  });

  it('init --profile gives a blank YAML input of the profile', async () => {
    const out = join(tempDir('jixiao-init-profile-'), 'blank.yaml');
    const { code } = await runCli(['init', '--profile', 'chongqing-department', '-o', out]);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('profile: chongqing-department');
    expect(text).toContain('coefficient: null # 得分系数（%）');
  });

  it('a year written 2023年 names the files 2023年度, and one that is no year is refused at its line', async () => {
    const dir = tempDir('jixiao-profile-year-');
    const fixture = readFileSync(join('fixtures', 'national-project-2023.yaml'), 'utf8');
    const input = join(dir, 'input.yaml');
    writeFileSync(input, fixture.replace(/^year: 2023$/m, 'year: 2023年'));
    const built = await runCli(['build', input, '-o', join(dir, 'out')]);
    expect(built.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf'))).toEqual(expect.arrayContaining(['青山镇人民政府-2023年度-项目支出绩效自评表（合订本）.pdf']));
    writeFileSync(input, fixture.replace(/^year: 2023$/m, 'year: 去年'));
    const checked = await runCli(['check', input]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('input.yaml 第 4 行 · 年度');
    expect(checked.stderr).toContain('年度应为四位数字的年份，如 2023');
  });

  it('an unknown profile is the user’s mistake, said with the ids there are', async () => {
    const file = join(tempDir('jixiao-bad-profile-'), 'x.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({ profile: 'shanghai-2030' }));
    const { code, stderr } = await runCli(['check', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('没有名为“shanghai-2030”的表格类型；可用的有：chongqing-department、hunan-2022、hunan-2023、national-project、sichuan-project');
  });
});

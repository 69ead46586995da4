// diff and 更正说明 for an engine profile: the printed cells that changed, typed and derived, before and after.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { Labels } from '../../src/compose/labels.js';
import { diffProfileReports } from '../../src/diff/profile.js';
import { diffReports } from '../../src/diff/index.js';
import { loadStyles } from '../../src/layout/index.js';
import { layoutCorrectionNotice } from '../../src/layout/correctionNotice.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { fixtureData } from '../forms/helpers.js';
import { tempDir } from '../helpers/tmp.js';

const FIXTURE = 'sichuan-project-2023.yaml';

/** The first project's 财政资金 executed amount corrected, the 总额 with it: the rows still add up. */
function corrected(): Record<string, any> {
  const d = fixtureData(FIXTURE);
  d.projects[0].funds.fiscal.executed = 72.5;
  d.projects[0].funds.total.executed = 90.5;
  return d;
}

const prepared = (d: Record<string, any>) => prepareProfileData(loadProfile(d.profile), d);

describe('corrections of an engine profile', () => {
  it('lists each printed cell that changed, the derived rate, score and total with the typed amounts', () => {
    const diff = diffProfileReports(prepared(fixtureData(FIXTURE)), prepared(corrected()));
    const byPath = Object.fromEntries(diff.changes.map((c) => [c.path.join('.'), [c.old, c.new]]));
    const rate = (executed: number, budget: number) => `${((executed / budget) * 100).toFixed(2)}%`;
    expect(byPath['projects.0.funds.total.executed']).toEqual(['96.50', '90.50']);
    expect(byPath['projects.0.funds.fiscal.executed']).toEqual(['78.50', '72.50']);
    expect(byPath['projects.0.funds.total.rate']).toEqual([rate(96.5, 100), rate(90.5, 100)]);
    expect(byPath['projects.0.funds.fiscal.rate']).toEqual([rate(78.5, 80), rate(72.5, 80)]);
    expect(Object.keys(byPath).every((p) => p.startsWith('projects.0.'))).toBe(true); // the second project is untouched
    const total = diff.changes.find((c) => c.path.join('.') === 'projects.0.funds.total.executed')!;
    expect(total.where).not.toContain('高标准农田建设项目'); // the file, named beside it, says which project
    expect(total.where).toMatch(/总额 › 预算执行数$/);
    expect(total.documents[0].name).toContain('高标准农田建设项目');
    const notice = layoutCorrectionNotice({ labels: Labels.load(), styles: loadStyles(), unitName: '川南县农业农村局', self: '我单位', year: 2023, publishedDate: '2024-03-15', date: '2024-04-01', reportTitle: '示例', corrections: diff.changes });
    expect(JSON.stringify(notice.content)).toContain('《示例》');
  });

  it('finds nothing between a version and itself', () => {
    expect(diffProfileReports(prepared(fixtureData(FIXTURE)), prepared(fixtureData(FIXTURE))).changes).toEqual([]);
  });

  it('diff reads both files, and build --correction-of writes the 更正说明 beside the forms', async () => {
    const dir = tempDir('jixiao-profile-diff-');
    const [published, fixed] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(published, stringify(fixtureData(FIXTURE)));
    writeFileSync(fixed, stringify(corrected()));
    expect((await diffReports(published, fixed)).changes.length).toBeGreaterThanOrEqual(4);
    const out = join(dir, 'out');
    expect(await main(['build', fixed, '-o', out, '--correction-of', published, '--correction-date', '2024-04-01'])).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('更正说明.pdf'))).toHaveLength(1);
  }, 120_000);

  it('refuses to compare inputs of two profiles', async () => {
    const dir = tempDir('jixiao-profile-diff-');
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(a, stringify(fixtureData(FIXTURE)));
    writeFileSync(b, stringify(fixtureData('national-project-2023.yaml')));
    await expect(diffReports(a, b)).rejects.toThrow(/sichuan-project/);
  });
});

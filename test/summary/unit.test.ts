/** A batch summary's line of a unit of another profile: the figures its profile's `summary` names (src/summary/unit.ts). */
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { profileUnitFields } from '../../src/summary/unit.js';
import { fixtureData } from '../forms/helpers.js';

const fieldsOf = (profile: string, data: Record<string, unknown>) => profileUnitFields(prepareProfileData(loadProfile(profile), data as never));

describe('profileUnitFields', () => {
  it("a project-only unit: its projects' 资金总额 and 执行数 added, the rate of the sums, no one score for two projects", () => {
    // 农村人居环境整治 60 / 57.3; 镇村道路养护 30 / 24 (its total row derived from its parts)
    const line = fieldsOf('national-project', fixtureData('national-project-2023.yaml'));
    expect(line).toMatchObject({ unit: '青山镇人民政府', year: 2023, profile: 'national-project', budget: '90', executed: '81.3' });
    // The 表式 a clerk reads is the profile's Chinese name; its scope titles the batch's report.
    expect(line).toMatchObject({ profileName: '项目支出绩效自评表（财预〔2020〕10号）', scope: 'project' });
    expect(line.rate).toMatch(/^90\.333/);
    expect(line.score).toBeUndefined();
  });

  it("a unit with one project shows that project's 总分 and its grade", () => {
    const data = fixtureData('national-project-2023.yaml');
    data.projects = [data.projects[1]];
    expect(fieldsOf('national-project', data)).toMatchObject({ budget: '30', executed: '24', rate: '80', score: '95', grade: '优' });
  });

  it('a department form: its funds and 总分', () => {
    const line = fieldsOf('hunan-2023', fixtureData('hunan-2023-township.yaml'));
    expect(line).toMatchObject({ profile: 'hunan-2023', profileName: '部门整体支出绩效评价（湖南 2023）', scope: 'department', budget: '700', executed: '680.5', score: '99.72', grade: '优' });
  });
});

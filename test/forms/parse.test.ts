import { describe, expect, it } from 'vitest';
import { UserError, type Finding } from '../../src/diagnostics/finding.js';
import { parseProfileInput } from '../../src/forms/parse.js';
import { loadProfile } from '../../src/node/profiles.js';
import { fixtureData } from './helpers.js';

function refusals(data: Record<string, any>): Finding[] {
  try {
    parseProfileInput(loadProfile(data.profile), data);
  } catch (e) {
    if (e instanceof UserError) return e.findings;
    throw e;
  }
  return [];
}

describe('a profile input refused at the cell', () => {
  it('a value outside a column’s choices names the choices, as 应为 too, and how to pick one', () => {
    const data = fixtureData('chongqing-department-2021.yaml');
    data.department.indicators[0].nature = '定量';
    const [f] = refusals(data);
    expect(f).toMatchObject({ id: 'E_INVALID_VALUE', path: 'department.indicators.0.nature', message: '指标性质应为“定量指标”“定性指标”之一', expected: '“定量指标”或“定性指标”', actual: '"定量"' });
    expect(f.hint).toBe('从“定量指标”“定性指标”中选一个，一字不差地填写');
  });

  it('other refusals keep the general hint and no 应为', () => {
    const data = fixtureData('chongqing-department-2021.yaml');
    data.department.contact = { name: 'x' };
    const [f] = refusals(data);
    expect(f.id).toBe('E_INVALID_VALUE');
    expect(f.expected).toBeUndefined();
    expect(f.hint).toBe('请按提示修改该项');
  });
});

describe('a value a file name is made of', () => {
  // The fields a document's fileName names ({{unit}}, {{name}}) are read as names: one line, and something to call a
  // file by. Otherwise a line separator splits the name on every page, and ".." leaves files named "-2023年度-…".
  it('is one line, Unicode line and paragraph separators included', () => {
    for (const [edit, path] of [
      [(d: any) => (d.unit = '青山镇\n人民政府'), 'unit'],
      [(d: any) => (d.unit = '青山镇\u2028人民政府'), 'unit'],
      [(d: any) => (d.projects[0].name = '农村人居\u2029环境整治项目'), 'projects.0.name'],
    ] as const) {
      const data = fixtureData('national-project-2023.yaml');
      edit(data);
      const found = refusals(data);
      expect(found.map((f) => [f.path, f.message])).toEqual([[path, expect.stringContaining('应写在一行内')]]);
    }
  });

  it('has a character to name a file by, not only punctuation', () => {
    for (const unit of ['..', '.', '/', '（）', ' - ']) {
      const data = fixtureData('national-project-2023.yaml');
      data.unit = unit;
      expect(refusals(data).map((f) => [f.path, f.message])).toEqual([['unit', expect.stringContaining('无法用作文件名')]]);
    }
    const data = fixtureData('national-project-2023.yaml');
    data.unit = '123';
    expect(refusals(data)).toEqual([]);
  });

  it('leaves other texts alone: a paragraph keeps its line breaks', () => {
    const data = fixtureData('national-project-2023.yaml');
    const [key, value] = Object.entries(data.projects[0]).find(([, v]) => typeof v === 'string' && v.length > 20)!;
    data.projects[0][key] = `${value}\n第二段`;
    expect(refusals(data)).toEqual([]);
  });
});

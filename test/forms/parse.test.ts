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

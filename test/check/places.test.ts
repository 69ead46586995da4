// Rule.places answers the check stage's trials of a correction (settle.ts): where each finding is, without wording
// it. It must find exactly what Rule.run finds, and word nothing.
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/check/index.js';
import { defineRule } from '../../src/check/rule.js';
import { deriveFigures } from '../../src/derive/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { rng } from '../helpers/random.js';
import { example } from './helpers.js';

/** The example with some of its decimal figures moved, so that many rules fire, and differently each time. */
function perturbed(seed: number): unknown {
  const raw = example();
  const random = rng(seed);
  const share = 0.05 + 0.3 * random();
  const walk = (o: Record<string, unknown>) => {
    for (const key of Object.keys(o)) {
      const v = o[key];
      if (typeof v === 'number' && !Number.isInteger(v) && random() < share) o[key] = Math.max(0.5, Number((v + (random() < 0.5 ? 1 : -1) * random() * 20).toFixed(2)));
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>);
    }
  };
  walk(raw);
  return raw;
}

describe('Rule.places', () => {
  it('finds, rule by rule, the places Rule.run finds', () => {
    let found = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const input = parseReportInput(perturbed(seed));
      const figures = deriveFigures(input);
      for (const rule of checkRules()) {
        const run = rule.run(input, figures).map(({ finding: { id, level, path } }) => ({ id, level, path }));
        expect(rule.places(input, figures), `${rule.id}, seed ${seed}`).toEqual(run);
        found += run.length;
      }
    }
    // The inputs are wrong enough for the comparison to mean something.
    expect(found).toBeGreaterThan(200);
  });

  it('does not work out a wording it is given to work out lazily', () => {
    const rule = defineRule('E_CONTROL_RATE', (_input, _figures, report) =>
      report.lazily('basicData.staffing.controlRate', () => {
        throw new Error('worded');
      }),
    );
    const input = parseReportInput(example());
    expect(rule.places(input, deriveFigures(input))).toEqual([{ id: 'E_CONTROL_RATE', level: 'error', path: 'basicData.staffing.controlRate' }]);
    expect(() => rule.run(input, deriveFigures(input))).toThrow('worded');
  });
});

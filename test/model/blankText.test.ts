// A blank optional text (YAML "implementer:" with nothing after it reads as null) is left out, not refused.
import { describe, expect, it } from 'vitest';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData } from '../helpers/example.js';

describe('blank optional texts', () => {
  it('null and "" are blank: 实施单位 is then the unit, 偏差原因 is empty', () => {
    const data = exampleData();
    data.projectEvaluations[0].implementer = null;
    data.departmentEvaluation.indicators[0].deviation = '';
    const input = parseReportInput(data);
    expect(input.projectEvaluations[0].implementer).toBeUndefined();
    expect(input.departmentEvaluation.indicators[0].deviation).toBeUndefined();
  });
});

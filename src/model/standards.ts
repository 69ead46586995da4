import { Decimal } from 'decimal.js';
import { parse } from 'yaml';
import { readTemplateFile } from '../compose/templateFiles.js';
import { fromTemplate } from '../resources.js';

/** The paper form's standard values (templates/standards.yaml), taken where the input leaves a field blank. */
export interface Standards {
  /** 资金执行率's 分值 on the 部门整体 form. */
  executionRateWeight: Decimal;
}

export function standards(): Standards {
  return fromTemplate('standards.yaml', () => {
    const raw = parse(readTemplateFile('standards.yaml').source) as Record<string, number | string>;
    return { executionRateWeight: new Decimal(raw.executionRateWeight) };
  });
}

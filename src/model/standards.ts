import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { parse } from 'yaml';
import { templatesDir } from '../compose/templateFiles.js';

/** The paper form's standard values (templates/standards.yaml), taken where the input leaves a field blank. */
export interface Standards {
  /** 资金执行率's 分值 on the 部门整体 form. */
  executionRateWeight: Decimal;
}

let loaded: { dir: string; standards: Standards } | undefined;

export function standards(): Standards {
  const dir = templatesDir();
  if (loaded?.dir !== dir) {
    const raw = parse(readFileSync(join(dir, 'standards.yaml'), 'utf8')) as Record<string, number | string>;
    loaded = { dir, standards: { executionRateWeight: new Decimal(raw.executionRateWeight) } };
  }
  return loaded.standards;
}

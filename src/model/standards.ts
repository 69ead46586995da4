import { Decimal } from 'decimal.js';
import { parseTemplateYaml } from '../compose/yamlCache.js';
import { TemplateError } from '../compose/handlebars.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { fromTemplate } from '../resources.js';

/** The paper form's standard values (templates/standards.yaml), taken where the input leaves a field blank. */
export interface Standards {
  /** 资金执行率's 分值 on the 部门整体 form. */
  executionRateWeight: Decimal;
  /** How the narrative writes money: two decimals (22.50) or without trailing zeros (22.5). */
  proseMoney: ProseMoney;
  /** How the narrative writes a zero amount: "0" or "0.00". */
  proseZero: ProseZero;
}

export const PROSE_MONEY = ['twoDecimals', 'short'] as const;
export const PROSE_ZERO = ['0', '0.00'] as const;
export type ProseMoney = (typeof PROSE_MONEY)[number];
export type ProseZero = (typeof PROSE_ZERO)[number];

function oneOf<T extends string>(allowed: readonly T[], value: unknown, key: string, file: string): T {
  const v = String(value);
  if (!(allowed as readonly string[]).includes(v)) throw new TemplateError(file, undefined, `${key}: ${allowed.join(' / ')} — ${v}`);
  return v as T;
}

export function standards(): Standards {
  return fromTemplate('standards.yaml', () => {
    const { file, source } = readTemplateFile('standards.yaml');
    const raw = parseTemplateYaml(source) as Record<string, number | string>;
    return {
      executionRateWeight: new Decimal(raw.executionRateWeight),
      proseMoney: oneOf(PROSE_MONEY, raw.proseMoney ?? 'twoDecimals', 'proseMoney', file),
      proseZero: oneOf(PROSE_ZERO, raw.proseZero ?? '0', 'proseZero', file),
    };
  });
}

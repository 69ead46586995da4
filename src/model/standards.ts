import { Decimal } from 'decimal.js';
import { parseTemplateYaml } from '../compose/yamlCache.js';
import { TemplateError } from '../compose/handlebars.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { fromTemplate } from '../resources.js';
import { mapList } from '../mapList.js';

/** The paper form's standard values (templates/standards.yaml), taken where the input leaves a field blank. */
export interface Standards {
  /** 资金执行率's 分值 on the 部门整体 form. */
  executionRateWeight: Decimal;
  /** How the narrative writes money: two decimals (22.50) or without trailing zeros (22.5). */
  proseMoney: ProseMoney;
  /** How the narrative writes a zero amount: "0" or "0.00". */
  proseZero: ProseZero;
  /** 等级 bands, highest first: a total of at least `min` earns `name`. */
  grades: GradeBand[];
  /** The words that classify a 一级指标 (产出/效益/满意度), in the order they are tried. */
  level1Words: { block: Level1Block; word: string }[];
  /** 计量单位 that may follow a number in an indicator value, longest first. */
  measureUnits: string[];
}

export interface GradeBand {
  min: number;
  name: string;
}

export const LEVEL1_BLOCKS = ['output', 'effect', 'satisfaction'] as const;
export type Level1Block = (typeof LEVEL1_BLOCKS)[number];

export const PROSE_MONEY = ['twoDecimals', 'short'] as const;
export const PROSE_ZERO = ['0', '0.00'] as const;
export type ProseMoney = (typeof PROSE_MONEY)[number];
export type ProseZero = (typeof PROSE_ZERO)[number];

function oneOf<T extends string>(allowed: readonly T[], value: unknown, key: string, file: string): T {
  const v = String(value);
  if (!(allowed as readonly string[]).includes(v)) throw new TemplateError(file, undefined, `${key}: ${allowed.join(' / ')} — ${v}`);
  return v as T;
}

/** A list of the file, copied: the parsed YAML is shared (cached by its text), so it is never sorted in place. */
function listOf<T>(value: unknown, key: string, file: string, ok: (item: T) => boolean): T[] {
  if (!Array.isArray(value) || !value.every(ok)) throw new TemplateError(file, undefined, `${key}: [ … ] — ${JSON.stringify(value)}`);
  return [...(value as T[])];
}

export function standards(): Standards {
  return fromTemplate('standards.yaml', () => {
    const { file, source } = readTemplateFile('standards.yaml');
    const raw = parseTemplateYaml(source) as { executionRateWeight: number | string; proseMoney?: string; proseZero?: string; grades?: unknown; level1Words?: Record<string, unknown>; measureUnits?: unknown };
    return {
      executionRateWeight: new Decimal(raw.executionRateWeight),
      proseMoney: oneOf(PROSE_MONEY, raw.proseMoney ?? 'twoDecimals', 'proseMoney', file),
      proseZero: oneOf(PROSE_ZERO, raw.proseZero ?? '0', 'proseZero', file),
      grades: listOf(raw.grades, 'grades', file, (g: GradeBand) => typeof g?.min === 'number' && typeof g?.name === 'string').sort((a, b) => b.min - a.min),
      level1Words: mapList(Object.entries(raw.level1Words ?? {}), ([block, word]) => ({ block: oneOf(LEVEL1_BLOCKS, block, 'level1Words', file), word: String(word) })),
      measureUnits: mapList(listOf(raw.measureUnits, 'measureUnits', file, (u: unknown) => typeof u === 'string' && u !== ''), String),
    };
  });
}

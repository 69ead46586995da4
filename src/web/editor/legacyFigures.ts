/**
 * What hunan-2022's forms print in the cells the input leaves blank (src/forms/workedOut.ts), by the input path it
 * prints at. Known only once the whole input reads; until then the cells just stay blank.
 */
import { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatScore } from '../../compose/format.js';
import { deriveFigures, type DerivedFigures } from '../../derive/index.js';
import { workedOut } from '../../forms/workedOut.js';
import type { Kind } from '../../workbook/layout.js';
import type { ReportInput } from '../../model/schema.js';
import { getIn, pathKey, type Path } from './paths.js';

/** The printed text of a blank cell at a path, by the workbook's kind of the cell. */
export type Computed = (path: Path, kind: Kind) => string | undefined;

const NONE: Computed = () => undefined;

/** What the derive step makes of the input as the schema read it, or nothing while it does not read. */
export function legacyFigures(parsed: ReportInput | undefined): DerivedFigures | undefined {
  if (!parsed) return undefined;
  try {
    return deriveFigures(parsed);
  } catch {
    return undefined;
  }
}

/** `parsed`: the input as the schema read it, when it reads (else blank cells stay blank); `figures`: its derived figures. */
export function legacyComputed(input: unknown, parsed: ReportInput | undefined, figures = legacyFigures(parsed)): Computed {
  if (!parsed || !figures) return NONE;
  const derived = workedOut(parsed, figures);
  const decimals = parsed.display.scoreDecimals;
  return (path, kind) => {
    const given = getIn(input, path);
    if (given !== undefined && given !== null && given !== '') return undefined;
    // A derived figure, or a value the schema fills in (分值 10 when left blank).
    const d = derived.get(pathKey(path)) ?? getIn(parsed, path);
    if (!(d instanceof Decimal)) return undefined;
    if (kind === 'money') return formatMoney(d);
    if (kind === 'percent') return formatPercent(d);
    if (kind === 'points') return formatScore(d, decimals);
    return undefined;
  };
}

import { Decimal } from 'decimal.js';
import { narrativeFacts } from '../forms/narrativeFacts.js';
import type { ReportInput } from '../model/schema.js';
import { standards } from '../model/standards.js';
import { formatChineseDate, formatProseMoney } from './format.js';
import { compileTemplate, type Render } from './handlebars.js';
import { readTemplateFile } from './templateFiles.js';
import { mapList } from '../mapList.js';

export type BlockKind = 'title' | 'subtitle' | 'unit' | 'signature' | 'date' | 'pagebreak' | 'h1' | 'h2' | 'body' | 'closing';

/** One paragraph of the narrative, with the role its markup gave it. */
export interface Block {
  kind: BlockKind;
  text: string;
}

const MARKERS: [string, BlockKind][] = [
  ['@title ', 'title'],
  ['@subtitle ', 'subtitle'],
  ['@unit ', 'unit'],
  ['@signature ', 'signature'],
  ['@date ', 'date'],
  ['@closing ', 'closing'],
  ['## ', 'h2'],
  ['# ', 'h1'],
];

/*
 * Input text is only ever text: the markup (headings, @ directives, page breaks) is read from the template's own
 * characters. Every input string reaches the parser wrapped in two private-use characters, so a value can never begin
 * a line with a marker; its newlines become a separator the markup never reads. The parser removes both.
 */
const DATA_BREAK = '\u2029';
const DATA_OPEN = '\uE000';
const DATA_CLOSE = '\uE001';
const OUR_CHARACTERS = /[\u2029\uE000\uE001]/g;

function protect<T>(value: T): T {
  // An empty value stays empty, so the template's {{#if}} still reads it as absent.
  if (typeof value === 'string') return value && `${DATA_OPEN}${value.replace(OUR_CHARACTERS, '').replace(/\r?\n|\r/g, DATA_BREAK)}${DATA_CLOSE}` as T;
  if (Array.isArray(value)) return mapList(value, protect) as T;
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(mapList(Object.entries(value), ([k, v]) => [k, protect(v)])) as T;
  }
  return value;
}

/** The keys of `o` that are set: a blank setting leaves the template's default. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Printed = { [key: string]: string | Printed };

/** Every amount under `o` as printed, by the same names. */
function printedAmounts(o: object, money: (d: Decimal | undefined) => string): Printed {
  return Object.fromEntries(mapList(Object.entries(o), ([k, v]) => [k, Decimal.isDecimal(v) || v === undefined ? money(v) : printedAmounts(v as object, money)]));
}

const FIGURES = 'narrative.figures.';

/**
 * The narrative's figures as printed, by their names in the data file: as typed, and those its definition declares as
 * the definition works them out (the table's figure where the narrative leaves one out, a total from its parts).
 */
function printedFigures(input: ReportInput, money: (d: Decimal | undefined) => string): Printed {
  const printed = printedAmounts(input.narrative.figures, money);
  for (const [path, fact] of narrativeFacts(input)) {
    if (!path.startsWith(FIGURES)) continue;
    const keys = path.slice(FIGURES.length).split('.');
    const parent = keys.slice(0, -1).reduce<Printed>((o, k) => (typeof o[k] === 'object' ? o[k] : (o[k] = {})), printed);
    parent[keys[keys.length - 1]] = money(fact.value);
  }
  return printed;
}

/** What the narrative template can use: data as given, and every figure formatted as printed. */
export function narrativeContext(input: ReportInput): object {
  const { proseMoney, proseZero } = { ...standards(), ...definedOnly(input.display) };
  const money = (d: Decimal | undefined) => formatProseMoney(d, proseMoney, proseZero);
  return protect({
    year: input.year,
    unitName: input.unit.name,
    self: input.narrative.selfReference,
    reportDate: formatChineseDate(input.reportDate),
    closingUnitName: input.narrative.closingUnitName ?? input.unit.name,
    staffing: input.basicData.staffing,
    narrative: input.narrative,
    money: printedFigures(input, money),
  });
}

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed === '@pagebreak') {
      blocks.push({ kind: 'pagebreak', text: '' });
      continue;
    }
    const marker = MARKERS.find(([m]) => trimmed.startsWith(m));
    const kind = marker ? marker[1] : 'body';
    const content = marker ? trimmed.slice(marker[0].length) : trimmed;
    for (const part of content.split(DATA_BREAK)) {
      const text = part.replace(OUR_CHARACTERS, '').trim();
      if (text) blocks.push({ kind, text });
    }
  }
  return blocks;
}

let compiled: Render | undefined;

export function composeNarrative(input: ReportInput): Block[] {
  if (!compiled) {
    const { file, source } = readTemplateFile('narrative.hbs');
    compiled = compileTemplate(file, source);
  }
  return parseBlocks(compiled(narrativeContext(input)));
}

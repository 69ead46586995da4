/**
 * A small builder for grids laid out as a paper form prints them (hunan-2022's forms, after src/layout): cells put
 * at their row and column with their spans, item rows noted, every input then named from the labels around it.
 */
import { readTemplateFile } from '../../compose/templateFiles.js';
import { parseTemplateYaml } from '../../compose/yamlCache.js';
import { nameCells, type Content, type FieldContent, type Grid, type ItemRow, type Placed } from './grid.js';
import { EDITOR_TEXT } from './messages.js';
import type { Computed } from './legacyFigures.js';
import type { Path } from './paths.js';
import { fillPlaces } from '../../forms/places.js';

type LabelOptions = { header?: boolean; heading?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right'; rowSpan?: number; colSpan?: number; indent?: number };

export class GridBuilder {
  readonly cells: Placed[] = [];
  readonly items: ItemRow[] = [];

  label(row: number, col: number, text: string, o: LabelOptions = {}): Placed {
    const { rowSpan, colSpan, indent, ...rest } = o;
    return this.put(row, col, { t: 'label', text, header: false, ...rest }, { rowSpan, colSpan, indent });
  }

  /** A column or row heading, drawn as the paper form draws it (bold, shaded). */
  head(row: number, col: number, text: string, o: LabelOptions = {}): Placed {
    return this.label(row, col, text, { header: true, ...o });
  }

  /** Places a cell and gives it back, so that a cell merged with the ones under it can grow (`rowSpan`). */
  put(row: number, col: number, content: Content, o: { rowSpan?: number; colSpan?: number; indent?: number } = {}): Placed {
    const cell: Placed = { row, col, ...o, content };
    this.cells.push(cell);
    return cell;
  }

  item(item: ItemRow): void {
    this.items.push(item);
  }

  /** The grid, its inputs named; `plain`: lines under a form, without rules. */
  grid(id: string, widths: number[], more: { plain?: boolean; caption?: string } = {}): Grid {
    const grid: Grid = { id, widths, cells: this.cells, items: this.items, ...more };
    nameCells(grid, (item) => EDITOR_TEXT.itemRow(item.name, item.index + 1));
    return grid;
  }
}

/** What the forms read besides the input: the set's wording (templates/labels.yaml: titles, signature lines) and the values of blank cells. */
export interface PrintedContext {
  labels: Labels;
  input: Record<string, unknown>;
  computed: Computed;
  /** The {{year}}, {{previousYear}} and {{unitName}} of the labels. */
  names: { year: string; previousYear: string; unitName: string };
  field: (kind: FieldKind, path: Path) => FieldContent;
  /** The 分值 of each 一级指标 of the indicator list at `list` ("departmentEvaluation.indicators"), as derived; empty while the input does not read. */
  level1Weights: (list: Path) => Map<string, string>;
}

export type FieldKind = 'money' | 'percent' | 'points' | 'count' | 'text' | 'line' | 'date' | 'level1' | 'level2';

/**
 * The set's wording in templates/labels.yaml (titles, signature lines). Its places are plain {{name}}s, filled in here rather than
 * by Handlebars, whose compiler the page's Content-Security-Policy (no eval) does not allow.
 */
export class Labels {
  constructor(private readonly data: unknown) {}

  private raw(key: string): unknown {
    let v = this.data;
    for (const k of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
    if (v === undefined) throw new Error(`templates/labels.yaml: ${key} is missing`);
    return v;
  }

  text(key: string, context: object = {}): string {
    return fill(String(this.raw(key)), context);
  }
}

/** A label's plain {{name}} places filled from `context` (a missing name leaves the place empty). */
export function fill(text: string, context: object): string {
  return fillPlaces(text, context as Record<string, unknown>);
}

let labels: Labels | undefined;

/** templates/labels.yaml, read once the site's templates are there. */
export function printedLabels(): Labels {
  labels ??= new Labels(parseTemplateYaml(readTemplateFile('labels.yaml').source));
  return labels;
}

/** A label as the name of the input after it: without its closing colon ("填表日期：" names 填表日期). */
export const bare = (label: string) => label.replace(/[：:]\s*$/, '').trim();

/** The PDF numbers the items of a list it prints in one cell ("1、…"); a blank row to type into has no number yet. */
export const numbered = (index: number, count: number) => (index < count ? { prefix: `${index + 1}、` } : {});

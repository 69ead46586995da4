import { readTemplateFile } from '../compose/templateFiles.js';
import { parseTemplateYaml } from '../compose/yamlCache.js';

export interface ValidationWording {
  title: string;
  error?: string;
  prompt?: string;
}

/** The prose of the workbook (templates/workbook.yaml): the 填写说明 sheet, notes, data validation messages. */
export interface WorkbookWording {
  /** The font of every cell (Excel substitutes its own where it lacks it). */
  font: string;
  instructions: { title: string; lines: string[] };
  notes: Record<string, string>;
  validation: Record<string, ValidationWording>;
  /** What each role of input cell is called (the legend, the prompt of the cell) and what it means. */
  roles: Record<'required' | 'optional' | 'computed', { name: string; prompt: string; explain: string }>;
  legendTitle: string;
  /** Below the legend of another profile's workbook: how to fill it, and how to add a copy of a form printed per item. */
  profileHowTo: { title: string; lines: string[]; each: string };
  /** jixiao check --annotate: the words in each marked cell's comment. */
  annotation: { levels: Record<'error' | 'warning', string>; expected: string; hint: string; fileSuffix: string; computed: string };
}

let cached: WorkbookWording | undefined;

export function workbookWording(): WorkbookWording {
  cached ??= parseTemplateYaml(readTemplateFile('workbook.yaml').source) as WorkbookWording;
  return cached;
}

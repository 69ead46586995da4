/**
 * The fixed label cells of hunan-2022's workbook (templates/profiles/hunan-2022/workbook.yaml). They are also how the
 * reader finds each row, so they are part of the workbook's file format: a workbook written before a label changed
 * can no longer be read by label (that file says how to carry one over).
 */
import { readTemplateFile } from '../compose/templateFiles.js';
import { parseTemplateYaml } from '../compose/yamlCache.js';
import { mapList } from '../mapList.js';

type Labels<K extends string> = Readonly<Record<K, string>>;

interface WorkbookLabels {
  sheets: Labels<'instructions' | 'narrative' | 'basicData' | 'department' | 'project'>;
  // The form sheets' titles and labels are in their form definitions (profiles/hunan-2022/forms/*.yaml).
  titles: Labels<'narrative'>;
  level1Names: readonly string[];
  level2Names: readonly string[];
  // 正文's row labels; its sheet description names the keys it uses, and a missing one is caught below.
  narrative: Labels<string>;
  /** Path patterns of the cells the tool computes when left blank. */
  computed: readonly string[];
}

const FILE = 'profiles/hunan-2022/workbook.yaml';

/** Every label a key names must be there: an undefined label would write an empty anchor and read nothing back. */
function strict<T extends object>(where: string, section: T): T {
  return new Proxy(section, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (value === undefined && typeof key === 'string') throw new Error(`templates/${FILE}: ${where}.${key} is missing`);
      return value;
    },
  });
}

function load(): WorkbookLabels {
  const raw = parseTemplateYaml(readTemplateFile(FILE).source) as WorkbookLabels;
  const sections = ['sheets', 'titles', 'narrative'] as const;
  return { ...raw, ...Object.fromEntries(mapList(sections, (s) => [s, strict(s, raw[s] ?? {})])) };
}

const LABELS = load();

/** A label with {{year}} split around it, for an Excel formula that joins the year cell in. */
export function aroundYear(template: string): { before: string; after: string } {
  const [before, after = ''] = template.split('{{year}}');
  return { before, after };
}

export const SHEETS = LABELS.sheets;
export const TITLES = LABELS.titles;
export const LEVEL1_NAMES = LABELS.level1Names;
export const LEVEL2_NAMES = LABELS.level2Names;
/** Row labels of 正文, by key. */
export const ROWS = { narrative: LABELS.narrative };
/** Path patterns ("projectEvaluations[].funds.*.score") of the cells the tool computes when left blank. */
export const COMPUTED = LABELS.computed ?? [];
/** "项目{{n}}": the start of the n-th project sheet's name. */
export const projectSheetBase = (n: number) => LABELS.sheets.project.replace('{{n}}', String(n));

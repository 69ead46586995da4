import { parseTemplateYaml } from './yamlCache.js';
import { compileTemplate, TemplateError, type Render } from './handlebars.js';
import { readTemplateFile } from './templateFiles.js';
import { fromTemplate } from '../resources.js';
import { TEMPLATE_MESSAGES as M } from './messages.js';
import { mapList } from '../mapList.js';

/** templates/labels.yaml, parsed once while it stays the same (a Labels keeps its compiled templates). */
export function templateLabels(): Labels {
  return fromTemplate('labels.yaml', () => Labels.load());
}

/** The wording of tables, titles and file names, from templates/labels.yaml. */
export class Labels {
  private readonly cache = new Map<string, Render>();

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly file: string,
    private readonly source: string,
  ) {}

  static load(): Labels {
    const { file, source } = readTemplateFile('labels.yaml');
    let data: unknown;
    try {
      data = parseTemplateYaml(source);
    } catch (e) {
      const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new TemplateError(file, line, (e as Error).message.split('\n')[0]);
    }
    return new Labels(data as Record<string, unknown>, file, source);
  }

  private raw(key: string): unknown {
    let v: unknown = this.data;
    for (const k of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
    if (v === undefined) throw new TemplateError(this.file, undefined, M.missingLabel(key));
    return v;
  }

  /** One label, with {{…}} filled from `context`. */
  text(key: string, context: object = {}): string {
    const raw = this.raw(key);
    if (typeof raw !== 'string' && typeof raw !== 'number') throw new TemplateError(this.file, undefined, M.notText(key));
    return this.render(key, String(raw), context);
  }

  /** A list of labels (table column headings). */
  list(key: string, context: object = {}): string[] {
    const raw = this.raw(key);
    if (!Array.isArray(raw)) throw new TemplateError(this.file, undefined, M.notList(key));
    return mapList(raw, (item, i) => this.render(`${key}.${i}`, String(item), context));
  }

  private render(key: string, raw: string, context: object): string {
    if (!raw.includes('{{')) return raw;
    let fn = this.cache.get(key);
    if (!fn) {
      const line = this.source.slice(0, Math.max(0, this.source.indexOf(raw))).split('\n').length;
      fn = compileTemplate(this.file, raw, line - 1);
      this.cache.set(key, fn);
    }
    return fn(context);
  }
}

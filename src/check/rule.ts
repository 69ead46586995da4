import type { Finding, Level } from '../diagnostics/finding.js';
import type { DerivedFigures } from '../derive/index.js';
import type { ReportInput } from '../model/schema.js';
import { describePath, splitPath } from '../model/paths.js';
import { MESSAGES, messageOf, type MessageArgs, type RuleId } from './messages.js';

/** One consistency rule: (report, figures) → findings. */
export interface Rule {
  id: RuleId;
  level: Level;
  title: string;
  run(input: ReportInput, figures: DerivedFigures): Finding[];
}

/** What a rule reports for one place: the message arguments and the two values as printed. */
export type Report<K extends RuleId> = (path: string, args: MessageArgs<K>, values?: { expected?: string; actual?: string }) => void;

/** The level follows from the id's prefix, so the two never disagree. */
export function levelOf(id: RuleId): Level {
  return id.startsWith('E_') ? 'error' : 'warning';
}

/** The field at a technical path in the user's terms, with the path: "基础数据表 › … › 本年决算数（basicData.…）". */
export function nameOf(path: string): string {
  return `${describePath(splitPath(path))}（${path}）`;
}

export function defineRule<K extends RuleId>(id: K, check: (input: ReportInput, figures: DerivedFigures, report: Report<K>) => void): Rule {
  const level = levelOf(id);
  return {
    id,
    level,
    title: MESSAGES[id].title,
    run(input, figures) {
      const found: Finding[] = [];
      check(input, figures, (path, args, values = {}) => {
        found.push({
          id,
          level,
          path,
          where: describePath(splitPath(path)),
          message: messageOf(id, args),
          ...(values.expected !== undefined && { expected: values.expected }),
          ...(values.actual !== undefined && { actual: values.actual }),
          hint: MESSAGES[id].hint,
        });
      });
      return found;
    },
  };
}

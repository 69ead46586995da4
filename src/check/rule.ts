import type { Decimal } from 'decimal.js';
import type { Finding, Level } from '../diagnostics/finding.js';
import type { DerivedFigures } from '../derive/index.js';
import type { ReportInput } from '../model/schema.js';
import { describePath, splitPath } from '../model/paths.js';
import { MESSAGES, messageOf, type MessageArgs, type RuleId } from './messages.js';

/** One consistency rule: (report, figures) → findings, each with the correction it proposes. */
export interface Rule {
  id: RuleId;
  level: Level;
  title: string;
  run(input: ReportInput, figures: DerivedFigures): Proposal[];
  /**
   * Only where the rule finds something, unworded: for the check stage's trials of a correction (settle.ts), which
   * ask only which findings a changed input has. Each trial rechecks every other error of the input too.
   */
  places(input: ReportInput, figures: DerivedFigures): Placed[];
}

/** A finding's rule and place, without its wording. */
export type Placed = Pick<Finding, 'id' | 'level' | 'path'>;

/** A value to type at a path, as a rule proposes it. */
export interface Fix {
  path: string;
  value: Decimal;
}

/** A correction at another place than the finding's, with that place's two values as printed. */
export type Elsewhere = Fix & { expected: string; actual: string };

/**
 * A finding and what it asks the clerk to type: `fix` at the finding's own place, or, where that would break other
 * figures that agree with it, `instead` at the other place compared, or one of a total's `inParts` (the check stage
 * tries them in that order).
 */
export interface Proposal {
  finding: Finding;
  fix?: Fix;
  instead?: Elsewhere;
  /** A total's typed parts, each with the value that would make the sum hold (the others unchanged). */
  inParts?: readonly Elsewhere[];
  /** The inputs the rule's own figure was worked out from: where one of them fails, this finding is its echo. */
  rests?: readonly string[];
  /** The finding is about a total against its parts: when the total holds elsewhere, the parts are to be checked. */
  total?: boolean;
}

/** The two values of a finding as printed, and the corrections it proposes. */
export interface ReportValues {
  expected?: string;
  actual?: string;
  fix?: Decimal;
  instead?: Elsewhere;
  inParts?: readonly Elsewhere[];
  rests?: readonly string[];
  total?: boolean;
}

/** What a rule reports for one place: the message arguments, the two values as printed, and the corrections. */
export interface Report<K extends RuleId> {
  (path: string, args: MessageArgs<K>, values?: ReportValues): void;
  /** The same, its wording worked out only if it is read (not in Rule.places). */
  lazily(path: string, words: () => { args: MessageArgs<K>; values?: ReportValues }): void;
}

/** The level follows from the id's prefix, so the two never disagree. */
export function levelOf(id: RuleId): Level {
  return id.startsWith('E_') ? 'error' : 'warning';
}

/** The field at a technical path in the user's terms: "基础数据表 › … › 本年决算数". The path itself goes in the finding, not its text. */
export function nameOf(path: string): string {
  return describePath(splitPath(path));
}

export function defineRule<K extends RuleId>(id: K, check: (input: ReportInput, figures: DerivedFigures, report: Report<K>) => void): Rule {
  const level = levelOf(id);
  const proposal = (path: string, args: MessageArgs<K>, values: ReportValues = {}): Proposal => ({
    finding: {
      id,
      level,
      path,
      where: nameOf(path),
      message: messageOf(id, args),
      ...(values.expected !== undefined && { expected: values.expected }),
      ...(values.actual !== undefined && { actual: values.actual }),
      hint: MESSAGES[id].hint,
    },
    ...(values.fix && { fix: { path, value: values.fix } }),
    ...(values.instead && { instead: values.instead }),
    ...(values.inParts?.length && { inParts: values.inParts }),
    ...(values.rests && { rests: values.rests }),
    ...(values.total && { total: true }),
  });
  return {
    id,
    level,
    title: MESSAGES[id].title,
    run(input, figures) {
      const found: Proposal[] = [];
      const report: Report<K> = Object.assign((path: string, args: MessageArgs<K>, values?: ReportValues) => void found.push(proposal(path, args, values)), {
        lazily: (path: string, words: () => { args: MessageArgs<K>; values?: ReportValues }) => {
          const { args, values } = words();
          found.push(proposal(path, args, values));
        },
      });
      check(input, figures, report);
      return found;
    },
    places(input, figures) {
      const found: Placed[] = [];
      const place = (path: string) => void found.push({ id, level, path });
      check(input, figures, Object.assign(place, { lazily: place }));
      return found;
    },
  };
}

import type { AffectedDocument } from './documents.js';
import type { ReportDiff } from './index.js';
import { CHANGE_LIST as M } from './messages.js';
import { mapList } from '../mapList.js';

const BLANK = M.blank;

/** A printed value for a terminal line: long texts shortened, blanks named. */
function shown(v: string | undefined, max = 60): string {
  if (v === undefined) return BLANK;
  const one = v.replace(/\s*\n\s*/g, ' ');
  return one.length > max ? `“${one.slice(0, max)}…”` : `“${one}”`;
}

export function formatDocuments(docs: AffectedDocument[]): string {
  if (!docs.length) return M.noDocument;
  return mapList(docs, (d) => (d.pages.length ? M.documentPages(d.name, d.pages.join('、')) : d.name)).join('；');
}

/** The diff as a clerk reads it: one numbered entry per changed fact. */
export function formatDiff(diff: ReportDiff): string {
  if (!diff.changes.length) return M.noChanges;
  const lines = [M.count(diff.changes.length)];
  diff.changes.forEach((c, i) => {
    lines.push(`${i + 1}. ${c.where}  (${c.path.join('.')})`);
    const verb = c.kind === 'added' ? M.verbs.added : c.kind === 'removed' ? M.verbs.removed : M.verbs.changed;
    lines.push(`   ${verb}：${shown(c.old)} → ${shown(c.new)}`);
    lines.push(M.affects(formatDocuments(c.documents)));
  });
  return `${lines.join('\n')}\n`;
}

/** The diff as JSON: the same facts, the values in full. */
export function diffJson(diff: ReportDiff): object {
  return {
    before: diff.before,
    after: diff.after,
    changes: mapList(diff.changes, (c) => ({ path: c.path.join('.'), where: c.where, kind: c.kind, old: c.old ?? null, new: c.new ?? null, documents: c.documents })),
  };
}

import type { AffectedDocument } from './documents.js';
import type { ReportDiff } from './index.js';

const BLANK = '（空）';

/** A printed value for a terminal line: long texts shortened, blanks named. */
function shown(v: string | undefined, max = 60): string {
  if (v === undefined) return BLANK;
  const one = v.replace(/\s*\n\s*/g, ' ');
  return one.length > max ? `“${one.slice(0, max)}…”` : `“${one}”`;
}

export function formatDocuments(docs: AffectedDocument[]): string {
  if (!docs.length) return '不改变任何文件的内容';
  return docs.map((d) => (d.pages.length ? `${d.name}（第 ${d.pages.join('、')} 页）` : d.name)).join('；');
}

/** The diff as a clerk reads it: one numbered entry per changed fact. */
export function formatDiff(diff: ReportDiff): string {
  if (!diff.changes.length) return '两份数据文件中报告用到的内容完全相同，没有更改。\n';
  const lines = [`共 ${diff.changes.length} 处更改：`];
  diff.changes.forEach((c, i) => {
    lines.push(`${i + 1}. ${c.where}  (${c.path.join('.')})`);
    const verb = c.kind === 'added' ? '新增' : c.kind === 'removed' ? '删除' : '更改';
    lines.push(`   ${verb}：${shown(c.old)} → ${shown(c.new)}`);
    lines.push(`   影响：${formatDocuments(c.documents)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The diff as JSON: the same facts, the values in full. */
export function diffJson(diff: ReportDiff): object {
  return {
    before: diff.before,
    after: diff.after,
    changes: diff.changes.map((c) => ({ path: c.path.join('.'), where: c.where, kind: c.kind, old: c.old ?? null, new: c.new ?? null, documents: c.documents })),
  };
}

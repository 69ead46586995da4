import type { DocumentLayout } from '../layout/index.js';
import type { FactChange, Segment } from './facts.js';
import { mapList } from '../mapList.js';

/** One document of a report set, as a diff names it, with the pages (numbered as in its own file) a change moves. */
export interface AffectedDocument {
  kind: string;
  title: string;
  /** File name without the unit and year: "附件4-项目支出绩效自评表-招商引资工作经费". */
  name: string;
  pages: number[];
}

/** A document of one version with the text of each of its pages. */
export interface DocumentText {
  /** kind#n: the n-th document of its kind, so that documents match across versions even when names change. */
  key: string;
  doc: DocumentLayout;
  pages: string[];
}

export function documentTexts(docs: DocumentLayout[], pages: string[][]): DocumentText[] {
  const seen = new Map<string, number>();
  return mapList(docs, (doc, i) => {
    const n = seen.get(doc.kind) ?? 0;
    seen.set(doc.kind, n + 1);
    return { key: `${doc.kind}#${n}`, doc, pages: pages[i] };
  });
}

const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * What to look for on a page: a short value whole; of a long text, the part around the first difference, so that
 * a one-word correction in a paragraph that runs over two pages is still found.
 */
function needle(text: string | undefined, other: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = compact(text);
  if (t.length <= 24 || other === undefined) return t.slice(0, 24) || undefined;
  const o = compact(other);
  let start = 0;
  while (start < t.length && t[start] === o[start]) start++;
  const from = Math.max(0, Math.min(start, t.length - 1) - 6);
  return t.slice(from, from + 16);
}

/** The documents a fact belongs to, when its value cannot be found on a changed page (e.g. a display setting). */
function owners(path: Segment[], key: string): boolean {
  const [root, index] = path;
  const kind = key.split('#')[0];
  switch (root) {
    case 'narrative':
    case 'reportDate':
      return kind === 'narrative';
    case 'basicData':
      return kind === 'basicData';
    case 'departmentEvaluation':
      return kind === 'departmentEvaluation';
    case 'projectEvaluations':
      return key === `projectEvaluation#${index}`;
    case 'contacts':
    case 'formDate':
      return kind !== 'narrative';
    default:
      return true;
  }
}

function shortName(doc: DocumentLayout, prefix: string): string {
  return doc.fileName.startsWith(prefix) ? doc.fileName.slice(prefix.length) : doc.fileName;
}

/**
 * Which documents, and which of their pages, each change moves. The documents are those whose layout this change
 * alone alters (`moved`), or, without that, those showing the value on a changed page. The pages are the pages whose
 * text differs between the versions and that show the new value (or showed the old one); failing that, every
 * changed page of the document.
 */
export function affectedDocuments(change: FactChange, before: DocumentText[], after: DocumentText[], prefix: string, moved?: Set<string>): AffectedDocument[] {
  const find = (n: string | undefined, pages: string[], changed: number[]) => (n ? changed.filter((p) => compact(pages[p - 1] ?? '').includes(n)) : []);
  const newNeedle = needle(change.new, change.old);
  const oldNeedle = needle(change.old, change.new);
  // When it is known which documents this change alone moves, only those are candidates.
  const rows = mapList(after.filter((d) => !moved || moved.has(d.key)), (d) => {
    const old = before.find((b) => b.key === d.key);
    const changed = mapList(d.pages, (_, i) => i + 1).filter((p) => !old || compact(old.pages[p - 1] ?? '') !== compact(d.pages[p - 1]));
    const pages = [...new Set([...find(newNeedle, d.pages, changed), ...find(oldNeedle, old?.pages ?? [], changed)])].sort((a, b) => a - b);
    return { d, changed, pages };
  });
  let hits = rows.filter((r) => r.pages.length);
  const owned = (r: (typeof rows)[number]) => moved !== undefined || owners(change.path, r.d.key);
  if (!hits.length) hits = mapList(rows.filter((r) => r.changed.length && owned(r)), (r) => ({ ...r, pages: r.changed }));
  if (!hits.length) hits = mapList(rows.filter(owned), (r) => ({ ...r, pages: [] }));
  return mapList(hits, ({ d, pages }) => ({ kind: d.doc.kind, title: d.doc.title, name: shortName(d.doc, prefix), pages }));
}

/**
 * diff and 更正说明 for an engine profile: every printed cell of the set compared between two versions, typed or
 * derived, so that a corrected amount also lists the subtotals, rates and scores it moved, each where it is printed.
 */
import { printedCells, type PreparedProfileReport, type PrintedCell } from '../forms/index.js';
import { splitPath } from '../model/paths.js';
import type { Correction, ReportDiff } from './index.js';
import { mapList } from '../mapList.js';

const about = (p: PreparedProfileReport) => ({ unit: String(p.input.unit), year: Number(p.input.year), reportDate: String(p.input.reportDate) });

function correction(cell: PrintedCell, old: string | undefined, now: string | undefined, unit: string): Correction {
  const name = cell.document.fileName.startsWith(`${unit}-`) ? cell.document.fileName.slice(unit.length + 1) : cell.document.fileName;
  return {
    path: splitPath(cell.path),
    // The file is named beside it: the place within the form is enough.
    where: cell.where.startsWith(`${cell.document.title} › `) ? cell.where.slice(cell.document.title.length + 3) : cell.where,
    kind: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
    old,
    new: now,
    documents: [{ kind: cell.document.id, title: cell.document.title, name, pages: [] }],
  };
}

export function diffProfileReports(before: PreparedProfileReport, after: PreparedProfileReport): ReportDiff {
  const old = new Map(mapList(printedCells(before), (c) => [c.path, c]));
  const now = printedCells(after);
  const unit = String(after.input.unit);
  const text = (c: PrintedCell | undefined) => (c?.text ? c.text : undefined);
  const changes = mapList(now.filter((c) => text(c) !== text(old.get(c.path))), (c) => correction(c, text(old.get(c.path)), text(c), unit));
  const seen = new Set(mapList(now, (c) => c.path));
  for (const c of old.values()) if (!seen.has(c.path) && text(c) !== undefined) changes.push(correction(c, text(c), undefined, unit));
  return { before: about(before), after: about(after), changes };
}

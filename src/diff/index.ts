import { templateLabels } from '../compose/labels.js';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { DEFAULT_PROFILE } from '../node/profiles.js';
import { readData, readReport, prepareReport, composeReport, type ComposedReport } from '../pipeline.js';
import { engineProfileOf, prepareProfileData } from '../profileReport.js';
import { DIFF_MESSAGES } from './messages.js';
import { diffProfileReports } from './profile.js';
import type { ReportInput } from '../model/schema.js';
import { pageTexts } from '../render/index.js';
import { affectedDocuments, documentTexts, type AffectedDocument, type DocumentText } from './documents.js';
import { diffFacts, type FactChange } from './facts.js';
import { changedSentences } from './sentences.js';
import { withOneChange } from './single.js';
import { mapList } from '../mapList.js';

/** A change with the documents it moves and, where it rewrites the report's text, the sentences before and after. */
export type Correction = FactChange & { documents: AffectedDocument[]; sentences?: { old: string; new: string } };

export interface ReportDiff {
  before: { unit: string; year: number; reportDate: string };
  after: { unit: string; year: number; reportDate: string };
  changes: Correction[];
}

async function textsOf(composed: ComposedReport): Promise<DocumentText[]> {
  return documentTexts(composed.docs, await pageTexts(composed.docs, composed.render));
}

const about = (i: ReportInput) => ({ unit: i.unit.name, year: i.year, reportDate: i.reportDate });

/** Above this many changes, which documents a change moves is judged from the pages alone (each exact test lays out a report). */
const EXACT_LIMIT = 40;

/** The documents (kind#n keys) whose layout differs from `base` when only `change` is applied to the old input. */
function documentsMovedBy(change: FactChange, before: ReportInput, after: ReportInput, base: DocumentText[]): Set<string> {
  const docs = documentTexts(composeReport(prepareReport(withOneChange(before, after, change))).docs, []);
  const moved = new Set<string>();
  for (const d of docs) {
    const old = base.find((b) => b.key === d.key);
    if (!old || JSON.stringify(old.doc.content) !== JSON.stringify(d.doc.content)) moved.add(d.key);
  }
  return moved;
}

/** Every changed fact between two versions of a report's input, with the documents and pages each one moves. */
export async function diffInputs(before: ReportInput, after: ReportInput): Promise<ReportDiff> {
  const facts = diffFacts(before, after);
  if (!facts.length) return { before: about(before), after: about(after), changes: [] };
  const [textsBefore, textsAfter] = [await textsOf(composeReport(prepareReport(before))), await textsOf(composeReport(prepareReport(after)))];
  const prefix = `${templateLabels().text('batch.unitFolder', { unitName: after.unit.name, year: after.year })}-`;
  const exact = facts.length <= EXACT_LIMIT;
  const changes = mapList(facts, (f) => {
    const moved = exact ? documentsMovedBy(f, before, after, textsBefore) : undefined;
    const sentences = exact ? changedSentences(f, before, after) : undefined;
    return { ...f, documents: affectedDocuments(f, textsBefore, textsAfter, prefix, moved), ...(sentences && { sentences }) };
  });
  return { before: about(before), after: about(after), changes };
}

/** `jixiao diff <old> <new>`: both files read and checked against the schema like a build's input. */
export async function diffReports(oldFile: string, newFile: string): Promise<ReportDiff> {
  const [before, after] = [await readData(oldFile), await readData(newFile)];
  const profile = engineProfileOf(after);
  if (profile || engineProfileOf(before)) {
    const other = engineProfileOf(before);
    if (other?.id !== profile?.id) throw new UserError(DIFF_MESSAGES.profilesDiffer(other?.id ?? DEFAULT_PROFILE, profile?.id ?? DEFAULT_PROFILE), [], EXIT.usage);
    return diffProfileReports(prepareProfileData(profile!, before), prepareProfileData(profile!, after));
  }
  return diffInputs(await readReport(oldFile), await readReport(newFile));
}

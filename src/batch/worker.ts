import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gateBuild } from '../check/gate.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { osErrorMessage } from '../diagnostics/osErrors.js';
import type { ReportInput } from '../model/schema.js';
import type { PreparedProfileReport } from '../forms/index.js';
import { buildReport, checkInput, type PreparedReport } from '../pipeline.js';
import { summarizeUnit, type UnitStatus } from '../summary/unit.js';
import { makeFolder } from '../write/durable.js';
import { sanitizeFileName } from '../write/fileNames.js';
import { templateLabels } from '../compose/labels.js';
import { BATCH_MESSAGES } from './messages.js';
import type { BatchResult, BatchTask } from './task.js';

/** The sub-folder of one unit's report set: 单位名称-2022年度 (labels.yaml batch.unitFolder). */
export function unitFolderName(input: ReportInput): string {
  return sanitizeFileName(templateLabels().text('batch.unitFolder', { unitName: input.unit.name, year: input.year }));
}

/** Claims the unit's sub-folder for this input; a second input of the same unit and year is refused, not merged. */
async function claimFolder(task: BatchTask, input: ReportInput): Promise<string> {
  const name = unitFolderName(input);
  makeFolder(task.claims);
  try {
    await writeFile(join(task.claims, name), task.file, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const other = await readFile(join(task.claims, name), 'utf8');
    throw new UserError(BATCH_MESSAGES.sameUnit(other, name));
  }
  return join(task.outRoot, name);
}

/** Why an input failed, in one or two lines for the batch summary. */
function reason(e: unknown): { reason: string; internal: boolean } {
  if (e instanceof UserError) {
    const first = e.findings.find((f) => f.level === 'error') ?? e.findings[0];
    const line = first?.message.split('\n')[0];
    // A refusal that is its own finding (a misspelt profile) is said once, not again as its first finding.
    const detail = first && line !== e.message ? `${first.where}：${line}` : '';
    const more = e.findings.length > 1 ? BATCH_MESSAGES.errorCount(e.findings.filter((f) => f.level === 'error').length) : '';
    return { reason: [e.message, detail && `${detail}${more}`].filter(Boolean).join('\n'), internal: false };
  }
  const os = osErrorMessage(e);
  if (os) return { reason: os, internal: false };
  return { reason: BATCH_MESSAGES.internalError((e as Error)?.message ?? String(e)), internal: true };
}

/** What a worker saw of one input, for the unit's line of the summaries. */
interface Seen {
  prepared?: PreparedReport;
  /** An input of another profile, read by the form engine. */
  profiled?: PreparedProfileReport;
  findings: Finding[];
  folder?: string;
}

function summaryOf(task: BatchTask, status: UnitStatus, seen: Seen) {
  return summarizeUnit(task.file, status, { input: seen.prepared?.input, figures: seen.prepared?.figures, profiled: seen.profiled, findings: seen.findings, folder: seen.folder });
}

/** A failed input: unreadable when it never got through the load and model stages, else stopped by its errors or failed. */
function failure(task: BatchTask, seen: Seen, e: unknown): BatchResult {
  const read = seen.prepared ?? seen.profiled;
  const findings = read ? seen.findings : e instanceof UserError ? e.findings : [];
  const hasErrors = findings.some((f) => f.level === 'error');
  const status: UnitStatus = !read ? 'unreadable' : hasErrors && !task.force ? 'blocked' : 'failed';
  return { file: task.file, ok: false, ...reason(e), summary: summaryOf(task, status, { ...seen, findings, folder: undefined }) };
}

/** Builds one input of a batch into its unit's sub-folder. Never throws: a failure is a result like any other. */
async function buildOne(task: BatchTask): Promise<BatchResult> {
  const seen: Seen = { findings: [] };
  try {
    const manifest = await buildReport(
      task.file,
      async (input) => (seen.folder = await claimFolder(task, input)),
      {
        draft: task.draft,
        withFindings: task.withFindings,
        allowMissingGlyphs: task.allowMissingGlyphs,
        onFindings: (findings, prepared, profiled) => {
          seen.findings = findings;
          seen.prepared = prepared;
          seen.profiled = profiled;
          gateBuild(findings, { force: task.force });
        },
      },
    );
    const errors = seen.findings.filter((f) => f.level === 'error').length;
    const pages = manifest.files.find((f) => f.kind === 'combined')?.pages ?? 0;
    const folder = relative(task.outRoot, seen.folder!);
    const summary = summaryOf(task, errors ? 'forced' : 'built', { ...seen, folder });
    return { file: task.file, ok: true, folder: seen.folder!, files: manifest.files.length, pages, errors, warnings: seen.findings.length - errors, summary };
  } catch (e) {
    return failure(task, seen, e);
  }
}

/** Checks one input of a batch; nothing is written. Errors make it a failure, as `jixiao check` exits 1 on them. */
async function checkOne(task: BatchTask): Promise<BatchResult> {
  const seen: Seen = { findings: [] };
  try {
    const checked = await checkInput(task.file, { allowMissingGlyphs: task.allowMissingGlyphs });
    seen.prepared = checked.report;
    seen.profiled = checked.profiled;
    seen.findings = checked.findings;
  } catch (e) {
    return failure(task, seen, e);
  }
  const errors = seen.findings.filter((f) => f.level === 'error').length;
  const warnings = seen.findings.length - errors;
  if (errors) return { file: task.file, ok: false, reason: BATCH_MESSAGES.checkFailed(errors, warnings), internal: false, summary: summaryOf(task, 'errors', seen) };
  return { file: task.file, ok: true, folder: '', files: 0, pages: 0, errors, warnings, summary: summaryOf(task, 'passed', seen) };
}

export default function runOne(task: BatchTask): Promise<BatchResult> {
  return task.mode === 'check' ? checkOne(task) : buildOne(task);
}

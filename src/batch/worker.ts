import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gateBuild } from '../check/gate.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { osErrorMessage } from '../diagnostics/osErrors.js';
import type { ReportInput } from '../model/schema.js';
import { buildReport } from '../pipeline.js';
import { makeFolder } from '../write/durable.js';
import { sanitizeFileName } from '../write/fileNames.js';
import type { BatchResult, BatchTask } from './task.js';

/** The sub-folder of one unit's report set: 单位名称-2022年度. */
export function unitFolderName(input: ReportInput): string {
  return sanitizeFileName(`${input.unit.name}-${input.year}年度`);
}

/** Claims the unit's sub-folder for this input; a second input of the same unit and year is refused, not merged. */
async function claimFolder(task: BatchTask, input: ReportInput): Promise<string> {
  const name = unitFolderName(input);
  await makeFolder(task.claims);
  try {
    await writeFile(join(task.claims, name), task.file, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const other = await readFile(join(task.claims, name), 'utf8');
    throw new UserError(`与 ${other} 是同一单位、同一年度，输出文件夹 ${name} 已归它所用；请删去重复的输入文件`);
  }
  return join(task.outRoot, name);
}

/** Why an input failed, in one or two lines for the batch summary. */
function reason(e: unknown): { reason: string; internal: boolean } {
  if (e instanceof UserError) {
    const first = e.findings.find((f) => f.level === 'error') ?? e.findings[0];
    const detail = first ? `${first.where}：${first.message.split('\n')[0]}` : '';
    const more = e.findings.length > 1 ? `（共 ${e.findings.filter((f) => f.level === 'error').length} 个错误）` : '';
    return { reason: [e.message, detail && `${detail}${more}`].filter(Boolean).join('\n'), internal: false };
  }
  const os = osErrorMessage(e);
  if (os) return { reason: os, internal: false };
  return { reason: `内部错误：${(e as Error)?.message ?? String(e)}`, internal: true };
}

/** Builds one input of a batch into its unit's sub-folder. Never throws: a failure is a result like any other. */
export default async function buildOne(task: BatchTask): Promise<BatchResult> {
  let seen: Finding[] = [];
  let folder = '';
  try {
    const manifest = await buildReport(
      task.file,
      async (input) => (folder = await claimFolder(task, input)),
      {
        draft: task.draft,
        withFindings: task.withFindings,
        allowMissingGlyphs: task.allowMissingGlyphs,
        onFindings: (findings) => {
          seen = findings;
          gateBuild(findings, { force: task.force });
        },
      },
    );
    const errors = seen.filter((f) => f.level === 'error').length;
    const pages = manifest.files.find((f) => f.kind === 'combined')?.pages ?? 0;
    return { file: task.file, ok: true, folder, files: manifest.files.length, pages, errors, warnings: seen.length - errors };
  } catch (e) {
    return { file: task.file, ok: false, ...reason(e) };
  }
}

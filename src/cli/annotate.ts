import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { cellOf, inputFormat } from '../load/index.js';
import { annotateWorkbook } from '../workbook/annotate.js';
import type { ComputedCell } from '../workbook/computedCells.js';
import { workbookWording } from '../workbook/wording.js';
import { writeAllAtomically } from '../write/atomic.js';
import { CLI_MESSAGES } from './messages.js';

/** Where the annotated copy goes: -o, else beside the input as "<name>-检查结果.xlsx" (never over the input). */
export function annotatedPath(file: string, out?: string): string {
  if (inputFormat(file) !== 'xlsx') throw new UserError(CLI_MESSAGES.check.annotateXlsxOnly, [], EXIT.usage);
  const target = out ?? join(dirname(file), `${basename(file, extname(file))}${workbookWording().annotation.fileSuffix}.xlsx`);
  if (extname(target).toLowerCase() !== '.xlsx') throw new UserError(CLI_MESSAGES.check.annotateOutXlsx(target), [], EXIT.usage);
  return target;
}

/** jixiao check --annotate: a copy of the workbook with each finding marked at its cell. Returns how many were marked. */
export async function writeAnnotated(file: string, target: string, findings: readonly Finding[], computed: readonly ComputedCell[] = []): Promise<number> {
  const marks = findings.flatMap((finding) => {
    const at = cellOf(finding);
    return at ? [{ ...at, finding }] : [];
  });
  const bytes = await annotateWorkbook(await readFile(file), marks, computed);
  await writeAllAtomically(dirname(target), [{ name: basename(target), bytes }]);
  return marks.length;
}

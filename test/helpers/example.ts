import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, type Finding } from '../../src/diagnostics/finding.js';
import { parseReportInput } from '../../src/model/parse.js';
import type { ReportInput } from '../../src/model/schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE_PATH = join(ROOT, 'fixtures', 'hengyang-investment-2022.json');

/** The bundled example as plain data: a fresh deep copy each call, safe to mutate. */
export function exampleData(): any {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
}

export function exampleInput(): ReportInput {
  return parseReportInput(exampleData());
}

/** What the model refuses of `data`, every finding at once; none when it reads. */
export function modelFindings(data: unknown): Finding[] {
  try {
    parseReportInput(data);
    return [];
  } catch (e) {
    if (e instanceof UserError) return e.findings;
    throw e;
  }
}

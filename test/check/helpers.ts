import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runChecks } from '../../src/check/index.js';
import { deriveFigures } from '../../src/derive/index.js';
import type { Finding, UserError } from '../../src/diagnostics/finding.js';
import { editedTemplateFiles } from '../helpers/templates.js';
import { parseReportInput } from '../../src/model/parse.js';

export const FIXTURE = fileURLToPath(new URL('../../fixtures/hengyang-investment-2022.json', import.meta.url));

/** The bundled example as plain data, a fresh deep copy each call (tests mutate it). */
export function example(): any {
  return JSON.parse(readFileSync(FIXTURE, 'utf8'));
}

/**
 * The example with the seed's inconsistencies repaired, so that one mutation shows one rule firing.
 * Each repair keeps the other figures consistent (a moved amount is taken from a sibling row).
 */
export function clean(): any {
  const raw = example();
  const b = raw.basicData;
  b.staffing.controlRate = '80%';
  b.projectExpenditure.total.budget = 22.5;
  // 公务接待 (三公) fits in the 公务接待费、邮电费 row; 其他商品和服务支出 gives up the difference.
  b.publicFunds.receptionPostal.budget = 13.5;
  b.publicFunds.otherGoodsServices.budget = 14.22;
  b.publicFunds.receptionPostal.actual = 8.92;
  b.publicFunds.otherGoodsServices.actual = 19.58;
  // 按支出性质分 on the budget basis of 资金总额.
  raw.departmentEvaluation.funds.byExpense = { basic: 482.55, project: 22.5 };
  raw.departmentEvaluation.duties[5] = raw.narrative.functions.items[5];
  raw.departmentEvaluation.indicators[4].actual = { value: 200, unit: '人次' };
  raw.narrative.closingUnitName = raw.unit.name;
  raw.narrative.projectUse = '联络湖南异地商会工作和招商引资工作';
  return raw;
}

export function check(raw: unknown): Finding[] {
  const input = parseReportInput(raw);
  return runChecks(input, deriveFigures(input));
}

/** Findings of one rule. */
export function findingsOf(raw: unknown, id: string): Finding[] {
  return check(raw).filter((f) => f.id === id);
}

/** Runs the CLI in-process; captures stdout and stderr, and leaves process.exitCode as it found it. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
  const saved = process.exitCode;
  try {
    process.exitCode = undefined;
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = saved;
  }
}

/** Puts JIXIAO_TEMPLATES back as the test file found it after each test (call at the top of a file that edits it). */
export function restoreTemplatesAfterEach(): void {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });
}

/**
 * A copy of the templates with files edited (each edit must change its file); JIXIAO_TEMPLATES points at it. Templates
 * are looked at again on the next turn of the event loop (src/resources.ts), as after each command: resolved after it.
 */
export async function useEditedTemplates(edits: Record<string, (text: string) => string>): Promise<void> {
  process.env.JIXIAO_TEMPLATES = editedTemplateFiles(edits);
  await new Promise((resolve) => setTimeout(resolve));
}

/** The refusals loading the templates in use gives, as [key, message]. */
export function templateRefusals(): [string, string][] {
  try {
    check(clean());
  } catch (e) {
    return (e as UserError).findings.map((f) => [f.path, f.message]);
  }
  return expect.unreachable() as never;
}

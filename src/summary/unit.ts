import type { DerivedFigures } from '../derive/index.js';
import { D, sum } from '../derive/index.js';
import type { Finding } from '../diagnostics/finding.js';
import type { Decimal } from 'decimal.js';
import type { PreparedProfileReport, Profile } from '../forms/index.js';
import type { ProfileScope } from '../forms/definition.js';
import { hunanProfile } from '../forms/hunan2022.js';
import type { FormFigures } from '../forms/derive.js';
import { asDecimal } from '../forms/cells.js';
import type { ReportInput } from '../model/schema.js';
import { mapList } from '../mapList.js';

/**
 * What became of one input of a batch: 已生成 built, 强制生成 forced (--force despite errors), 有错误未生成 blocked,
 * 生成失败 failed (read, but not written: a duplicate unit, an internal error), 读入失败 unreadable; for `check`:
 * 检查通过 passed, 有错误 errors.
 */
export type UnitStatus = 'built' | 'forced' | 'blocked' | 'failed' | 'unreadable' | 'passed' | 'errors';

/** One finding as the summaries print it. */
export interface FindingRow {
  id: string;
  level: 'error' | 'warning';
  where: string;
  message: string;
  expected?: string;
  actual?: string;
}

/**
 * One unit's line of the batch summary. Plain data (it crosses from worker threads): exact figures travel as
 * decimal strings, absent when the input did not get as far as the derive stage.
 */
export interface UnitSummary {
  file: string;
  unit?: string;
  year?: number;
  /** The profile's id, its Chinese name (the 表式 a clerk reads) and what it reports on. */
  profile?: string;
  profileName?: string;
  scope?: ProfileScope;
  /** 资金总额 (万元) */
  budget?: string;
  /** 执行数 (万元) */
  executed?: string;
  /** 执行率, in percent */
  rate?: string;
  /** 自评得分: 执行率得分 + Σ 指标得分 */
  score?: string;
  grade?: string;
  /** The report date, the latest of which dates the summaries (never the clock). */
  reportDate?: string;
  errors: number;
  warnings: number;
  status: UnitStatus;
  /** The unit's sub-folder under the batch's output folder, when something was written. */
  folder?: string;
  findings: FindingRow[];
}

function profileFields(profile: Profile): Pick<UnitSummary, 'profile' | 'profileName' | 'scope'> {
  return { profile: profile.id, profileName: profile.name, scope: profile.scope };
}

export function findingRows(findings: readonly Finding[]): FindingRow[] {
  return mapList(findings, (f) => ({ id: f.id, level: f.level, where: f.where, message: f.message, expected: f.expected, actual: f.actual }));
}

/** The unit's figures from the derive stage, as exact decimal strings. */
export function unitFigures(input: ReportInput, figures: DerivedFigures): Pick<UnitSummary, 'unit' | 'year' | 'profile' | 'profileName' | 'scope' | 'budget' | 'executed' | 'rate' | 'score' | 'grade' | 'reportDate'> {
  const d = figures.department;
  const executed = input.departmentEvaluation.funds.executed;
  return {
    unit: input.unit.name,
    year: input.year,
    ...profileFields(hunanProfile()),
    budget: d.fundsTotal.value?.toString(),
    executed: executed === undefined ? undefined : new D(executed).toString(),
    rate: d.executionRate.value?.toString(),
    score: d.overall.score.toString(),
    grade: d.overall.grade,
    reportDate: input.reportDate,
  };
}

/**
 * A unit of another profile: its name, year and profile, and the figures its profile's `summary` names. A document
 * printed per item (one per project) adds its copies' 资金总额 and 执行数; its 自评得分 is a project's, so it is
 * shown only when there is one project.
 */
export function profileUnitFields(p: PreparedProfileReport): Pick<UnitSummary, 'unit' | 'year' | 'profile' | 'profileName' | 'scope' | 'reportDate' | 'budget' | 'executed' | 'rate' | 'score' | 'grade'> {
  const { profile, input } = p;
  const year = Number(input.year);
  return {
    unit: String(input.unit ?? ''),
    ...(Number.isInteger(year) ? { year } : {}),
    ...profileFields(profile),
    ...(typeof input.reportDate === 'string' ? { reportDate: input.reportDate } : {}),
    ...summaryFigures(p),
  };
}

function summaryFigures({ profile, forms }: PreparedProfileReport): Pick<UnitSummary, 'budget' | 'executed' | 'rate' | 'score' | 'grade'> {
  const summary = profile.summary;
  const docIndex = summary ? profile.documents.findIndex((d) => d.id === summary.document) : -1;
  const copies = forms.filter((f) => f.docIndex === docIndex);
  if (!summary || !copies.length) return {};
  const added = (ref: string | undefined) => {
    const values = ref === undefined ? [] : mapList(copies, (f) => cellValue(f.figures, ref));
    return values.length && values.every((v) => v !== undefined) ? sum(values as Decimal[]) : undefined;
  };
  const budget = added(summary.budget);
  const executed = added(summary.executed);
  const score = copies.length === 1 && summary.score !== undefined ? cellValue(copies[0].figures, summary.score) : undefined;
  return {
    ...(budget ? { budget: budget.toString() } : {}),
    ...(executed ? { executed: executed.toString() } : {}),
    ...(budget && executed && !budget.isZero() ? { rate: executed.div(budget).times(100).toString() } : {}),
    ...(score ? { score: score.toString(), ...(copies[0].figures.grade ? { grade: copies[0].figures.grade } : {}) } : {}),
  };
}

/** A summary cell of one copy (src/forms/summaryCheck.ts): a field, 部分.行.列 of a matrix, or 部分.total.列 of a list. */
function cellValue(figures: FormFigures, ref: string): Decimal | undefined {
  const [a, b, c] = ref.split('.');
  const cell = b === undefined ? figures.fields[a] : (figures.matrices[a]?.[b]?.[c] ?? (b === 'total' ? figures.totals[a]?.[c] : undefined));
  return asDecimal(cell?.value);
}

/** A unit's summary from what its worker saw. */
export function summarizeUnit(
  file: string,
  status: UnitStatus,
  seen: { input?: ReportInput; figures?: DerivedFigures; profiled?: PreparedProfileReport; findings: readonly Finding[]; folder?: string },
): UnitSummary {
  const errors = seen.findings.filter((f) => f.level === 'error').length;
  return {
    file,
    ...(seen.input && seen.figures ? unitFigures(seen.input, seen.figures) : seen.profiled ? profileUnitFields(seen.profiled) : {}),
    errors,
    warnings: seen.findings.length - errors,
    status,
    ...(seen.folder ? { folder: seen.folder } : {}),
    findings: findingRows(seen.findings),
  };
}

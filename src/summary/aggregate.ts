import { D, sum } from '../derive/index.js';
import { MESSAGES } from '../check/messages.js';
import { FORM_MESSAGES } from '../forms/messages.js';
import type { UnitStatus, UnitSummary } from './unit.js';
import { mapList } from '../mapList.js';

/** How often one rule fired across the batch. */
export interface RuleCount {
  id: string;
  level: 'error' | 'warning';
  /** The rule's one-line title, or the first message where the finding comes from reading the file. */
  title: string;
  /** Units with at least one such finding. */
  units: number;
  /** Findings in all. */
  count: number;
}

export interface BatchTotals {
  units: number;
  readable: number;
  built: number;
  forced: number;
  blocked: number;
  failed: number;
  unreadable: number;
  passed: number;
  withErrors: number;
  withWarnings: number;
  errors: number;
  warnings: number;
  /** Σ 资金总额 and Σ 执行数 of the units that have both, and the rate they give (percent). */
  budget?: string;
  executed?: string;
  rate?: string;
  meanScore?: string;
}

/**
 * What the batch's readable units report on, from their profiles' `scope`: all 部门整体, all 项目支出, both, or
 * nothing read; the summaries' title follows it (templates/summary.yaml report.title).
 */
export type BatchScope = 'department' | 'project' | 'mixed' | 'none';

/** The whole batch, in the order the summaries print it. */
export interface BatchOverview {
  mode: 'build' | 'check';
  totals: BatchTotals;
  /** Sorted by status, then score (highest first), then unit and file. */
  units: UnitSummary[];
  /** Sorted by units affected, then findings, then id. */
  rules: RuleCount[];
  /** The latest report date of the batch: the summaries' own date, so that the same inputs give the same bytes. */
  date: string;
  years: number[];
  scope: BatchScope;
}

/** The order of statuses in the unit table: what needs the bureau's attention comes first. */
const STATUS_ORDER: UnitStatus[] = ['unreadable', 'failed', 'blocked', 'errors', 'forced', 'built', 'passed'];

/** When no input could be read, the summaries still need a date: a fixed one, never the clock. */
const NO_DATE = '2000-01-01';

function byStatusThenScore(a: UnitSummary, b: UnitSummary): number {
  const status = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (status) return status;
  const score = new D(b.score ?? -1).comparedTo(new D(a.score ?? -1));
  if (score) return score;
  return (a.unit ?? '').localeCompare(b.unit ?? '', 'zh') || a.file.localeCompare(b.file);
}

/** The form engine's findings (every profile but hunan-2022) have their titles in their own catalog. */
const TITLES: Record<string, { title: string } | undefined> = { ...FORM_MESSAGES, ...MESSAGES };

function titleOf(id: string, message: string): string {
  return TITLES[id]?.title ?? message.split('\n')[0];
}

export function countRules(units: readonly UnitSummary[]): RuleCount[] {
  const rules = new Map<string, RuleCount>();
  for (const u of units) {
    const seen = new Set<string>();
    for (const f of u.findings) {
      const r = rules.get(f.id) ?? { id: f.id, level: f.level, title: titleOf(f.id, f.message), units: 0, count: 0 };
      r.count++;
      if (!seen.has(f.id)) r.units++;
      seen.add(f.id);
      rules.set(f.id, r);
    }
  }
  return [...rules.values()].sort((a, b) => b.units - a.units || b.count - a.count || a.id.localeCompare(b.id));
}

function totalsOf(units: readonly UnitSummary[]): BatchTotals {
  const n = (s: UnitStatus) => units.filter((u) => u.status === s).length;
  const funded = units.filter((u) => u.budget !== undefined && u.executed !== undefined);
  const budget = sum(mapList(funded, (u) => new D(u.budget!)));
  const executed = sum(mapList(funded, (u) => new D(u.executed!)));
  const scored = units.filter((u) => u.score !== undefined);
  const scores = sum(mapList(scored, (u) => new D(u.score!)));
  return {
    units: units.length,
    readable: units.length - n('unreadable'),
    built: n('built') + n('forced'),
    forced: n('forced'),
    blocked: n('blocked'),
    failed: n('failed'),
    unreadable: n('unreadable'),
    passed: n('passed'),
    withErrors: units.filter((u) => u.errors > 0).length,
    withWarnings: units.filter((u) => u.warnings > 0).length,
    errors: units.reduce((a, u) => a + u.errors, 0),
    warnings: units.reduce((a, u) => a + u.warnings, 0),
    budget: budget?.toString(),
    executed: executed?.toString(),
    rate: budget && executed && !budget.isZero() ? executed.div(budget).times(100).toString() : undefined,
    meanScore: scores ? scores.div(scored.length).toString() : undefined,
  };
}

function scopeOf(units: readonly UnitSummary[]): BatchScope {
  const scopes = new Set(units.flatMap((u) => (u.scope ? [u.scope] : [])));
  return scopes.size > 1 ? 'mixed' : ([...scopes][0] ?? 'none');
}

/** Everything the summaries say about a batch, from the units' own summaries alone. */
export function overviewOf(mode: 'build' | 'check', units: readonly UnitSummary[]): BatchOverview {
  const dates = mapList(units, (u) => u.reportDate).filter((d): d is string => !!d).sort();
  return {
    mode,
    totals: totalsOf(units),
    units: [...units].sort(byStatusThenScore),
    rules: countRules(units),
    date: dates.at(-1) ?? NO_DATE,
    years: [...new Set(mapList(units, (u) => u.year).filter((y): y is number => y !== undefined))].sort(),
    scope: scopeOf(units),
  };
}

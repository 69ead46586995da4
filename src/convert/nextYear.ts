// 下一年度的起点: last year's input made into this year's. Works on the raw data (as loaded from .xlsx/.yaml/.json),
// so that what the clerk typed (texts, lists, targets) carries over exactly as typed.

import { NEXT_YEAR_MESSAGES } from './messages.js';

type Data = Record<string, unknown>;
type Path = (string | number)[];

export interface NextYear {
  data: Data;
  /** Fields emptied because they are measured anew each year (执行数, 实际完成值, 得分 …), as paths. */
  cleared: Path[];
  /** Texts that still name last year ("2022年"), as paths: the clerk rewrites or confirms them. */
  oldYearTexts: Path[];
}

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown) => v !== undefined && v !== null && v !== '';

/** A 基础数据表 money row: (Y−1)年决算数 | Y年预算数 | Y年决算数. */
const MONEY_COLUMNS = ['previousActual', 'budget', 'actual'];
const isMoneyRow = (v: unknown): v is Data => isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => MONEY_COLUMNS.includes(k));

// Per form, what is measured anew; everything else (names, texts, duties, targets, 分值) carries over.
const PROJECT_FUND_MEASURED = ['initialBudget', 'budget', 'executed', 'executionRate', 'score'];
const INDICATOR_MEASURED = ['actual', 'score', 'deviation'];
const DEPARTMENT_FUND_MEASURED = ['total', 'executed', 'executionRate', 'score'];

class Roller {
  readonly cleared: Path[] = [];

  /** Empties `keys` of `o` (kept as blanks, so that a YAML or JSON file still shows where to fill). */
  clear(o: unknown, keys: string[], at: Path): void {
    if (!isObject(o)) return;
    for (const k of keys) {
      if (!(k in o)) continue;
      if (filled(o[k])) this.cleared.push([...at, k]);
      o[k] = null;
    }
  }

  /** Every leaf under `o` emptied (the narrative's figures: all of this year's accounts). */
  clearAll(o: unknown, at: Path): void {
    if (!isObject(o)) return;
    for (const [k, v] of Object.entries(o)) {
      if (isObject(v)) this.clearAll(v, [...at, k]);
      else this.clear(o, [k], at);
    }
  }

  /** 本年决算数 becomes 上年决算数; this year's budget and accounts are blank, in every money row below `o`. */
  shiftMoney(o: unknown, at: Path): void {
    if (Array.isArray(o)) o.forEach((v, i) => this.shiftMoney(v, [...at, i]));
    if (!isObject(o)) return;
    if (isMoneyRow(o)) {
      o.previousActual = filled(o.actual) ? o.actual : null;
      this.clear(o, ['budget', 'actual'], at);
      return;
    }
    for (const [k, v] of Object.entries(o)) this.shiftMoney(v, [...at, k]);
  }

  indicators(list: unknown, at: Path): void {
    if (Array.isArray(list)) list.forEach((ind, i) => this.clear(ind, INDICATOR_MEASURED, [...at, i]));
  }
}

/** "2023-03-22" a year on; anything else as it was (the check then names it). */
function nextYearDate(v: unknown): unknown {
  const m = typeof v === 'string' ? /^(\d{4})(-\d{2}-\d{2})$/.exec(v.trim()) : null;
  if (!m) return v;
  const date = `${Number(m[1]) + 1}${m[2]}`;
  // 29 February has no day a year on: the last day of February.
  return date.endsWith('-02-29') ? date.replace(/-29$/, '-28') : date;
}

/** Texts anywhere in `o` that name `year` ("2022年", "2022 年度"). */
function textsNaming(o: unknown, year: number, at: Path = []): Path[] {
  if (typeof o === 'string') return NEXT_YEAR_MESSAGES.namesYear(year).test(o) ? [at] : [];
  if (Array.isArray(o)) return o.flatMap((v, i) => textsNaming(v, year, [...at, i]));
  if (isObject(o)) return Object.entries(o).flatMap(([k, v]) => textsNaming(v, year, [...at, k]));
  return [];
}

/** Next year's input from last year's (hunan-2022 forms): a new object; `last` is left as it was. */
export function nextYearInput(last: Data): NextYear {
  const data = structuredClone(last);
  const r = new Roller();
  const year = typeof data.year === 'number' ? data.year : Number(data.year);
  if (Number.isInteger(year)) data.year = year + 1;
  data.reportDate = nextYearDate(data.reportDate);
  data.formDate = nextYearDate(data.formDate);
  delete data.$schema;

  const basic = data.basicData;
  if (isObject(basic)) {
    r.clear(basic.staffing, ['actual', 'controlRate'], ['basicData', 'staffing']);
    for (const [k, v] of Object.entries(basic)) if (k !== 'staffing') r.shiftMoney(v, ['basicData', k]);
  }
  const narrative = data.narrative;
  if (isObject(narrative)) r.clearAll(narrative.figures, ['narrative', 'figures']);

  const dept = data.departmentEvaluation;
  if (isObject(dept) && isObject(dept.funds)) {
    const at = ['departmentEvaluation', 'funds'];
    r.clear(dept.funds, DEPARTMENT_FUND_MEASURED, at);
    for (const part of ['byIncome', 'byExpense']) r.clearAll(dept.funds[part], [...at, part]);
  }
  if (isObject(dept)) {
    r.indicators(dept.indicators, ['departmentEvaluation', 'indicators']);
    r.clear(dept.total, ['score'], ['departmentEvaluation', 'total']);
  }

  const projects = Array.isArray(data.projectEvaluations) ? data.projectEvaluations : [];
  projects.forEach((p, i) => {
    if (!isObject(p)) return;
    const at: Path = ['projectEvaluations', i];
    if (isObject(p.funds)) for (const [row, v] of Object.entries(p.funds)) r.clear(v, PROJECT_FUND_MEASURED, [...at, 'funds', row]);
    r.clear(p.goals, ['achieved'], [...at, 'goals']);
    r.indicators(p.indicators, [...at, 'indicators']);
    r.clear(p.total, ['score'], [...at, 'total']);
  });

  return { data, cleared: r.cleared, oldYearTexts: Number.isInteger(year) ? textsNaming(data, year) : [] };
}

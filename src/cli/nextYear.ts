import { writeInputFile, FORMAT_NAMES } from '../convert/files.js';
import { NEXT_YEAR_MESSAGES as M } from '../convert/messages.js';
import { nextYearInput } from '../convert/nextYear.js';
import { stripControls } from '../diagnostics/controls.js';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { countSummary } from '../diagnostics/print.js';
import { loadInput } from '../load/index.js';
import { describePath } from '../model/paths.js';
import { checkFile } from '../pipeline.js';
import { engineProfileOf } from '../profileReport.js';
import { mapList } from '../mapList.js';

/** `jixiao init --next-year <last year's file> -o <file>`: writes next year's input, then says what is left to fill. */
export async function initNextYear(from: string, out: string, force: boolean | undefined): Promise<void> {
  const last = await loadInput(from);
  if (engineProfileOf(last)) {
    throw new UserError(M.engineProfile, [], EXIT.usage);
  }
  if (typeof last !== 'object' || last === null || Array.isArray(last)) throw new UserError(M.notAnInput(from));
  const { data, cleared, oldYearTexts } = nextYearInput(last as Record<string, unknown>);
  const format = await writeInputFile(out, data, { force });
  const lastYear = (last as { year?: unknown }).year;
  const lines = [M.written({ from, lastYear, year: data.year, format: FORMAT_NAMES[format], out }), M.carried];
  if (cleared.length) {
    lines.push(M.toFill(cleared.length));
    for (const line of grouped(cleared)) lines.push(`  ${line}`);
  }
  if (oldYearTexts.length) {
    lines.push(M.oldYear(lastYear, oldYearTexts.length));
    for (const p of oldYearTexts) lines.push(`  ${describePath(p)}`);
  }
  lines.push(M.checked(await checkSummary(out), out));
  process.stdout.write(`${stripControls(lines.join('\n'), { keepNewlines: true })}\n`);
}

type Path = (string | number)[];

/**
 * The cleared fields a line a row: "基础数据表 › 公用经费 › 办公经费：本年预算数、本年决算数", and rows of a list
 * cleared alike in one line: "部门整体支出绩效目标自评表 › 绩效指标[1–12]：实际完成值、得分".
 */
function grouped(paths: Path[]): string[] {
  const rows = new Map<string, { parent: Path; leaves: string[] }>();
  for (const p of paths) {
    const parent = p.slice(0, -1);
    const key = JSON.stringify(parent);
    const row = rows.get(key) ?? { parent, leaves: [] };
    row.leaves.push(describePath(p).split(' › ').pop()!);
    rows.set(key, row);
  }
  const lists = new Map<string, { list: Path; leaves: string[]; items: number[] } | { line: string }>();
  for (const { parent, leaves } of rows.values()) {
    const last = parent.at(-1);
    if (typeof last !== 'number') {
      lists.set(JSON.stringify(parent), { line: `${describePath(parent)}：${leaves.join('、')}` });
      continue;
    }
    const list = parent.slice(0, -1);
    const key = JSON.stringify([list, leaves]);
    const entry = lists.get(key);
    if (entry && 'items' in entry) entry.items.push(last);
    else lists.set(key, { list, leaves, items: [last] });
  }
  return mapList([...lists.values()], (e) => ('line' in e ? e.line : `${describePath(e.list)}[${itemRange(e.items)}]：${e.leaves.join('、')}`));
}

/** 0-based items as the forms count them: "1–12", or "1、3、5" when not a run. */
function itemRange(items: number[]): string {
  const run = items.every((n, i) => i === 0 || n === items[i - 1] + 1);
  return run && items.length > 1 ? `${items[0] + 1}–${items.at(-1)! + 1}` : mapList(items, (n) => n + 1).join('、');
}

/** The new file's findings in a line: blanks left to fill are expected here, not a failure of this command. */
async function checkSummary(file: string): Promise<string> {
  let findings: Finding[];
  try {
    findings = await checkFile(file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    findings = e.findings;
  }
  return countSummary(findings);
}

import ExcelJS from 'exceljs';
import type { Finding } from '../diagnostics/finding.js';
import type { ComputedCell } from './computedCells.js';
import { workbookWording } from './wording.js';
import { mapList } from '../mapList.js';

/** A finding at its cell: the sheet, the cell reference ("C8"), the finding. */
export interface CellFinding {
  sheet: string;
  cell: string;
  finding: Finding;
}

const FILLS: Record<Finding['level'], ExcelJS.Fill> = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF9999' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCC66' } },
};

/** The cell comment of the findings at one cell: each message with its 应为 and 建议. */
function noteText(findings: Finding[]): string {
  const w = workbookWording().annotation;
  return mapList(findings, (f) => [`${w.levels[f.level]}${f.message}`, f.expected === undefined ? '' : `${w.expected}${f.expected}`, f.hint ? `${w.hint}${f.hint}` : ''].filter(Boolean).join('\n'))
    .join('\n\n');
}

/**
 * The workbook as the clerk filled it, with each finding's cell marked: red (error) or orange (warning) fill and
 * a comment with the message and 应为, so that the mistakes can be fixed from the workbook alone; and each blank
 * computed cell with a comment giving the value the tool computed for it. Returns the bytes.
 */
export async function annotateWorkbook(bytes: Buffer, marks: readonly CellFinding[], computed: readonly ComputedCell[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const byCell = new Map<string, CellFinding[]>();
  for (const m of marks) byCell.set(`${m.sheet}!${m.cell}`, [...(byCell.get(`${m.sheet}!${m.cell}`) ?? []), m]);
  for (const group of byCell.values()) {
    const ws = wb.getWorksheet(group[0].sheet);
    if (!ws) continue;
    const cell = ws.getCell(group[0].cell);
    const findings = mapList(group, (g) => g.finding);
    cell.fill = FILLS[findings.some((f) => f.level === 'error') ? 'error' : 'warning'];
    cell.note = { texts: [{ text: noteText(findings) }] };
  }
  // A blank computed cell: its comment says what the tool worked out (below any finding's words).
  for (const c of computed) {
    const cell = wb.getWorksheet(c.sheet)?.getCell(c.cell);
    if (!cell || (cell.value !== null && cell.value !== undefined && cell.value !== '')) continue;
    const line = `${workbookWording().annotation.computed}${c.text}`;
    const before = byCell.has(`${c.sheet}!${c.cell}`) ? `${noteText(mapList(byCell.get(`${c.sheet}!${c.cell}`)!, (g) => g.finding))}\n\n` : '';
    cell.note = { texts: [{ text: `${before}${line}` }] };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

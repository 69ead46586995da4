/**
 * The bad-input table's cases for the budgets and the loaders' refusals: each makes its input file and says how the
 * build must refuse it. The matching "just under" inputs are in budgets.test.ts.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { BUDGETS } from '../../src/budgets.js';
import { reportSize } from '../../src/check/input/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { writeWorkbook } from '../../src/workbook/write.js';
import { exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

/** Makes the case's input file in a fresh folder and returns its path. */
export type Prepare = () => string | Promise<string>;

const dir = () => tempDir('jixiao-budget-');

/** The example, changed by `edit`, written as JSON; returns its path. */
export function exampleFile(edit: (d: any) => void, name = 'input.json'): string {
  const data = exampleData();
  edit(data);
  const file = join(dir(), name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** The example with its seal image at `make(folder)`. */
const withSeal = (make: (folder: string) => string): Prepare => () => {
  const folder = dir();
  const seal = make(folder);
  const file = join(folder, 'input.json');
  const data = exampleData();
  data.contacts.images = { seal };
  writeFileSync(file, JSON.stringify(data));
  return file;
};

/** A PNG made of its chunks; `width` × `height` as declared, the pixel data only as long as `rows` gives. */
export function pngFile(folder: string, width: number, height: number, rows: Buffer): string {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // CRC unchecked by the header test
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const file = join(folder, 'seal.png');
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync(file, Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
  return file;
}

const fifo = (folder: string, name: string) => {
  const path = join(folder, name);
  execFileSync('mkfifo', [path]);
  return path;
};

const linkToZero = (folder: string, name: string) => {
  const path = join(folder, name);
  symlinkSync('/dev/zero', path);
  return path;
};

/** The example as a workbook, changed by `edit` as a clerk (or another program) would. */
const workbook = (edit: (wb: ExcelJS.Workbook) => void): Prepare => async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(exampleData())) as unknown as ArrayBuffer);
  edit(wb);
  const file = join(dir(), 'input.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
};

/** n copies of the example's first project, each named apart. */
export const projects = (n: number) => (d: any) => {
  const p = d.projectEvaluations[0];
  d.projectEvaluations = Array.from({ length: n }, (_, i) => ({ ...structuredClone(p), name: `${p.name}${i + 1}` }));
};

/** The department's and the projects' indicator rows made `n` in all (no list over its 500 rows). */
export const indicators = (n: number) => (d: any) => {
  const copy = (list: any[], k: number) => Array.from({ length: k }, (_, i) => structuredClone(list[i % list.length]));
  const department = Math.min(500, n);
  d.departmentEvaluation.indicators = copy(d.departmentEvaluation.indicators, department);
  const p = d.projectEvaluations[0];
  d.projectEvaluations = [];
  for (let left = n - department; left > 0; left -= 500) {
    d.projectEvaluations.push({ ...structuredClone(p), name: `${p.name}${d.projectEvaluations.length + 1}`, indicators: copy(p.indicators, Math.min(500, left)) });
  }
};

/**
 * The example with text added by `fill` (narrative paragraphs, or form cells) so that the report set's estimated
 * pages are exactly `pages`, counted on the example itself.
 */
export function atPages(pages: number, where: 'narrative' | 'forms' = 'narrative'): (d: any) => void {
  const fill = where === 'narrative' ? paragraphs : indicatorNames;
  const size = (chars: number) => {
    const d = exampleData();
    fill(chars)(d);
    return reportSize(parseReportInput(d));
  };
  // The most characters that still fit on `pages` pages: the estimate only grows with the text, so a binary search.
  let low = 1;
  let high = 400_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(mid).pages <= pages) low = mid;
    else high = mid - 1;
  }
  const chars = low;
  if (size(chars).pages !== pages || size(chars + 1).pages !== pages + 1) throw new Error('the page estimate does not reach exactly that many pages');
  return fill(chars);
}

/** The department's indicator names (a narrow column) made `chars` characters in all, up to 19,000 each. */
export const indicatorNames = (chars: number) => (d: any) => {
  const sentence = '本单位认真落实预算绩效管理要求加强资金监管提高资金使用效益';
  d.departmentEvaluation.indicators.forEach((indicator: any, i: number) => {
    const n = Math.max(1, Math.min(19_000, chars - i * 19_000));
    indicator.name = sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
  });
};

/** Paragraphs of `chars` characters in all, as 下一步改进措施 of up to 20,000 characters each. */
export const paragraphs = (chars: number) => (d: any) => {
  const sentence = '本单位认真落实预算绩效管理要求，加强资金监管，提高资金使用效益。';
  const items: string[] = [];
  for (let left = chars; left > 0; left -= 20_000) items.push(sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, Math.min(20_000, left)));
  d.narrative.improvements = items;
};

const json = (edit: (d: any) => void): Prepare => () => exampleFile(edit);
const text = (content: string | Buffer, name: string): Prepare => () => {
  const file = join(dir(), name);
  writeFileSync(file, content);
  return file;
};

const deep = (n: number) => `{"year": ${'['.repeat(n)}${']'.repeat(n)}}`;
const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
// 单位 in GBK: what Notepad saves on a Chinese Windows unless told otherwise.
const gbk = Buffer.concat([Buffer.from('{"unit": {"name": "'), Buffer.from([0xb5, 0xa5, 0xce, 0xbb]), Buffer.from('"}}')]);

export interface BudgetCase {
  name: string;
  input: Prepare;
  code: number;
  message: string;
  where?: string;
  maxMs?: number;
}

export const BUDGET_CASES: BudgetCase[] = [
  // ——— the input file itself ———
  { name: 'a named pipe as the input', input: () => fifo(dir(), 'input.json'), code: 1, message: '不是普通文件', maxMs: 3000 },
  { name: 'a link to /dev/zero as the input', input: () => linkToZero(dir(), 'input.json'), code: 1, message: '不是普通文件', maxMs: 3000 },
  {
    name: 'a folder named like an input (read as a batch folder, which holds no input)',
    input: () => {
      const folder = join(dir(), 'input.json');
      mkdirSync(folder);
      return folder;
    },
    code: 1,
    message: '中没有输入文件',
  },
  { name: 'a GBK-encoded file', input: text(gbk, 'input.json'), code: 1, message: '文件不是 UTF-8 编码，请另存为 UTF-8' },
  { name: 'a JSON key given twice', input: text('{\n  "year": 2022,\n  "year": 2023\n}\n', 'input.json'), code: 1, message: '重复的字段名“year”', where: '第 3 行' },
  { name: '100,000-deep JSON arrays', input: text(deep(100_000), 'input.json'), code: 1, message: '嵌套超过 64 层', maxMs: 3000 },
  { name: 'a YAML !!js/function tag', input: text('year: !!js/function "function () {}"\n', 'input.yaml'), code: 1, message: '不认识的类型标记', where: '第 1 行' },
  { name: 'a custom YAML tag', input: text('year: 2022\nunit: !custom { name: 甲 }\n', 'input.yaml'), code: 1, message: '不认识的类型标记', where: '第 2 行' },
  { name: 'a YAML alias bomb', input: text(aliasBomb, 'input.yaml'), code: 1, message: '别名炸弹', maxMs: 3000 },
  // The YAML parser descends until the stack runs out: under a second on an idle machine, seconds on a busy one.
  { name: '100,000-deep YAML', input: text(`year: ${deep(100_000)}\n`, 'input.yaml'), code: 1, message: '嵌套的层数太多', maxMs: 15_000 },
  // ——— values ———
  { name: 'an amount "17,5" (a comma misplaced)', input: json((d) => (d.basicData.publicFunds.office.actual = '17,5')), code: 1, message: '逗号只能作千分位分隔符', where: '办公经费 › 本年决算数' },
  { name: 'an amount "5,05.05"', input: json((d) => (d.departmentEvaluation.funds.executed = '5,05.05')), code: 1, message: '逗号只能作千分位分隔符', where: '执行数' },
  { name: 'a NUL byte in the unit name', input: json((d) => (d.unit.name += '\u0000')), code: 1, message: '控制字符 U+0000', where: '单位名称' },
  { name: 'a terminal escape sequence in a project name', input: json((d) => (d.projectEvaluations[0].name = '\u001b[2J\u001b]0;x\u0007项目')), code: 1, message: '控制字符 U+001B', where: '项目名称' },
  { name: 'a terminal escape sequence in a field name', input: json((d) => (d['\u001b[2J\u001b[31mred'] = 1)), code: 1, message: '未知字段“<U+001B>[2J<U+001B>[31mred”' },
  { name: 'a raw escape byte in a JSON string (the excerpt shows U+FFFD)', input: text('{"year": 2022,\n "unit": {"name": "\u001b[31m甲"}}', 'input.json'), code: 1, message: '"name": "\uFFFD[31m甲"', where: '第 2 行' },
  { name: 'a right-to-left override in the unit name', input: json((d) => (d.unit.name = `甲\u202Efdp.exe`)), code: 1, message: '控制字符 U+202E', where: '单位名称' },
  { name: 'a line break in the unit name', input: json((d) => (d.unit.name = '衡阳市\n投资促进事务中心')), code: 1, message: '应写在一行内', where: '单位名称' },
  // ——— images ———
  { name: 'a seal that is a JPEG', input: withSeal((f) => (writeFileSync(join(f, 'seal.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array(60).fill(0)])), join(f, 'seal.png'))), code: 1, message: '是 JPEG 图片，不是 PNG 图片' },
  { name: 'a seal declaring 16000 × 16000 pixels', input: withSeal((f) => pngFile(f, 16_000, 16_000, Buffer.alloc(64_001))), code: 1, message: '16000 × 16000 像素', maxMs: 3000 },
  { name: 'a seal of 4001 pixels wide', input: withSeal((f) => pngFile(f, BUDGETS.imageSide + 1, 10, Buffer.alloc(10))), code: 1, message: `最多 ${BUDGETS.imageSide} × ${BUDGETS.imageSide} 像素` },
  { name: 'a seal file over 2 MB', input: withSeal((f) => (writeFileSync(join(f, 'seal.png'), Buffer.alloc(BUDGETS.imageBytes + 1)), join(f, 'seal.png'))), code: 1, message: '最多 2 MB' },
  { name: 'a named pipe as the seal', input: withSeal((f) => fifo(f, 'seal.png')), code: 1, message: '不是普通文件', maxMs: 3000 },
  { name: 'a link to /dev/zero as the seal', input: withSeal((f) => linkToZero(f, 'seal.png')), code: 1, message: '不是普通文件', maxMs: 3000 },
  // ——— workbooks ———
  { name: 'a workbook formula without a saved result', input: workbook((wb) => (wb.getWorksheet('正文')!.getCell('B3').value = { formula: 'A1&"x"' } as never)), code: 1, message: '请用 Excel 或 WPS 打开该文件并保存一次', where: '正文!B3' },
  { name: `a worksheet of ${BUDGETS.worksheetRows + 1} rows`, input: workbook((wb) => (wb.getWorksheet('正文')!.getCell(BUDGETS.worksheetRows + 1, 1).value = 'x')), code: 1, message: `最多 ${BUDGETS.worksheetRows} 行` },
  { name: 'a workbook file over 4 MB', input: text(Buffer.alloc(BUDGETS.workbookBytes + 1), 'input.xlsx'), code: 1, message: '太大：最多 4 MB' },
  {
    name: 'a zip bomb as a workbook',
    input: () => {
      const file = join(dir(), 'input.xlsx');
      writeFileSync(file, zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(BUDGETS.workbookUnzippedBytes + 1) }, { level: 9 }));
      return file;
    },
    code: 1,
    message: `超过上限 ${BUDGETS.workbookUnzippedBytes / 1024 / 1024} MB`,
    maxMs: 5000,
  },
  {
    name: 'a zip bomb whose zip directory declares small sizes',
    input: () => {
      const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(BUDGETS.workbookUnzippedBytes + 1) }, { level: 9 }));
      // The uncompressed size, in the local header (offset 22) and in the central directory's entry (offset 24): 100 bytes.
      zip.writeUInt32LE(100, 22);
      zip.writeUInt32LE(100, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
      const file = join(dir(), 'input.xlsx');
      writeFileSync(file, zip);
      return file;
    },
    code: 1,
    message: `超过上限 ${BUDGETS.workbookUnzippedBytes / 1024 / 1024} MB`,
    maxMs: 5000,
  },
  // ——— what the report set would be ———
  { name: `${BUDGETS.projects + 1} projects`, input: json(projects(BUDGETS.projects + 1)), code: 1, message: `最多 ${BUDGETS.projects} 张` },
  { name: `${BUDGETS.indicators + 1} indicators`, input: json(indicators(BUDGETS.indicators + 1)), code: 1, message: `最多 ${BUDGETS.indicators} 条` },
  { name: `text for ${BUDGETS.estimatedPages + 1} estimated pages`, input: json((d) => atPages(BUDGETS.estimatedPages + 1)(d)), code: 1, message: `最多 ${BUDGETS.estimatedPages} 页` },
  { name: `form text for ${BUDGETS.estimatedPages + 1} estimated pages, in a narrow column`, input: json((d) => atPages(BUDGETS.estimatedPages + 1, 'forms')(d)), code: 1, message: `最多 ${BUDGETS.estimatedPages} 页` },
  { name: '500 paragraphs of 20,000 characters (a 30 MB file)', input: json(paragraphs(500 * 20_000)), code: 1, message: '最多 4 MB' },
];

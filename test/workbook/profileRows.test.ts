// A form of any profile that declares `sheet.rows` gets its workbook sheet laid out by them, written and read back
// by the same code: a copy of national-project given rows round-trips xlsx → yaml → xlsx with the same data.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeInputFile } from '../../src/convert/files.js';
import { parseProfileInput } from '../../src/forms/parse.js';
import { loadInput } from '../../src/load/index.js';
import { loadProfile } from '../../src/node/profiles.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { fixtureData } from '../forms/helpers.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { profileFormSheet, yearFill } from '../../src/workbook/profile/sheets.js';

/** The project form laid out otherwise than it prints: the name and units, the funds, the goals side by side, the indicators. */
const ROWS = `sheet:
  widths: [16, 18, 30, 16, 16, 16, 16, 30, 16]
  captionSpan: 3
  rows:
    - [{ label: 项目名称 }, { field: name, span: 2 }, { label: 主管部门 }, { field: supervisor, span: 2 }]
    - [{ label: 实施单位 }, { field: implementer, span: 5 }]
    - { section: funds }
    - [{ label: 年度总体目标, rows: 2 }, { label: 预期目标, header: true, span: 2 }, { label: 实际完成情况, header: true, span: 3 }]
    - [{ field: planned, span: 2 }, { field: achieved, span: 3 }]
    - { section: indicators }
`;

function templatesWith(rows: string): string {
  const dir = join(tempDir('jixiao-rows-'), 'templates');
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const file = join(dir, 'profiles', 'national-project', 'forms', 'project.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${rows}`);
  return dir;
}

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

const model = (data: unknown) => JSON.stringify(parseProfileInput(loadProfile('national-project'), data));

/** A sheet's column widths, then its rows (row n at index n), each cell's text; a cell merged into another is blank. */
async function rowsOf(file: string, sheet: number): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[sheet];
  const out: string[][] = [];
  out.push(ws.columns.map((c) => String(c.width)));
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (out[r][c - 1] = cell.isMerged && cell.master !== cell ? '' : String(cell.text ?? '')));
  });
  return out;
}

describe('sheet.rows in a profile other than hunan-2022', () => {
  it('lays the form’s workbook sheet out by its rows and reads it back: xlsx → yaml → xlsx, the same data', async () => {
    process.env.JIXIAO_TEMPLATES = templatesWith(ROWS);
    const original = fixtureData('national-project-2023.yaml') as { projects: Record<string, unknown>[] };
    const dir = tempDir('jixiao-rows-rt-');
    await writeInputFile(join(dir, 'a.xlsx'), original);
    const first = await rowsOf(join(dir, 'a.xlsx'), 1);
    const p = original.projects[0];
    // Laid out by the rows, not as the form prints: the name and 主管部门 on one row, 实施单位 below, then the funds block.
    expect(first[0]).toEqual(['16', '18', '30', '16', '16', '16', '16', '30', '16']);
    expect(first[1][0]).toBe('项目支出绩效自评表');
    expect(first.slice(2, 4).map((r) => r.filter(Boolean))).toEqual([
      ['项目名称', String(p.name), '主管部门', String(p.supervisor)],
      ['实施单位', String(p.implementer)],
    ]);
    expect(first[4].slice(0, 3)).toEqual(['项目资金（万元）', '', '年初预算数']);
    const goals = first.findIndex((r) => r[0] === '年度总体目标');
    expect(first[goals].filter(Boolean)).toEqual(['年度总体目标', '预期目标', '实际完成情况']);
    expect(first[goals + 1].filter(Boolean)).toEqual([String(p.planned), String(p.achieved)]);

    let data: unknown = await loadInput(join(dir, 'a.xlsx'));
    expect(model(data)).toBe(model(original));
    for (const file of ['b.yaml', 'c.xlsx']) {
      await writeInputFile(join(dir, file), data);
      data = await loadInput(join(dir, file));
    }
    expect(model(data)).toBe(model(original));
    expect(await rowsOf(join(dir, 'c.xlsx'), 1)).toEqual(first);
  }, 60_000);

  it('gives a place the rows leave out a row of its own after them, so that no value is lost', async () => {
    const goals = /    - \[\{ label: 年度总体目标[^\n]*\n[^\n]*\n/;
    expect(ROWS).toMatch(goals);
    process.env.JIXIAO_TEMPLATES = templatesWith(ROWS.replace(goals, '').replace('    - { section: funds }\n', ''));
    const original = fixtureData('national-project-2023.yaml');
    const dir = tempDir('jixiao-rows-left-');
    await writeInputFile(join(dir, 'a.xlsx'), original);
    const labels = (await rowsOf(join(dir, 'a.xlsx'), 1)).slice(1).map((r) => r?.[0]);
    expect(labels).toEqual(expect.arrayContaining(['年度总体目标·预期目标', '年度总体目标·实际完成情况']));
    expect(labels.filter((l) => l === '项目资金（万元）')).toHaveLength(1);
    expect(model(await loadInput(join(dir, 'a.xlsx')))).toBe(model(original));
  }, 60_000);

  it('fills a column title’s {{year}} with the data’s year, as the sheets laid out from the form do', () => {
    process.env.JIXIAO_TEMPLATES = templatesWith(ROWS);
    const form = structuredClone(loadProfile('national-project').forms.project);
    const funds = form.sections.find((x) => x.id === 'funds')!;
    if (funds.kind !== 'matrix') throw new Error('funds is a matrix');
    funds.columns[0].title = '{{previousYear}}年预算数';
    const titles = (year: unknown) => profileFormSheet(form, 'x', ['projects', 0], yearFill({ year })).blocks.flatMap((b) => b.labels ?? []).map((l) => l.text);
    expect(titles('2023')).toContain('2022年预算数');
    expect(titles('')).toContain('上年预算数');
  });

  it('refuses a cell that shows or fills a place of hunan-2022’s data file, or a field as a list of texts', () => {
    const edited = ROWS.replace('{ field: implementer, span: 5 }', '{ show: unit, span: 5 }')
      .replace('{ label: 项目名称 }, { field: name, span: 2 }', '{ label: 项目名称 }, { field: name, span: 1 }, { input: phone }')
      .replace('{ field: planned, span: 2 }', '{ field: planned, span: 2, list: true }');
    process.env.JIXIAO_TEMPLATES = templatesWith(edited);
    let said: string[] = [];
    try {
      loadProfile('national-project');
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      said = e.findings.map((f) => `${f.where}: ${f.message}`);
    }
    expect(said).toEqual([
      'profiles/national-project/forms/project.yaml › sheet.rows.0.2.input: input 只用于按 input 读取数据的表（湖南 2022）；本表的数据就是表上的各格，请改用 field 或 label',
      'profiles/national-project/forms/project.yaml › sheet.rows.1.1.show: show 只用于按 input 读取数据的表（湖南 2022）；本表的数据就是表上的各格，请改用 field 或 label',
      'profiles/national-project/forms/project.yaml › sheet.rows.4.0.list: list: true 只用于按 input 读取数据的表（湖南 2022）；本表的字段是一段文字，请去掉 list',
    ]);
  });
});

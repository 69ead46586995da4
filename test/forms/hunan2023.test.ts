import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeInputFile } from '../../src/convert/files.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { parseProfile } from '../../src/forms/index.js';
import { cellOf, loadInput } from '../../src/load/index.js';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { printValue } from '../../src/forms/cells.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { findingsOf, fixtureData } from './helpers.js';

const FIXTURE = 'hunan-2023-township.yaml';

/** A profile folder's files as parseProfile reads them. */
function profileFiles(id: string): Record<string, string> {
  const dir = join(ROOT, 'templates', 'profiles', id);
  const forms = readdirSync(join(dir, 'forms')).map((f) => [`forms/${f}`, readFileSync(join(dir, 'forms', f), 'utf8')]);
  return { 'profile.yaml': readFileSync(join(dir, 'profile.yaml'), 'utf8'), ...Object.fromEntries(forms) };
}

/** The findings of an input the profile refuses. */
function refusals(data: unknown) {
  try {
    prepareProfileData(loadProfile('hunan-2023'), data);
  } catch (e) {
    if (e instanceof UserError) return e.findings;
  }
  throw new Error('the input was accepted');
}

describe('hunan-2023', () => {
  it('names a refused cell by its titles, with the input’s year in the column and no colon after the row', () => {
    const data = fixtureData(FIXTURE);
    data.basicData.funds.threePublic.actual = 'abc';
    const found = (() => {
      try {
        prepareProfileData(loadProfile('hunan-2023'), data);
      } catch (e) {
        if (e instanceof UserError) return e.findings;
      }
      throw new Error('the input was accepted');
    })();
    expect(found[0].where).toBe(`部门整体支出绩效评价基础数据表 › 经费控制情况（万元） › 三公经费 › ${data.year}年决算数`);
  });

  it('a refused cell whose title names a year says that year in its message too', () => {
    const data = fixtureData(FIXTURE);
    data.basicData.staff.staff.actual = -4;
    const found = refusals(data);
    expect(found[0].where).toBe(`部门整体支出绩效评价基础数据表 › 财政供养人员情况（人） › 人员 › ${data.year}年实际在职人数`);
    expect(found[0].message).toBe(`${data.year}年实际在职人数不能为负数`);
    delete data.year;
    expect(refusals(data).find((f) => f.path === 'basicData.staff.staff.actual')?.message).toBe('本年实际在职人数不能为负数');
  });

  it('a key unknown at the top of the file is named alone', () => {
    const data = fixtureData(FIXTURE);
    data.extra = 1;
    expect(refusals(data).find((f) => f.path === 'extra')?.where).toBe('extra');
  });

  it('a required cell left null (a blank of the YAML file init writes) is missing, as a blank cell of the workbook is', () => {
    const data = fixtureData(FIXTURE);
    data.department.indicators[0].name = null;
    expect(refusals(data).find((f) => f.path === 'department.indicators.0.name')).toMatchObject({ id: 'E_MISSING_FIELD', message: '缺少必填项“三级指标”', hint: '请在此处填写“三级指标”。' });
  });

  it('a score over its 分值 is one mistake: said as over the 分值, not also against the scoring rule', () => {
    const data = fixtureData(FIXTURE);
    data.department.indicators[0].score = 99;
    const at = findingsOf(data).filter((f) => f.path === 'department.indicators.0.score');
    expect(at.map((f) => f.id)).toEqual(['E_FORM_SCORE_OVER']);
  });

  it('a blank file says 上年 and 本年 where the columns name a year, in its comments and in its workbook', async () => {
    const { blankProfileInput } = await import('../../src/forms/blank.js');
    const dir = tempDir('jixiao-h23-blank-');
    const blank = blankProfileInput(loadProfile('hunan-2023'));
    await writeInputFile(join(dir, 'blank.yaml'), blank);
    const yaml = readFileSync(join(dir, 'blank.yaml'), 'utf8');
    expect(yaml).toMatch(/previousActual: null # 上年决算数\n\s+budget: null # 本年预算数\n\s+actual: null # 本年决算数/);
    expect(yaml).not.toContain('{{');
    await writeInputFile(join(dir, 'blank.xlsx'), blank);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'blank.xlsx'));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void texts.push(String(c.value)))));
    expect(texts).toEqual(expect.arrayContaining(['上年决算数', '本年预算数', '本年决算数', '本年实际在职人数']));
    expect(texts.filter((t) => t === '年决算数')).toEqual([]);
  }, 30_000);

  it('derives subtotals from the rows under them, nested sums bottom-up, the control rate and the score', () => {
    const data = fixtureData(FIXTURE);
    expect(findingsOf(data)).toEqual([]);
    const p = prepareProfileData(loadProfile('hunan-2023'), data);
    const [basic, dept] = p.forms.map((f) => f.figures);
    const money = (v: unknown) => printValue('money', v as never, p.profile.defaults);
    expect(money(basic.matrices.funds.business.actual.value)).toBe('33.70');
    expect(money(basic.matrices.funds.projects.actual.value)).toBe('97.50');
    expect(money(basic.matrices.funds.publicFunds.budget.value)).toBe('46.80');
    expect(printValue('percent', basic.matrices.staff.staff.controlRate.value, p.profile.defaults)).toBe('95.56%');
    expect(printValue('points', dept.totals.indicators.score.value, p.profile.defaults)).toBe('99.72');
  });

  it('finds a subtotal that is not the sum of its projects, 公车运行维护 above its 公用经费 row, and two splits that differ', () => {
    const data = fixtureData(FIXTURE);
    data.basicData.funds.business.actual = 30;
    data.basicData.funds.vehicleOperation.actual = 4.5;
    data.basicData.funds.vehicleOperation.previousActual = 3.2;
    delete data.basicData.funds.threePublic;
    data.department.basic = 582.5;
    const found = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(found).toEqual([
      'E_FORM_SUM basicData.funds.business.actual',
      'E_FORM_AT_MOST basicData.funds.vehicleOperation.actual',
      'W_FORM_SPLITS_DIFFER department.expenseTotal',
      'E_FORM_SAME_FACT department.project', // the 项目支出 row now sums to less than the 自评表 states
    ]);
    const sum = findingsOf(data)[0];
    expect(sum.where).toContain('1、业务工作经费 › 2023年决算数');
    expect(sum.message).toContain('乡村振兴工作经费 24.20 + 综治维稳工作经费 9.50');
  });

  it('finds the 自评表 项目支出 that differs from the 基础数据表 项目支出 row (the same fact), at the 自评表 cell', async () => {
    const data = fixtureData(FIXTURE);
    data.basicData.funds.provincial.items[0].actual = 48; // the row's sum falls from 97.50 to 87.50
    data.department.project = 97.5;
    data.department.basic = 592.5; // keep the two splits of the total equal: only the cross-form fact is wrong
    data.department.other = 10;
    const found = findingsOf(data);
    expect(found.map((f) => `${f.id} ${f.path}`)).toEqual(['E_FORM_SAME_FACT department.project']);
    expect(found[0]).toMatchObject({ level: 'error', expected: '87.50', actual: '97.50' });
    expect(found[0].message).toContain('基础数据表 › 项目支出 › 2023年决算数');
    // In a workbook, the finding names the cell the clerk typed 97.5 into.
    const dir = tempDir('jixiao-same-');
    await writeInputFile(join(dir, 'in.xlsx'), data);
    const located = prepareProfileData(loadProfile('hunan-2023'), await loadInput(join(dir, 'in.xlsx'))).findings;
    const at = cellOf(located.find((f) => f.id === 'E_FORM_SAME_FACT')!)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'in.xlsx'));
    expect(wb.getWorksheet(at.sheet)!.getCell(at.cell).value).toBe(97.5);
  });

  it('fills a blank field declared fill: same from the other document, and compares the sum with it', () => {
    const files = profileFiles('hunan-2023');
    files['forms/department.yaml'] = files['forms/department.yaml'].replace('same: basicData.funds.projects.actual }', 'same: basicData.funds.projects.actual, fill: same }');
    const profile = parseProfile('hunan-2023', files);
    const data = fixtureData(FIXTURE);
    delete data.department.project;
    const prepared = prepareProfileData(profile, data);
    const department = prepared.forms.find((f) => profile.documents[f.docIndex].id === 'department')!;
    expect(department.figures.fields.project.value?.toString()).toBe('97.5');
    // 按支出性质分 = 基本支出 + the filled 项目支出, as typed in the fixture: no split said to differ.
    expect(prepared.findings).toEqual([]);
  });

  it('agrees when both print the same, and refuses a definition whose same names nothing', () => {
    expect(findingsOf(fixtureData(FIXTURE))).toEqual([]);
    const files = profileFiles('hunan-2023');
    files['forms/department.yaml'] = files['forms/department.yaml'].replace('same: basicData.funds.projects.actual', 'same: basicData.funds.nothing.actual');
    expect(() => parseProfile('hunan-2023', files)).toThrow(UserError);
    try {
      parseProfile('hunan-2023', files);
    } catch (e) {
      expect((e as UserError).findings.map((f) => f.where).join('\n')).toContain('fields.project.same');
    }
  });
});

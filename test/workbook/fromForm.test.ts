// The 基础数据表 sheet is made from the form definition that makes 附件2: a row added there is a row of the sheet,
// read and written at its input path.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { BASIC_DATA_SHEET } from '../../src/workbook/layout.js';
import { formSheet } from '../../src/workbook/sheets/fromForm.js';

const form = () => structuredClone(loadProfile('hunan-2022').forms.basicData);

describe('formSheet', () => {
  it('is the 基础数据表 sheet the workbook writes and reads', () => {
    expect(formSheet(form(), BASIC_DATA_SHEET.name).blocks.map((b) => b.anchor?.text)).toEqual(BASIC_DATA_SHEET.blocks.map((b) => b.anchor?.text));
  });

  it('gives each row its label and the input path of the form’s mapping', () => {
    const f = form();
    const funds = f.sections[1];
    if (funds.kind !== 'matrix') throw new Error('funds is a matrix');
    funds.rows.splice(funds.rows.length - 1, 0, { id: 'assets', label: '固定资产购置', bold: false, hidden: false, items: false, sumNeedsAll: false });
    f.input!['funds.assets'] = 'basicData.assets';
    const sheet = formSheet(f, 'x');
    const block = sheet.blocks.find((b) => b.anchor?.text === '固定资产购置')!;
    expect(block.fields!.map((x) => x.path.join('.'))).toEqual(['basicData.assets.previousActual', 'basicData.assets.budget', 'basicData.assets.actual']);
    // … before the measures list, as in the definition
    const order = sheet.blocks.map((b) => b.anchor?.text);
    expect(order.indexOf('固定资产购置')).toBe(order.indexOf('厉行节约保障措施') - 1);
  });

  it('a hidden row appears in the sheet with its workbook label (其中：人员经费（选填）), optional', () => {
    const block = formSheet(form(), 'x').blocks.find((b) => b.anchor?.text.startsWith('其中：人员经费'))!;
    expect(block.anchor!.text).toBe('其中：人员经费（选填）');
    expect(block.optional).toBe(true);
  });

  it('a column title with {{previousYear}} becomes a formula on the year cell, one year back', () => {
    const header = formSheet(form(), 'x').blocks.find((b) => b.anchor?.text === '经费控制情况')!;
    const shown = header.displays!.map((d) => d.show(() => ({ address: 'B3', value: '2022' })).result);
    expect(shown).toEqual(['2021年决算数', '2022年预算数', '2022年决算数']);
  });

  it('until a year is typed, the year columns say 上年 and 本年 (blank, two of them would read "年决算数")', () => {
    const header = formSheet(form(), 'x').blocks.find((b) => b.anchor?.text === '经费控制情况')!;
    const blank = header.displays!.map((d) => d.show(() => ({ address: 'B3', value: '' })));
    expect(blank.map((d) => d.result)).toEqual(['上年决算数', '本年预算数', '本年决算数']);
    expect(blank[0].formula).toBe('IF(B3="","上年决算数",(B3-1)&"年决算数")');
  });
});

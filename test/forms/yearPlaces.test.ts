// The words a column's year reads while no year is written ("本年预算数", "上年决算数") are wording in
// templates/labels.yaml: changed there, every blank file and message follows.
import { afterEach, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { knownYear } from '../../src/forms/places.js';
import { fillYear, yearPlaces } from '../../src/forms/yearPlaces.js';
import { describeProfilePath } from '../../src/forms/schema.js';
import { yearFill } from '../../src/workbook/profile/sheets.js';
import { formSheet } from '../../src/workbook/sheets/fromForm.js';
import { editedTemplates } from '../helpers/templates.js';
import { runCli } from '../helpers/cli.js';

const WORDS = /unknownYear:\n {2}year: 本\n {2}previousYear: 上\n/;
const withWords = (year: string, previousYear: string) => editedTemplates('labels.yaml', (t) => t.replace(WORDS, `unknownYear:\n  year: "${year}"\n  previousYear: "${previousYear}"\n`));

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

describe('the year of a label', () => {
  it('is the year written and the one before, spaces around it ignored', () => {
    expect(yearPlaces(' 2023 ')).toEqual({ year: '2023', previousYear: '2022' });
    expect(knownYear(2023)).toEqual({ year: '2023', previousYear: '2022' });
    expect(knownYear('202')).toBeUndefined();
  });

  it('is read as the model reads a year: 2023年, 2023年度 and full-width digits are 2023', () => {
    for (const written of ['2023年', '2023年度', '２０２３']) expect(knownYear(written)).toEqual({ year: '2023', previousYear: '2022' });
    expect(knownYear('去年')).toBeUndefined();
  });

  it('until a year is written, is the words of templates/labels.yaml', () => {
    expect(yearPlaces('')).toEqual({ year: '本', previousYear: '上' });
    expect(yearPlaces('202')).toEqual({ year: '本', previousYear: '上' });
  });

  it('follows labels.yaml when its words are changed: schema titles, profile workbooks, hunan-2022’s formulas', () => {
    process.env.JIXIAO_TEMPLATES = withWords('当', '前');
    expect(yearPlaces(undefined)).toEqual({ year: '当', previousYear: '前' });
    expect(fillYear('{{previousYear}}年决算数不能为负数', '')).toBe('前年决算数不能为负数');
    expect(describeProfilePath(loadProfile('hunan-2023'), ['basicData', 'funds', 'threePublic', 'previousActual'])).toMatch(/ › 前年决算数$/);
    expect(yearFill({})('{{year}}年预算数')).toBe('当年预算数');
    const header = formSheet(loadProfile('hunan-2022').forms.basicData, 'x').blocks.find((b) => b.anchor?.text === '经费控制情况')!;
    const blank = header.displays!.map((d) => d.show(() => ({ address: 'B3', value: '' })));
    expect(blank.map((d) => d.result)).toEqual(['前年决算数', '当年预算数', '当年决算数']);
    expect(blank[0].formula).toBe('IF(B3="","前年决算数",(B3-1)&"年决算数")');
  });

  it('schema --profile of a templates folder prints its words', async () => {
    const { code, stdout } = await runCli(['schema', '--profile', 'hunan-2023', '--templates', withWords('当', '前')]);
    expect(code).toBe(0);
    const row = JSON.parse(stdout).properties.basicData.properties.funds.properties.threePublic.properties;
    expect([row.previousActual.title, row.budget.title, row.actual.title]).toEqual(['前年决算数', '当年预算数', '当年决算数']);
  });

  it.each([
    ['blank', '', '上'],
    ['the same twice', '本', '本'],
  ])('refuses words that are %s, which would name two columns alike', (_, year, previousYear) => {
    process.env.JIXIAO_TEMPLATES = withWords(year, previousYear);
    expect(() => yearPlaces('')).toThrow(/labels\.yaml 有错误：unknownYear 的 year 和 previousYear 应为两个不同的、非空的字/);
  });
});

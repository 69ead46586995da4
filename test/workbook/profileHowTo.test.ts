/** A profile's blank workbook tells a clerk who has only Excel how to fill it (src/workbook/profile/write.ts). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankProfileInput } from '../../src/forms/blank.js';
import { loadProfile } from '../../src/node/profiles.js';
import { readProfileWorkbook } from '../../src/workbook/profile/read.js';
import { writeProfileWorkbook } from '../../src/workbook/profile/write.js';

async function firstSheetText(id: string): Promise<{ text: string[]; wb: ExcelJS.Workbook }> {
  const profile = loadProfile(id);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeProfileWorkbook(profile, blankProfileInput(profile))) as unknown as ArrayBuffer);
  const text: string[] = [];
  wb.worksheets[0].eachRow((row) => text.push(String(row.getCell(1).value ?? '')));
  return { text, wb };
}

describe('the first sheet of a profile workbook', () => {
  it('says how to add list rows to the protected sheet and how to add a second project, naming the sheet to copy', async () => {
    const { text, wb } = await firstSheetText('national-project');
    expect(text).toContain('填写方法');
    expect(text.some((t) => t.includes('插入行'))).toBe(true);
    const copy = text.find((t) => t.includes('移动或复制'));
    expect(copy).toContain('“1-项目支出绩效自评表”');
    expect(wb.worksheets[1].name).toBe('1-项目支出绩效自评表');
  });

  it('says nothing of copies where every form is printed once', async () => {
    const { text } = await firstSheetText('hunan-2023');
    expect(text).toContain('填写方法');
    expect(text.some((t) => t.includes('移动或复制'))).toBe(false);
  });

  it('still reads back as the blank input: the reader takes the words for no field', async () => {
    const profile = loadProfile('national-project');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeProfileWorkbook(profile, { ...blankProfileInput(profile), unit: '甲镇' })) as unknown as ArrayBuffer);
    expect(readProfileWorkbook(profile, wb, 'x.xlsx').data).toMatchObject({ profile: 'national-project', unit: '甲镇' });
  });
});

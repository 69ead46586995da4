import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pdfmake from 'pdfmake';
import { ROOT } from '../helpers/example.js';

/** What scripts/prepare-fonts.mjs writes, and the characters the reports need from it. */
export const FONTS = path.join(ROOT, 'fonts');
export const REGULAR = path.join(FONTS, 'NotoSansSC-Regular.ttf');
export const BOLD = path.join(FONTS, 'NotoSansSC-Bold.ttf');
export const COVERAGE = path.join(FONTS, 'coverage.json');

// Symbols and punctuation the reports use, then hanzi: report vocabulary, common surnames, Hengyang place names.
const SYMBOLS = '≥≤✓①（）：“”、％—。，《》·';
const HANZI =
  '衡阳绩效部门整体支出自评报告投资促进事务中心年度预算执行率项目完成及时性满意度财政资金管理办法规定指标值得分' +
  '张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '湖南省市雁峰区石鼓蒸湘珠晖岳县东山祁耒常宁鑫赟曌堃琰玥';
export const EXPECTED = [...new Set([...SYMBOLS, ...HANZI])];
export const ABSENT = [0x4dae /* 䶮, CJK Ext. A */, 0x1f600 /* 😀 */, 0x1f389 /* 🎉 */, 0x20000 /* 𠀀, CJK Ext. B */];

/** The names and weight each prepared font must carry. */
export const WANT = {
  [REGULAR]: { style: 'Regular', full: 'Noto Sans SC', ps: 'NotoSansSC-Regular', weight: 400 },
  [BOLD]: { style: 'Bold', full: 'Noto Sans SC Bold', ps: 'NotoSansSC-Bold', weight: 700 },
};

export function readCoverage(): { source: string; ranges: [number, number][] } {
  return JSON.parse(fs.readFileSync(COVERAGE, 'utf8'));
}

/** Builds the fonts when a checkout has none yet (npm install normally has). */
export function ensureFonts(): void {
  if (![REGULAR, BOLD, COVERAGE].every((f) => fs.existsSync(f))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/prepare-fonts.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** A small PDF in both weights through pdfmake, as jixiao's own fonts would be used by anyone. */
export async function pdfmakeSample(text: string): Promise<Buffer> {
  pdfmake.setFonts({ NotoSansSC: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(FONTS + path.sep));
  const dd = {
    info: { title: 'font test', creationDate: new Date(Date.UTC(2023, 0, 1)) },
    defaultStyle: { font: 'NotoSansSC', fontSize: 12 },
    content: [{ text }, { text, bold: true }],
  };
  return pdfmake.createPdf(dd).getBuffer();
}

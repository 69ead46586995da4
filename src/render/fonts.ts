import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

export const FONT_FAMILY = 'NotoSansSC';

export function fontsDir(): string {
  return join(packageRoot(), 'fonts');
}

/** The TTFs made at install time by scripts/prepare-fonts.mjs. Italic styles map to upright: Chinese forms use none. */
export function fontFiles(): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  const regular = join(fontsDir(), 'NotoSansSC-Regular.ttf');
  const bold = join(fontsDir(), 'NotoSansSC-Bold.ttf');
  for (const f of [regular, bold]) {
    if (!existsSync(f)) throw new Error(`缺少字体文件 ${f}：请运行 npm install（或 node scripts/prepare-fonts.mjs）生成字体`);
  }
  return { normal: regular, bold, italics: regular, bolditalics: bold };
}

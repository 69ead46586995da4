import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UserError } from '../diagnostics/finding.js';

/** --templates <dir>: every stage (and every batch worker) reads its templates from there, as JIXIAO_TEMPLATES says. */
export function useTemplates(dir: string | undefined): void {
  if (!dir) return;
  if (!existsSync(dir)) throw new UserError(`用法错误：模板文件夹 ${dir} 不存在`, [], EXIT.usage);
  process.env.JIXIAO_TEMPLATES = resolve(dir);
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { CLI_MESSAGES } from './messages.js';

/** --templates <dir>: every stage (and every batch worker) reads its templates from there, as JIXIAO_TEMPLATES says. */
export function useTemplates(dir: string | undefined): void {
  if (!dir) return;
  if (!existsSync(dir)) throw new UserError(CLI_MESSAGES.paths.noTemplates(dir), [], EXIT.usage);
  process.env.JIXIAO_TEMPLATES = resolve(dir);
}

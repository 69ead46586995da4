import type { Command } from 'commander';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.diff;

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(M.description)
    .argument(M.before, M.beforeHelp)
    .argument(M.after, M.afterHelp)
    .option('--json', M.json)
    .action(async (before: string, after: string, opts: { json?: boolean }) => {
      const [{ diffReports }, { diffJson, formatDiff }] = await Promise.all([import('../diff/index.js'), import('../diff/format.js')]);
      const diff = await diffReports(before, after);
      process.stdout.write(opts.json ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : formatDiff(diff));
    });
}

import type { Command } from 'commander';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('比较同一报告的两版数据文件：列出每一处改动的内容（原为 → 改为），以及它改变了哪些文件的哪几页')
    .argument('<原文件>', '已发布版本的数据文件')
    .argument('<新文件>', '更正后的数据文件')
    .option('--json', '以 JSON 输出（每处改动的路径、原值、新值、涉及的文件和页码）')
    .action(async (before: string, after: string, opts: { json?: boolean }) => {
      const [{ diffReports }, { diffJson, formatDiff }] = await Promise.all([import('../diff/index.js'), import('../diff/format.js')]);
      const diff = await diffReports(before, after);
      process.stdout.write(opts.json ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : formatDiff(diff));
    });
}

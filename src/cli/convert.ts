import type { Command } from 'commander';
import { resolve } from 'node:path';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { checkOutFile } from './outputPath.js';

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('在 Excel 工作簿（.xlsx）、YAML（.yaml/.yml）和 JSON（.json）之间转换数据文件，格式按扩展名确定')
    .argument('<输入>', '数据文件（.xlsx、.yaml/.yml 或 .json）')
    .argument('<输出>', '转换结果（.xlsx、.yaml/.yml 或 .json）')
    .option('--force', '输出文件已存在时覆盖它')
    .action(async (input: string, output: string, opts: { force?: boolean }) => {
      await checkOutFile(output);
      if (resolve(input) === resolve(output)) throw new UserError('用法错误：输出文件不能就是输入文件', [], EXIT.usage);
      // Loaded when the command runs, so that --help and the other commands never load them.
      const [{ FORMAT_NAMES, outputFormat, writeInputFile }, { loadInput }, { schemaFromProfile }, { ReportInputSchema }, { engineProfileOf }] = await Promise.all([
        import('../convert/files.js'),
        import('../load/index.js'),
        import('../forms/schema.js'),
        import('../model/schema.js'),
        import('../profileReport.js'),
      ]);
      outputFormat(output);
      const data = await loadInput(input);
      const format = await writeInputFile(output, data, { force: opts.force });
      process.stdout.write(`已转换为 ${FORMAT_NAMES[format]}：${output}\n`);
      const profile = engineProfileOf(data);
      const check = (profile ? schemaFromProfile(profile) : ReportInputSchema).safeParse(data);
      if (!check.success) process.stderr.write(`提示：数据中还有 ${check.error.issues.length} 处问题，可运行 jixiao check ${output} 查看。\n`);
    });
}

import type { Command } from 'commander';
import type { outputFormat as OutputFormat } from '../convert/files.js';
import { EXIT, UserError } from '../diagnostics/finding.js';
import type { InputFormat } from '../load/index.js';
import { checkOutFile } from './outputPath.js';

const FORMATS: InputFormat[] = ['xlsx', 'yaml', 'json'];

/** The output file and its format from --format and -o: either may be left out, both must agree. */
function target(format: string | undefined, out: string | undefined, outputFormat: typeof OutputFormat): string {
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) {
    throw new UserError(`用法错误：--format 应为 xlsx、yaml 或 json，而不是“${format}”`, [], EXIT.usage);
  }
  if (out === undefined) return `jixiao-input.${format ?? 'xlsx'}`;
  const byName = outputFormat(out);
  if (format && byName !== format) throw new UserError(`用法错误：--format ${format} 与输出文件 ${out} 的扩展名不一致`, [], EXIT.usage);
  return out;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('生成一份待填写的数据文件：Excel 工作簿（默认）、YAML 或 JSON；用 --from 则由已有数据文件生成填好的')
    .option('-f, --format <格式>', 'xlsx、yaml 或 json（默认按 -o 的扩展名，未给 -o 时为 xlsx）')
    .option('-o, --out <文件>', '输出文件（默认 jixiao-input.xlsx 等）')
    .option('--from <数据文件>', '用这份数据文件（.xlsx/.yaml/.json）的内容填好')
    .option('--force', '输出文件已存在时覆盖它')
    .option('--profile <标识>', '表格类型（jixiao profiles 列出全部；默认 hunan-2022）')
    .option('--next-year <上年数据文件>', '由上年度的数据文件生成本年度的：上年决算数、文字、职责、指标沿用，需重新填写的栏清空并列出')
    .action(async (opts: { format?: string; out?: string; from?: string; force?: boolean; profile?: string; nextYear?: string }) => {
      if (opts.out !== undefined) await checkOutFile(opts.out);
      // Loaded when the command runs, so that --help and the other commands never load them.
      const [{ blankInput }, { blankProfileInput }, { engineProfileOf }, { FORMAT_NAMES, outputFormat, writeInputFile }, { loadInput }] = await Promise.all([
        import('../convert/skeleton.js'),
        import('../forms/blank.js'),
        import('../profileReport.js'),
        import('../convert/files.js'),
        import('../load/index.js'),
      ]);
      const out = target(opts.format, opts.out, outputFormat);
      if (opts.nextYear !== undefined) {
        if (opts.from !== undefined || opts.profile !== undefined) throw new UserError('用法错误：--next-year 不能与 --from、--profile 同时使用', [], EXIT.usage);
        const { initNextYear } = await import('./nextYear.js');
        return initNextYear(opts.nextYear, out, opts.force);
      }
      const profile = opts.profile ? engineProfileOf({ profile: opts.profile }) : undefined;
      const data = opts.from ? await loadInput(opts.from) : profile ? blankProfileInput(profile) : blankInput();
      const format = await writeInputFile(out, data, { force: opts.force });
      const what = opts.from ? `由 ${opts.from} 填好的` : '空白的';
      process.stdout.write(`已生成${what} ${FORMAT_NAMES[format]}：${out}\n`);
    });
}

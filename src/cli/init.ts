import type { Command } from 'commander';
import type { outputFormat as OutputFormat } from '../convert/files.js';
import { EXIT, UserError } from '../diagnostics/finding.js';
import type { InputFormat } from '../load/index.js';
import { checkOutFile } from './outputPath.js';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.init;

const FORMATS: InputFormat[] = ['xlsx', 'yaml', 'json'];

/** The output file and its format from --format and -o: either may be left out, both must agree. */
function target(format: string | undefined, out: string | undefined, outputFormat: typeof OutputFormat): string {
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) {
    throw new UserError(M.badFormat(format), [], EXIT.usage);
  }
  if (out === undefined) return `jixiao-input.${format ?? 'xlsx'}`;
  const byName = outputFormat(out);
  if (format && byName !== format) throw new UserError(M.formatMismatch(format, out), [], EXIT.usage);
  return out;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(M.description)
    .option(M.formatFlag, M.format)
    .option(M.outFlag, M.out)
    .option(M.fromFlag, M.from)
    .option('--force', M.force)
    .option(M.profileFlag, M.profile)
    .option(M.nextYearFlag, M.nextYear)
    .action(async (opts: { format?: string; out?: string; from?: string; force?: boolean; profile?: string; nextYear?: string }) => {
      if (opts.out !== undefined) await checkOutFile(opts.out, `jixiao-input.${opts.format ?? 'xlsx'}`);
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
        if (opts.from !== undefined || opts.profile !== undefined) throw new UserError(M.nextYearAlone, [], EXIT.usage);
        const { initNextYear } = await import('./nextYear.js');
        return initNextYear(opts.nextYear, out, opts.force);
      }
      const profile = opts.profile ? engineProfileOf({ profile: opts.profile }) : undefined;
      const data = opts.from ? await loadInput(opts.from) : profile ? blankProfileInput(profile) : blankInput();
      const format = await writeInputFile(out, data, { force: opts.force });
      const what = opts.from ? M.filledFrom(opts.from) : M.blank;
      process.stdout.write(M.written(what, FORMAT_NAMES[format], out));
    });
}

import type { Command } from 'commander';
import { basename, extname, resolve } from 'node:path';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { checkOutFile } from './outputPath.js';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.convert;

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description(M.description)
    .argument(M.input, M.inputHelp)
    .argument(M.output, M.outputHelp)
    .option('--force', M.force)
    .action(async (input: string, output: string, opts: { force?: boolean }) => {
      // A folder named like a file ("d.yaml"): the example keeps the input's name with the format the folder's name asks for.
      await checkOutFile(output, `${basename(input, extname(input))}${extname(output) || '.yaml'}`);
      if (resolve(input) === resolve(output)) throw new UserError(M.sameFile, [], EXIT.usage);
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
      process.stdout.write(M.converted(FORMAT_NAMES[format], output));
      const profile = engineProfileOf(data);
      const check = (profile ? schemaFromProfile(profile) : ReportInputSchema).safeParse(data);
      if (!check.success) process.stderr.write(M.problemsLeft(check.error.issues.length, output));
    });
}

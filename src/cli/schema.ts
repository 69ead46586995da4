import type { Command } from 'commander';
import { basename, dirname } from 'node:path';
import { checkOutFile } from './outputPath.js';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.schema;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(M.description)
    .option(M.outFlag, M.out)
    .option(M.profileFlag, M.profile)
    .action(async (opts: { out?: string; profile?: string }) => {
      // Loaded when the command runs, so that --help and the other commands never load them.
      const [{ inputJsonSchemaText, profileJsonSchemaText }, { engineProfileOf }, { writeAllAtomically }] = await Promise.all([
        import('../convert/jsonSchema.js'),
        import('../profileReport.js'),
        import('../write/atomic.js'),
      ]);
      const profile = opts.profile ? engineProfileOf({ profile: opts.profile }) : undefined;
      const text = profile ? profileJsonSchemaText(profile) : inputJsonSchemaText();
      if (opts.out === undefined) {
        process.stdout.write(text);
        return;
      }
      await checkOutFile(opts.out, 'jixiao-input.schema.json');
      await writeAllAtomically(dirname(opts.out), [{ name: basename(opts.out), bytes: Buffer.from(text, 'utf8') }]);
      process.stdout.write(M.written(opts.out));
    });
}

import type { Command } from 'commander';
import { basename, dirname } from 'node:path';
import { checkOutFile } from './outputPath.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('打印数据文件的 JSON Schema（由数据模型生成；编辑器据此校验和补全 JSON/YAML 数据文件）')
    .option('-o, --out <文件>', '写入文件而不是打印')
    .option('--profile <标识>', '这种表格类型（jixiao profiles 列出全部）的数据文件的 JSON Schema')
    .action(async (opts: { out?: string; profile?: string }) => {
      // Loaded when the command runs, so that --help and the other commands never load them.
      const [{ z }, { inputJsonSchemaText }, { schemaFromProfile }, { engineProfileOf }, { writeAllAtomically }] = await Promise.all([
        import('zod'),
        import('../convert/jsonSchema.js'),
        import('../forms/schema.js'),
        import('../profileReport.js'),
        import('../write/atomic.js'),
      ]);
      const profile = opts.profile ? engineProfileOf({ profile: opts.profile }) : undefined;
      const text = profile ? `${JSON.stringify(z.toJSONSchema(schemaFromProfile(profile), { io: 'input' }), null, 2)}\n` : inputJsonSchemaText();
      if (opts.out === undefined) {
        process.stdout.write(text);
        return;
      }
      await checkOutFile(opts.out);
      await writeAllAtomically(dirname(opts.out), [{ name: basename(opts.out), bytes: Buffer.from(text, 'utf8') }]);
      process.stdout.write(`已写入 JSON Schema：${opts.out}\n`);
    });
}

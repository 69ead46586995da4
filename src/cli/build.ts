import type { Command } from 'commander';
import { join } from 'node:path';
import { buildReport } from '../pipeline.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('由数据文件生成全套 PDF：自评报告正文、基础数据表、部门整体自评表、各项目自评表，以及合订本')
    .argument('<输入文件>', '数据文件（.json）')
    .option('-o, --out <文件夹>', '输出文件夹', 'out')
    .option('--json', '在标准输出打印 JSON 清单（每个文件的路径、字节数、页数、SHA-256）')
    .option('--draft', '每页加浅色斜向“草稿”水印')
    .action(async (input: string, opts: { out: string; json?: boolean; draft?: boolean }) => {
      const manifest = await buildReport(input, opts.out, { draft: opts.draft });
      if (opts.json) {
        const files = manifest.files.map((f) => ({ ...f, path: join(opts.out, f.path) }));
        process.stdout.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`已生成 ${manifest.files.length} 个文件到 ${opts.out}/：\n`);
      for (const f of manifest.files) process.stdout.write(`  ${f.path}（${f.pages} 页，${(f.bytes / 1024).toFixed(0)} KB）\n`);
    });
}

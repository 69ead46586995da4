import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gateBuild } from '../check/gate.js';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { countSummary, formatFindings } from '../diagnostics/print.js';
import { checkOutFolder } from './outputPath.js';
import { SIGN_MESSAGES } from '../sign/messages.js';
import { addSignOptions, openSigner, signAndReport, type SignCliOptions } from './sign.js';

/** Findings are printed on stderr, so that --json keeps stdout to the manifest. */
function gate(findings: Finding[], force: boolean): void {
  const verdict = gateBuild(findings, { force });
  if (verdict) process.stderr.write(`${formatFindings(findings)}\n${countSummary(findings)}。${verdict}\n`);
}

export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** --correction-date checked as a date; without it the notice takes the report's date, which the clerk is told. */
async function correctionDateOf(opts: { correctionOf?: string; correctionDate?: string }): Promise<string | undefined> {
  if (opts.correctionDate !== undefined) {
    const { isoDate } = await import('../model/primitives.js');
    const parsed = isoDate('--correction-date').safeParse(opts.correctionDate);
    if (!parsed.success) throw new UserError(`${parsed.error.issues[0].message}（--correction-date ${opts.correctionDate}）`, [], EXIT.usage);
    return parsed.data;
  }
  if (opts.correctionOf) process.stderr.write('⚠ 警告 未给出 --correction-date：更正说明的日期取新数据文件的报告日期。报告日期若仍是原发布日期，请加 --correction-date 写明更正的日期。\n');
  return undefined;
}

/** The manifest of the version before, named in the new one, so that the chain of versions can be followed. */
async function predecessorOf(out: string, folder: string): Promise<{ folder: string; manifestSha256: string }> {
  const { MANIFEST_NAME, sha256 } = await import('../write/index.js');
  const bytes = await readFile(join(out, folder, MANIFEST_NAME)).catch(() => Buffer.alloc(0));
  return { folder, manifestSha256: sha256(bytes) };
}

export function registerBuild(program: Command): void {
  const command = program
    .command('build')
    .description('由数据文件生成全套 PDF：自评报告正文、基础数据表、部门整体自评表、各项目自评表，以及合订本')
    .argument('<输入...>', '数据文件（.xlsx、.yaml/.yml 或 .json）；给文件夹或多个文件时批量生成，每个单位一个子文件夹')
    .option('-o, --out <文件夹>', '输出文件夹', 'out')
    .option('--json', '在标准输出打印 JSON 清单（每个文件的路径、字节数、页数、SHA-256）')
    .option('--draft', '每页加浅色斜向“草稿”水印')
    .option('--force', '检查发现错误时仍然生成（会注明是强制生成的）')
    .option('--allow-missing-glyphs', '字体缺字（生僻字、表情符号）时仍然生成，缺的字显示为方框')
    .option('--with-findings', '另外生成一份“审核意见（不属于签报文件）”PDF，列出全部检查结果')
    .option('--correction-of <原数据文件>', '已发布版本的数据文件：另外生成一份“更正说明”，逐条列出更正（位置、原为、更正为）')
    .option('--correction-date <日期>', '更正说明的日期，如 2023-04-10（不给时取新数据文件的报告日期，并给出提醒）')
    .option('--keep-versions', '每次生成放进输出文件夹下新的编号子文件夹（第1版、第2版……），清单注明上一版，已发布的版本不被覆盖')
    .option('--sign <证书文件>', '生成后立即用这个 PKCS#12 证书文件（.p12/.pfx）对全部 PDF 做数字签名（见 jixiao sign）');
  addSignOptions(command)
    .action(async (inputs: string[], opts: SignCliOptions & { out: string; json?: boolean; draft?: boolean; force?: boolean; withFindings?: boolean; correctionOf?: string; correctionDate?: string; keepVersions?: boolean; allowMissingGlyphs?: boolean; sign?: string }) => {
      await checkOutFolder(opts.out);
      if (inputs.length > 1 || (await isFolder(inputs[0]))) {
        if (opts.correctionOf) throw new UserError('--correction-of 只能用于单个数据文件（更正说明比较的是同一份报告的两个版本）', [], EXIT.usage);
        if (opts.keepVersions) throw new UserError('--keep-versions 只能用于单个数据文件（批量生成时每个单位已各有子文件夹）', [], EXIT.usage);
        if (opts.sign) throw new UserError(SIGN_MESSAGES.batchSign, [], EXIT.usage);
        // What a command needs is loaded when it runs: --help and the other commands never load the pipeline.
        const [{ buildBatch }, { collectInputs }] = await Promise.all([import('../batch/command.js'), import('../batch/inputs.js')]);
        process.exitCode = await buildBatch(await collectInputs(inputs), opts.out, opts);
        return;
      }
      const input = inputs[0];
      // The key file is opened first: a wrong password or an expired certificate stops before anything is written.
      const signer = opts.sign ? await openSigner(opts.sign, opts) : undefined;
      const correctionDate = await correctionDateOf(opts);
      const version = opts.keepVersions ? await (await import('./versions.js')).nextVersionFolder(opts.out) : undefined;
      const { buildReport } = await import('../pipeline.js');
      const out = version?.dir ?? opts.out;
      let manifest = await buildReport(input, out, {
        draft: opts.draft,
        withFindings: opts.withFindings,
        correctionOf: opts.correctionOf,
        correctionDate,
        predecessor: version?.predecessor ? await predecessorOf(opts.out, version.predecessor) : undefined,
        allowMissingGlyphs: opts.allowMissingGlyphs,
        onFindings: (findings) => gate(findings, opts.force ?? false),
      });
      if (signer) {
        const { readManifest } = await import('../sign/index.js');
        await signAndReport(out, signer, opts, opts.json ? () => {} : undefined);
        manifest = await readManifest(out);
      }
      if (opts.json) {
        const files = manifest.files.map((f) => ({ ...f, path: join(out, f.path) }));
        process.stdout.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`已生成 ${manifest.files.length} 个文件到 ${out}/：\n`);
      for (const f of manifest.files) process.stdout.write(`  ${f.path}（${f.pages} 页，${(f.bytes / 1024).toFixed(0)} KB）\n`);
    });
}

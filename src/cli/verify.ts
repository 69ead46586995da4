import type { Command } from 'commander';
import { EXIT } from '../diagnostics/finding.js';
import { localDate } from '../sign/dates.js';
import type { FileReport, VerifyReport } from '../verify/index.js';
import { VERIFY_MESSAGES as M } from '../verify/messages.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('验证已发布的一套文件：清单中的文件都在且 SHA-256 相符、数字签名覆盖整个文件且有效、证书信息、PDF/A 标识和字体嵌入；全部正常时退出码为 0')
    .argument('<文件夹或PDF>', 'jixiao build（及 sign）的输出文件夹，或其中一个 PDF')
    .option('--json', '以 JSON 输出每个文件的检查结果')
    .action(async (target: string, opts: { json?: boolean }) => {
      const { verifyTarget } = await import('../verify/index.js');
      const report = await verifyTarget(target);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : printReport(report));
      process.exitCode = report.ok ? EXIT.ok : EXIT.input;
    });
}

function printReport(report: VerifyReport): string {
  const lines = report.files.flatMap(printFile);
  const bad = report.files.filter((f) => f.verdict !== 'valid').length;
  lines.push(bad ? M.summaryBad(bad, report.files.length) : M.summaryOk(report.files.length));
  return `${lines.join('\n')}\n`;
}

function printFile(f: FileReport): string[] {
  const lines = [`${f.verdictText}  ${f.path}`];
  for (const s of f.signatures) {
    if (s.certificate) {
      const c = s.certificate;
      lines.push(`    ${M.signer(c.subject)}`, `    ${M.issuer(c.issuer)}`, `    ${M.validity(localDate(c.validFrom), localDate(c.validTo))}`, `    ${M.fingerprint(c.sha256)}`);
    }
    if (s.time) lines.push(`    ${M.time(localDate(s.time))}`);
  }
  for (const p of f.problems) lines.push(`    × ${p}`);
  return lines;
}

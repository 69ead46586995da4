import type { Command } from 'commander';
import { EXIT } from '../diagnostics/finding.js';
import { localDate } from '../sign/dates.js';
import type { FileReport, VerifyReport } from '../verify/index.js';
import { VERIFY_MESSAGES as M } from '../verify/messages.js';
import { CLI_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

const H = CLI_MESSAGES.verify;

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(H.description)
    .argument(H.target, H.targetHelp)
    .option('--json', H.json)
    .option('--repair', H.repair)
    .action(async (target: string, opts: { json?: boolean; repair?: boolean }) => {
      const { verifyTarget } = await import('../verify/index.js');
      const report = await verifyTarget(target, new Date(), { repair: opts.repair });
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : printReport(report));
      process.exitCode = report.ok ? EXIT.ok : EXIT.input;
    });
}

function printReport(report: VerifyReport): string {
  const repaired = mapList(report.repaired ?? [], (r) => r.message);
  if (report.interrupted) return `${[...repaired, ...mapList(report.interrupted, (i) => i.message), M.notChecked(repaired.length > 0)].join('\n')}\n`;
  const lines = [...repaired, ...report.files.flatMap(printFile)];
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

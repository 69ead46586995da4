import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { UserError } from '../diagnostics/finding.js';
import { SIGN_MESSAGES } from '../sign/messages.js';
import { readPassword, type PasswordOptions } from './password.js';

export interface SignCliOptions extends PasswordOptions {
  reason?: string;
  location?: string;
  visible?: boolean;
}

/** Options shared by `sign` and `build --sign`: the password's three ways, reason, location, visible. */
export function addSignOptions(command: Command): Command {
  return command
    .option('--password-file <文件>', '从文件读取证书密码（文件第一行）；推荐用这种方式，或不给密码、在终端上按提示输入')
    .option('--password <密码>', '直接在命令行给出证书密码。不推荐：命令行会留在 shell 历史和进程列表中，别人可能看到')
    .option('--reason <理由>', '签名理由，如“审核通过”')
    .option('--location <地点>', '签名地点')
    .option('--visible', '显示签名外观：在各表“填报单位（盖章）”的印章处和正文封面“主要负责人签字”处显示签名人和签名日期');
}

/** Opens the key file before anything is built or replaced: a wrong password or an expired certificate stops here. */
export async function openSigner(p12: string, o: PasswordOptions) {
  const { openP12 } = await import('../sign/index.js');
  const bytes = await readFile(p12).catch((e: Error) => {
    throw new UserError(SIGN_MESSAGES.unreadable(p12, e.message));
  });
  return openP12(bytes, await readPassword(o, p12), p12);
}

/** Signs a built folder or one PDF and says what was signed. */
export async function signAndReport(target: string, signer: Awaited<ReturnType<typeof openSigner>>, o: SignCliOptions, print = (s: string) => void process.stdout.write(s)): Promise<void> {
  const { signTarget, visibleWidget } = await import('../sign/index.js');
  const time = new Date();
  const files = await signTarget(target, signer, {
    time,
    reason: o.reason,
    location: o.location,
    widget: o.visible ? visibleWidget(signer, time) : undefined,
  });
  print(`${SIGN_MESSAGES.signed(files.length, signer.info.subject)}\n`);
  for (const f of files) print(`  ${f}\n`);
}

export function registerSign(program: Command): void {
  addSignOptions(
    program
      .command('sign')
      .description('对 PDF 做数字签名（PAdES，可被 PDF 阅读器和 jixiao verify 验证）；给输出文件夹时签清单中的全部 PDF，并更新 manifest.json')
      .argument('<PDF或文件夹>', 'jixiao build 生成的 PDF，或其输出文件夹')
      .requiredOption('--p12 <证书文件>', '含私钥的 PKCS#12 证书文件（.p12 或 .pfx）'),
  ).action(async (target: string, opts: SignCliOptions & { p12: string }) => {
    const signer = await openSigner(opts.p12, opts);
    await signAndReport(target, signer, opts);
  });
}

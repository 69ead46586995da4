import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { UserError } from '../diagnostics/finding.js';
import { SIGN_MESSAGES } from '../sign/messages.js';
import { readPassword, type PasswordOptions } from './password.js';
import { CLI_MESSAGES } from './messages.js';
import { folderOf, recoverOutput } from './recoverOutput.js';

const M = CLI_MESSAGES.sign;

export interface SignCliOptions extends PasswordOptions {
  reason?: string;
  location?: string;
  visible?: boolean;
}

/** Options shared by `sign` and `build --sign`: the password's three ways, reason, location, visible. */
export function addSignOptions(command: Command): Command {
  return command
    .option(M.passwordFileFlag, M.passwordFile)
    .option(M.passwordFlag, M.password)
    .option(M.reasonFlag, M.reason)
    .option(M.locationFlag, M.location)
    .option('--visible', M.visible);
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
      .description(M.description)
      .argument(M.target, M.targetHelp)
      .requiredOption(M.p12Flag, M.p12),
  ).action(async (target: string, opts: SignCliOptions & { p12: string }) => {
    // Before the key is opened: a sign that stops on its key still leaves the folder with a complete set.
    await recoverOutput(folderOf(target));
    const signer = await openSigner(opts.p12, opts);
    await signAndReport(target, signer, opts);
  });
}

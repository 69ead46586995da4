import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gateBuild } from '../check/gate.js';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { countSummary, formatFindings } from '../diagnostics/print.js';
import { checkOutFolder } from './outputPath.js';
import { recoverOutput } from './recoverOutput.js';
import { SIGN_MESSAGES } from '../sign/messages.js';
import { addSignOptions, openSigner, signAndReport, type SignCliOptions } from './sign.js';
import { CLI_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

const M = CLI_MESSAGES.build;

/** Findings are printed on stderr, so that --json keeps stdout to the manifest. */
function gate(findings: Finding[], force: boolean): void {
  const verdict = gateBuild(findings, { force });
  if (verdict) process.stderr.write(`${formatFindings(findings)}\n${countSummary(findings)}。${verdict}\n`);
}

/** Synchronous: check of one file then never loads node:fs/promises (its modules cost a cold start ~5 ms). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** --correction-date checked as a date; without it the notice takes the report's date, which the clerk is told. */
async function correctionDateOf(opts: { correctionOf?: string; correctionDate?: string }): Promise<string | undefined> {
  if (opts.correctionDate !== undefined) {
    const { isoDate } = await import('../model/primitives.js');
    const parsed = isoDate('--correction-date').safeParse(opts.correctionDate);
    if (!parsed.success) throw new UserError(`${parsed.error.issues[0].message}（--correction-date ${opts.correctionDate}）`, [], EXIT.usage);
    return parsed.data;
  }
  if (opts.correctionOf) process.stderr.write(M.noCorrectionDate);
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
    .description(M.description)
    .argument(M.inputs, M.inputsHelp)
    .option(M.outFlag, M.out, 'out')
    .option('--json', M.json)
    .option('--draft', M.draft)
    .option('--force', M.force)
    .option('--allow-missing-glyphs', M.allowMissingGlyphs)
    .option('--with-findings', M.withFindings)
    .option(M.correctionOfFlag, M.correctionOf)
    .option(M.correctionDateFlag, M.correctionDate)
    .option('--keep-versions', M.keepVersions)
    .option(M.signFlag, M.sign);
  addSignOptions(command)
    .action(async (inputs: string[], opts: SignCliOptions & { out: string; json?: boolean; draft?: boolean; force?: boolean; withFindings?: boolean; correctionOf?: string; correctionDate?: string; keepVersions?: boolean; allowMissingGlyphs?: boolean; sign?: string }) => {
      await checkOutFolder(opts.out);
      const batch = inputs.length > 1 || (await isFolder(inputs[0]));
      // Before anything else: whatever then stops this build (its check, its input, its key file), the folder is
      // left with a complete set.
      await recoverOutput(opts.out, batch || opts.keepVersions);
      if (batch) {
        if (opts.correctionOf) throw new UserError(M.correctionOfBatch, [], EXIT.usage);
        if (opts.keepVersions) throw new UserError(M.keepVersionsBatch, [], EXIT.usage);
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
        const files = mapList(manifest.files, (f) => ({ ...f, path: join(out, f.path) }));
        process.stdout.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
        return;
      }
      process.stdout.write(M.written(manifest.files.length, out));
      for (const f of manifest.files) process.stdout.write(M.writtenFile(f.path, f.pages, (f.bytes / 1024).toFixed(0)));
    });
}

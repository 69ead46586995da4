import type { Command } from 'commander';
import { stripControls } from '../diagnostics/controls.js';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { countSummary, findingsJson, formatFindings } from '../diagnostics/print.js';
import { isFolder } from './build.js';
import { recoverOutput } from './recoverOutput.js';
import type { ComputedCell } from '../workbook/computedCells.js';
import { CLI_MESSAGES } from './messages.js';

const M = CLI_MESSAGES.check;

interface CheckOptions {
  json?: boolean;
  strict?: boolean;
  allowMissingGlyphs?: boolean;
  annotate?: boolean;
  out?: string;
}

/**
 * Emitted on `process` once a check of one file has worked out its findings. The installed command keeps a code cache
 * only of such a run (bin/codeCache.cjs): a run stopped by an input error runs few of the checks, and a cache taken
 * from it would leave every later check compiling them.
 */
export const CHECKED_EVENT = 'jixiao:checked';

/** Exit code for a set of findings: errors fail; warnings fail only under --strict. */
export function exitCodeFor(findings: readonly Finding[], strict = false): number {
  const failing = findings.some((f) => f.level === 'error' || (strict && f.level === 'warning'));
  return failing ? EXIT.input : EXIT.ok;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(M.description)
    .argument(M.inputs, M.inputsHelp)
    .option(M.outFlag, M.out)
    .option('--json', M.json)
    .option('--strict', M.strict)
    .option('--allow-missing-glyphs', M.allowMissingGlyphs)
    .option('--annotate', M.annotate)
    .action(async (inputs: string[], opts: CheckOptions) => {
      if (inputs.length > 1 || (await isFolder(inputs[0]))) {
        const out = opts.out ?? 'out';
        // A batch check writes its summaries into the folder: it is set right first, as by a batch build.
        await recoverOutput(out, true);
        // What a command needs is loaded when it runs: --help and the other commands never load it.
        const [{ checkBatch }, { collectInputs }] = await Promise.all([import('../batch/command.js'), import('../batch/inputs.js')]);
        process.exitCode = await checkBatch(await collectInputs(inputs), out, opts);
        return;
      }
      process.exitCode = await check(inputs[0], opts);
    });
}

async function check(file: string, opts: CheckOptions): Promise<number> {
  // The workbook writer (exceljs) is loaded only for --annotate, the render stage never.
  const annotated = opts.annotate ? (await import('./annotate.js')).annotatedPath(file, opts.out) : undefined;
  const { checkInput } = await import('../prepare.js');
  let findings: Finding[];
  let computed: ComputedCell[] = [];
  try {
    const checked = await checkInput(file, { allowMissingGlyphs: opts.allowMissingGlyphs });
    findings = checked.findings;
    if (annotated) {
      const { computedCells, profileComputedCells } = await import('../workbook/computedCells.js');
      computed = checked.report ? computedCells(checked.report.input, checked.report.figures) : checked.profiled ? profileComputedCells(checked.profiled) : [];
    }
  } catch (e) {
    // Input that does not parse is what a clerk meets first: its findings are marked in the workbook too.
    if (annotated && e instanceof UserError && e.findings.length) await annotate(file, annotated, e.findings);
    // Input that does not even parse: under --json its findings are still JSON on stdout.
    if (opts.json && e instanceof UserError && e.findings.length) {
      process.stdout.write(`${JSON.stringify(findingsJson(e.findings), null, 2)}\n`);
      process.stderr.write(`${stripControls(e.message, { keepNewlines: true })}\n`);
      return e.exitCode;
    }
    throw e;
  }
  (process as NodeJS.EventEmitter).emit(CHECKED_EVENT);
  if (annotated) await annotate(file, annotated, findings, computed);
  const code = exitCodeFor(findings, opts.strict);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(findingsJson(findings), null, 2)}\n`);
    process.stderr.write(`${summary(findings, opts.strict)}\n`);
  } else {
    if (findings.length) process.stdout.write(`${formatFindings(findings)}\n`);
    process.stdout.write(`${summary(findings, opts.strict)}\n`);
  }
  return code;
}

async function annotate(file: string, target: string, findings: readonly Finding[], computed: readonly ComputedCell[] = []): Promise<void> {
  const { writeAnnotated } = await import('./annotate.js');
  const marked = await writeAnnotated(file, target, findings, computed);
  process.stderr.write(M.annotated(marked, target));
}

function summary(findings: readonly Finding[], strict = false): string {
  if (findings.length === 0) return M.passed;
  const hasErrors = findings.some((f) => f.level === 'error');
  const verdict = hasErrors ? M.hasErrors : strict ? M.strictWarnings : M.onlyWarnings;
  return `${countSummary(findings)}：${verdict}。`;
}

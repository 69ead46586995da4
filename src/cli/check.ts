import type { Command } from 'commander';
import { stripControls } from '../diagnostics/controls.js';
import { EXIT, UserError, type Finding } from '../diagnostics/finding.js';
import { countSummary, findingsJson, formatFindings } from '../diagnostics/print.js';
import { isFolder } from './build.js';
import type { ComputedCell } from '../workbook/computedCells.js';

interface CheckOptions {
  json?: boolean;
  strict?: boolean;
  allowMissingGlyphs?: boolean;
  annotate?: boolean;
  out?: string;
}

/** Exit code for a set of findings: errors fail; warnings fail only under --strict. */
export function exitCodeFor(findings: readonly Finding[], strict = false): number {
  const failing = findings.some((f) => f.level === 'error' || (strict && f.level === 'warning'));
  return failing ? EXIT.input : EXIT.ok;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('检查数据中的数字是否前后一致（合计、比率、得分、各文件间的同一数字），不生成 PDF')
    .argument('<输入...>', '数据文件；给文件夹或多个文件时批量检查，并在 -o 文件夹写出汇总表.xlsx、汇总报告.pdf')
    .option('-o, --out <路径>', '批量检查时：汇总表和汇总报告的输出文件夹（默认 out）；--annotate 时：另存的工作簿（默认原文件名加“-检查结果”，放在原文件旁）')
    .option('--json', '在标准输出打印 JSON 数组：[{id, level, path, where, message, expected, actual, hint}]')
    .option('--strict', '有警告也以失败退出（退出码 1）')
    .option('--allow-missing-glyphs', '把字体缺字（生僻字、表情符号）当作警告而不是错误')
    .option('--annotate', '另存一份工作簿，把每个问题标在它的单元格上（红色错误、橙色警告，批注写明问题和应为）；仅用于 .xlsx')
    .action(async (inputs: string[], opts: CheckOptions) => {
      if (inputs.length > 1 || (await isFolder(inputs[0]))) {
        // What a command needs is loaded when it runs: --help and the other commands never load it.
        const [{ checkBatch }, { collectInputs }] = await Promise.all([import('../batch/command.js'), import('../batch/inputs.js')]);
        process.exitCode = await checkBatch(await collectInputs(inputs), opts.out ?? 'out', opts);
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
  process.stderr.write(`已另存标注了 ${marked} 处问题的工作簿：${target}\n`);
}

function summary(findings: readonly Finding[], strict = false): string {
  if (findings.length === 0) return '检查通过：未发现不一致。';
  const hasErrors = findings.some((f) => f.level === 'error');
  const verdict = hasErrors ? '有错误，请改正后再生成报告' : strict ? '有警告（--strict 下视为不通过）' : '仅有警告，可以生成报告，但请逐条核对';
  return `${countSummary(findings)}：${verdict}。`;
}

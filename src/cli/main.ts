import { Command, CommanderError } from 'commander';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { stripControls } from '../diagnostics/controls.js';
import { osErrorMessage } from '../diagnostics/osErrors.js';
import { countSummary, formatFindings } from '../diagnostics/print.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerConvert } from './convert.js';
import { registerDiff } from './diff.js';
import { registerInit } from './init.js';
import { registerProfiles } from './profiles.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerSign } from './sign.js';
import { registerVerify } from './verify.js';
import { useTemplates } from './templates.js';
import { VERSION } from '../version.js';

/** Runs one command line; returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('jixiao')
    .description('绩效：由一个数据文件生成部门整体支出绩效自评报告及全部附件的 PDF')
    .version(VERSION, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [命令]', '显示某个命令的帮助')
    .option('--debug', '出错时显示程序内部的调用栈（供开发者排查）')
    .option('--templates <文件夹>', '使用这个模板文件夹（含 profiles/），而不是随附的 templates/；也可用环境变量 JIXIAO_TEMPLATES')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(translateHelp(s)),
      outputError: (s, write) => write(translateCommanderError(s)),
    });
  program.showHelpAfterError('（用 jixiao --help 查看用法）');
  registerBuild(program);
  registerCheck(program);
  registerDiff(program);
  registerInit(program);
  registerConvert(program);
  registerSchema(program);
  registerSign(program);
  registerVerify(program);
  registerProfiles(program);
  registerServe(program);
  program.hook('preAction', () => useTemplates(program.opts().templates));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    return handleError(e, debug);
  }
}

function handleError(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (e instanceof UserError) {
    if (e.findings.length) process.stderr.write(`${formatFindings(e.findings)}\n${countSummary(e.findings)}。\n`);
    process.stderr.write(`${stripControls(e.message, { keepNewlines: true })}\n`);
    if (debug) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const os = osErrorMessage(e);
  if (os) {
    process.stderr.write(`${os}\n`);
    if (debug) process.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.input;
  }
  process.stderr.write(`内部错误：${stripControls((e as Error)?.message ?? String(e), { keepNewlines: true })}\n这是 jixiao 的缺陷，不是您的输入问题；请把输入文件和这段信息交给维护者。\n`);
  if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
  else process.stderr.write('加 --debug 可看到调用栈。\n');
  return EXIT.internal;
}

/** Commander prints its help headings in English; the clerks read Chinese. */
function translateHelp(s: string): string {
  return s
    .replace(/^Usage:/gm, '用法：')
    .replace(/^Options:/gm, '选项：')
    .replace(/^Commands:/gm, '命令：')
    .replace(/^Arguments:/gm, '参数：')
    .replace(/\(default: (.*?)\)/g, '（默认：$1）')
    .replace(/\[options\]/g, '[选项]')
    .replace(/\[command\]/g, '[命令]');
}

function translateCommanderError(s: string): string {
  return s
    .replace(/^error: unknown option '(.*)'/m, '用法错误：没有选项 $1')
    .replace(/^error: missing required argument '(.*)'/m, '用法错误：缺少参数 $1')
    .replace(/^error: unknown command '(.*)'/m, '用法错误：没有命令 $1')
    .replace(/^error: too many arguments.*/m, '用法错误：参数太多')
    .replace(/^error: option '(.*)' argument missing/m, '用法错误：选项 $1 缺少取值')
    .replace(/^error: /m, '用法错误：');
}

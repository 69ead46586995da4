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
import { CLI_MESSAGES } from './messages.js';
import { HELP_LAYOUT, translatePlaceholders } from './helpLayout.js';

const M = CLI_MESSAGES.main;
const C = CLI_MESSAGES.commander;

/** The command line's commands and options, ready to parse; nothing runs until it does. */
export function cliProgram(): Command {
  const program = new Command('jixiao')
    .description(M.description)
    .version(VERSION, '-v, --version', M.version)
    .helpOption('-h, --help', M.help)
    .addHelpCommand(M.helpCommand, M.helpCommandDescription)
    .option('--debug', M.debug)
    .option(M.templatesFlag, M.templates)
    .exitOverride()
    .configureHelp(HELP_LAYOUT)
    .configureOutput({
      writeOut: (s) => process.stdout.write(translateHelp(s)),
      outputError: (s, write) => write(translateCommanderError(s)),
    });
  program.showHelpAfterError(M.helpAfterError);
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
  return program;
}

/** Runs one command line; returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const program = cliProgram();
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
  process.stderr.write(M.internalError(stripControls((e as Error)?.message ?? String(e), { keepNewlines: true })));
  if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
  else process.stderr.write(M.debugHint);
  return EXIT.internal;
}

/** Commander prints its help headings in English; the clerks read Chinese. */
function translateHelp(s: string): string {
  return translatePlaceholders(
    s
      .replace(/^Usage:/gm, C.usage)
      .replace(/^Options:/gm, C.options)
      .replace(/^Commands:/gm, C.commands)
      .replace(/^Arguments:/gm, C.arguments),
  );
}

function translateCommanderError(s: string): string {
  return s
    .replace(/^error: unknown option '(.*)'/m, C.unknownOption)
    .replace(/^error: missing required argument '(.*)'/m, C.missingArgument)
    .replace(/^error: unknown command '(.*)'/m, C.unknownCommand)
    .replace(/^error: too many arguments.*/m, C.tooManyArguments)
    .replace(/^error: option '(.*)' argument missing/m, C.optionMissingValue)
    .replace(/^error: /m, C.otherError);
}

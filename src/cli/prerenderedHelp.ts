import { endOnOutputErrors } from './outputErrors.js';

/**
 * The help the CLI itself printed at bundle time (scripts/bundle.mjs runs it for each of these command lines), by
 * command line. Bundled alone as dist/help.cjs, which bin/jixiao.cjs tries first: `jixiao --help` then loads a few
 * kilobytes instead of the command line's chunks.
 */
declare const JIXIAO_HELP: Readonly<Record<string, string>>;

/**
 * Writes the help of `argv` as the CLI would, and says whether it did. Only when stdout is not a terminal: commander
 * wraps help to a terminal's width, and to 80 columns everywhere else, as it did at bundle time.
 */
export function writeHelp(argv: readonly string[]): boolean {
  const text = argv.length === 1 && Object.hasOwn(JIXIAO_HELP, argv[0]) ? JIXIAO_HELP[argv[0]] : undefined;
  if (text === undefined || process.stdout.isTTY) return false;
  endOnOutputErrors();
  process.stdout.write(text);
  process.exitCode = 0;
  return true;
}

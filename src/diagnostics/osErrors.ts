import { dirname, sep } from 'node:path';
import { stripControls } from './controls.js';
import { OS_ERROR_MESSAGES as M } from './messages.js';

const MESSAGES = M.byCode;

export interface OsError {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

export function isOsError(e: unknown): e is OsError {
  return typeof e === 'object' && e !== null && typeof (e as OsError).code === 'string' && (e as OsError).code in MESSAGES && typeof (e as { errno?: unknown }).errno === 'number';
}

/**
 * The path a person knows: the destination of a rename rather than its source, and the output folder rather than
 * the hidden staging names inside it.
 */
function shownPath(e: OsError, fallback: string): string {
  const raw = e.syscall === 'rename' && e.dest ? e.dest : (e.path ?? fallback);
  const parts = raw.split(sep);
  const hidden = parts.findIndex((p) => p.startsWith('.jixiao-'));
  return stripControls(hidden < 0 ? raw : dirname(parts.slice(0, hidden + 1).join(sep)));
}

/** The Chinese message for an operating-system error, or undefined when `e` is not one. */
export function osErrorMessage(e: unknown, fallbackPath = M.unknownPlace): string | undefined {
  if (!isOsError(e)) return undefined;
  const path = shownPath(e, fallbackPath);
  if (e.code === 'ENOENT' && e.syscall === 'mkdir') return M.cannotMakeFolder(path);
  return `${MESSAGES[e.code](path)}（${e.code}）`;
}

/** A failed write to standard output (`jixiao schema > /dev/full`): said once on stderr, no stack trace. */
export function stdoutErrorMessage(e: unknown): string {
  const code = isOsError(e) ? e.code : String((e as { code?: unknown })?.code ?? '');
  return M.stdout(code === 'ENOSPC' ? M.diskFull : code === 'EPIPE' ? M.readerGone : M.writeFailed(code), code);
}

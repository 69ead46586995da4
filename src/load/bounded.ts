import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../diagnostics/finding.js';
import { LOAD_MESSAGES as M } from './messages.js';

import { byteSize } from './byteSize.js';

export { byteSize } from './byteSize.js';

function openFailed(file: string, what: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError(M.notFound(what, file), [], 1);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(M.noPermission(what, file), [], 1);
  if (code === 'EISDIR') return new UserError(M.isFolder(what, file), [], 1);
  return new UserError(M.unreadable(what, file, code ?? (e as Error).message), [], 1);
}

function tooLarge(file: string, what: string, maxBytes: number): UserError {
  return new UserError(M.fileTooLarge(what, file, byteSize(maxBytes)), [], 1);
}

/**
 * Reads a whole file, but only an ordinary one and at most `maxBytes`. Opened without blocking, so a named pipe
 * cannot hang the build; checked on the opened descriptor (fstat), so a link to a device or a pipe is judged by
 * what it leads to; read in a bounded loop, so a file that grows, or lies about its size, stops at the budget.
 */
export function readBounded(file: string, maxBytes: number, what: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openFailed(file, what, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UserError(M.isFolder(what, file), [], 1);
    if (!st.isFile()) throw new UserError(M.notOrdinaryFile(what, file), [], 1);
    if (st.size > maxBytes) throw tooLarge(file, what, maxBytes);
    let buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw tooLarge(file, what, maxBytes);
        const grown = Buffer.alloc(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(grown);
        buf = grown;
      }
      const read = readSync(fd, buf, n, buf.length - n, null);
      if (read === 0) break;
      n += read;
    }
    if (n > maxBytes) throw tooLarge(file, what, maxBytes);
    return buf.subarray(0, n);
  } catch (e) {
    throw e instanceof UserError ? e : openFailed(file, what, e);
  } finally {
    closeSync(fd);
  }
}

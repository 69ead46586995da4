import { readFile } from 'node:fs/promises';
import { EXIT, UserError } from '../diagnostics/finding.js';
import { SIGN_MESSAGES as M } from '../sign/messages.js';

export interface PasswordOptions {
  passwordFile?: string;
  password?: string;
}

/**
 * The key file's password: from a file (its first line), from --password, or typed at a terminal without echo.
 * Without any of these and no terminal (a script), the empty password is tried: a .p12 without one opens, any
 * other gives the wrong-password message, which names --password-file.
 */
export async function readPassword(o: PasswordOptions, p12: string): Promise<string> {
  if (o.passwordFile && o.password !== undefined) throw new UserError(M.passwordBoth, [], EXIT.usage);
  if (o.passwordFile) {
    const text = await readFile(o.passwordFile, 'utf8').catch((e: Error) => {
      throw new UserError(M.passwordFile(o.passwordFile!, e.message));
    });
    return text.split(/\r?\n/)[0];
  }
  if (o.password !== undefined) return o.password;
  if (process.stdin.isTTY && process.stderr.isTTY) return prompt(M.prompt(p12));
  return '';
}

/** Reads one line from the terminal in raw mode, echoing nothing. */
function prompt(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new UserError(M.cancelled, [], EXIT.usage)));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

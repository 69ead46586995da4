import { blanked, visible } from '../controlCharacters.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { LOAD_MESSAGES as M } from './messages.js';
import { displayWidth } from '../textWidth.js';

/** Position of an offset in a text, 1-based, for syntax messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offending line (trimmed to 60 characters around the column) with a caret under the column, as a terminal shows
 * them: each Chinese character before the column moves the caret two columns.
 */
export function excerpt(text: string, line: number, column: number): string {
  const src = blanked(text.split('\n')[line - 1] ?? '');
  const start = Math.max(0, column - 30);
  return `${src.slice(start, column + 30).replace(/\r$/, '')}\n${' '.repeat(displayWidth(src.slice(start, column - 1)))}^`;
}

/** A syntax error at a line and column, as a UserError with one finding. */
export function syntaxErrorAt(file: string, text: string, line: number, column: number, what: string): UserError {
  const finding: Finding = {
    id: 'E_SYNTAX',
    level: 'error',
    path: `${file}:${line}:${column}`,
    where: M.atLineColumn(file, line, column),
    message: M.syntax(visible(what), excerpt(text, line, column)),
    hint: M.syntaxHint,
  };
  return new UserError(M.cannotRead(file), [finding]);
}

export function syntaxError(file: string, text: string, offset: number, what: string): UserError {
  const { line, column } = lineColumn(text, offset);
  return syntaxErrorAt(file, text, line, column, what);
}

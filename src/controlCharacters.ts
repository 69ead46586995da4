/**
 * Control characters (NUL, ESC and the rest of C0 except tab and line breaks, DEL, C1) and the bidirectional
 * overrides and isolates: invisible, never meant in a report, and able to corrupt a terminal, a file name or the
 * order a text is read in. Input text holding one is refused; a message quoting input shows its code point instead.
 */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const ALL = new RegExp(CONTROL.source, 'g');

/** "U+001B". */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Input quoted in a message: every control character written as its code point, never sent to the terminal. */
export const visible = (text: string) => text.replace(ALL, (c) => `<${codePoint(c)}>`);

/** The same, one character for one (U+FFFD), where columns must stay where they were (a caret under an excerpt). */
export const blanked = (text: string) => text.replace(ALL, '\uFFFD');

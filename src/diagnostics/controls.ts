/**
 * Characters that change how a terminal or a file manager shows the text around them rather than showing
 * themselves: terminal escape sequences (colours, cursor moves, window titles), C0/C1 control characters, and the
 * bidirectional marks, embeddings, overrides and isolates that can make 报告.exe look like exe.告报.
 */
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|[\u001b\u009d]\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_KEEP_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from the input made harmless to print or to use as a name: escape sequences and control characters go. */
export function stripControls(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(ESCAPES, '').replace(options.keepNewlines ? CONTROLS_KEEP_NEWLINE : CONTROLS, '');
}

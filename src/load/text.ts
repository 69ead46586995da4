/**
 * A text input file's bytes as text, the same in the command line and on the web page: UTF-8, or UTF-16 with its BOM
 * (what Windows Notepad saves as "Unicode"); any other encoding is refused by name, never guessed (GBK read as
 * anything else is the wrong characters, printed and signed), and a binary file given a text file's name is named
 * for what it is.
 */
import { UserError } from '../diagnostics/finding.js';
import { LOAD_MESSAGES as M } from './messages.js';

/** The first bytes of the binary files a clerk may have renamed to .json or .yaml, and what each is. */
const BINARY_SIGNATURES: [number[], 'zip' | 'xls' | 'pdf'][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'], // an .xlsx (or any Office file) is a zip archive
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'], // the old Excel format
  [[0x25, 0x50, 0x44, 0x46], 'pdf'], // %PDF
];

/** The byte order marks of UTF-16, which say its encoding for sure. */
const UTF16_BOMS: [number[], 'utf-16le' | 'utf-16be'][] = [
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const startsWith = (bytes: Uint8Array, start: number[]) => start.every((b, i) => bytes[i] === b);

/** A file name's extension from its last dot, as node:path's extname gives it (none for ".yaml" alone). */
function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** `bytes` of the file `file` as text; a UTF-8 BOM is kept for the parsers, which skip it. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const binary = BINARY_SIGNATURES.find(([start]) => startsWith(bytes, start))?.[1];
  if (binary) throw new UserError(M.binaryAsText(file, extensionOf(file), binary), [], 1);
  const utf16 = UTF16_BOMS.find(([bom]) => startsWith(bytes, bom))?.[1];
  try {
    return utf16 ? new TextDecoder(utf16, { fatal: true }).decode(bytes) : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(M.notUtf8(file), [], 1);
  }
}

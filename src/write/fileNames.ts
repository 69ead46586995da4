import { stripControls } from '../diagnostics/controls.js';
import { WRITE_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

const MAX_BYTES = 180; // file systems allow 255 bytes; leave room for ".pdf" and temp suffixes
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name made from input text that is safe everywhere: no path separators or "..", no control or
 * bidirectional or Windows-reserved characters, no terminal escape sequences, bounded length (in UTF-8 bytes, cut on a character boundary).
 */
export function sanitizeFileName(raw: string): string {
  let name = stripControls(raw.normalize('NFC'))
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(name)) name = `_${name}`;
  return shorten(name) || WRITE_MESSAGES.unnamedFile;
}

/** Cuts a name to `max` UTF-8 bytes on character boundaries. */
function fit(chars: string[], max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of chars) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/**
 * Keeps both ends of a long name: the start says whose report it is, the end which document, so two
 * documents of one unit with a very long name still get different names.
 */
function shorten(name: string): string {
  if (Buffer.byteLength(name) <= MAX_BYTES) return name;
  const chars = [...name];
  const tail = [...fit([...chars].reverse(), 90)].reverse().join('');
  const head = fit(chars, MAX_BYTES - Buffer.byteLength(tail) - Buffer.byteLength('…'));
  return `${head}…${tail}`;
}

/** Makes names unique within one output folder by adding （2）, （3）… before the extension. */
export function uniqueNames(names: string[], extension = ''): string[] {
  const seen = new Map<string, number>();
  return mapList(names, (n) => {
    const key = n.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${count === 1 ? n : `${n}（${count}）`}${extension}`;
  });
}

import { BUDGETS } from '../budgets.js';
import { readBounded } from './bounded.js';
import { LOAD_MESSAGES as M } from './messages.js';
import { checkImage, fromBase64, PNG_DATA_URI } from './png.js';

export { checkImage, PNG_DATA_URI } from './png.js';

/**
 * A signature or seal image, read within its budget and judged from its header before anything decodes it.
 * `source` is a file, or a picture embedded as a PNG data URI.
 */
export function readImage(source: string): Uint8Array {
  if (source.startsWith(PNG_DATA_URI)) return checkImage(fromBase64(source.slice(PNG_DATA_URI.length)), M.embeddedImage);
  return checkImage(readBounded(source, BUDGETS.imageBytes, M.imageFile), source);
}

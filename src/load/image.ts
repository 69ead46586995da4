import { BUDGETS } from '../budgets.js';
import { UserError } from '../diagnostics/finding.js';
import { byteSize, readBounded } from './bounded.js';
import { LOAD_MESSAGES as M } from './messages.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Samples per pixel of each PNG colour type; a palette image is decoded to RGB. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 3, 4: 2, 6: 4 };

function notPng(file: string, bytes: Buffer): UserError {
  return new UserError(M.notPng(file, bytes[0] === 0xff && bytes[1] === 0xd8), [], 1);
}

/** A picture embedded in the input (from a workbook's signature cell) rather than named by its file. */
export const PNG_DATA_URI = 'data:image/png;base64,';

/**
 * A signature or seal image, read within its budget and judged from its header (IHDR) before anything decodes it:
 * a small file can declare 16000 × 16000 pixels, which would take the renderer minutes and gigabytes.
 * `source` is a file, or a picture embedded as a PNG data URI.
 */
export function readImage(source: string): Buffer {
  if (source.startsWith(PNG_DATA_URI)) return checkImage(Buffer.from(source.slice(PNG_DATA_URI.length), 'base64'), M.embeddedImage);
  return checkImage(readBounded(source, BUDGETS.imageBytes, M.imageFile), source);
}

/** `bytes` if they are a PNG within the budgets; `file` names it in the messages. */
export function checkImage(bytes: Buffer, file: string): Buffer {
  if (bytes.length > BUDGETS.imageBytes) throw new UserError(M.embeddedImageTooLarge(file, byteSize(bytes.length), byteSize(BUDGETS.imageBytes)), [], 1);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw notPng(file, bytes);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24];
  const channels = CHANNELS[bytes[25]];
  if (!width || !height || !channels) throw notPng(file, bytes);
  const side = BUDGETS.imageSide;
  const decoded = width * height * channels * Math.max(1, bitDepth / 8);
  if (width > side || height > side || decoded > BUDGETS.imageDecodedBytes) {
    throw new UserError(M.imageTooLarge({ file, width, height, decoded: byteSize(decoded), side, maxDecoded: byteSize(BUDGETS.imageDecodedBytes) }), [], 1);
  }
  return bytes;
}

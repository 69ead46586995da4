/**
 * A PNG judged from its header (IHDR) before anything decodes it: a small file can declare 16000 × 16000 pixels,
 * which would take the renderer minutes and gigabytes. No Node module here: the web page checks a picture pasted
 * in a workbook the same way.
 */
import { BUDGETS } from '../budgets.js';
import { UserError } from '../diagnostics/finding.js';
import { byteSize } from './byteSize.js';
import { LOAD_MESSAGES as M } from './messages.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

/** Samples per pixel of each PNG colour type; a palette image is decoded to RGB. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 3, 4: 2, 6: 4 };

/** A picture embedded in the input (from a workbook's signature cell) rather than named by its file. */
export const PNG_DATA_URI = 'data:image/png;base64,';

export function notPng(file: string, bytes: Uint8Array): UserError {
  return new UserError(M.notPng(file, bytes[0] === 0xff && bytes[1] === 0xd8), [], 1);
}

const startsWith = (bytes: Uint8Array, at: number, expected: number[]) => expected.every((b, i) => bytes[at + i] === b);

/** `bytes` if they are a PNG within the budgets; `file` names it in the messages. */
export function checkImage<T extends Uint8Array>(bytes: T, file: string): T {
  if (bytes.length > BUDGETS.imageBytes) throw new UserError(M.embeddedImageTooLarge(file, byteSize(bytes.length), byteSize(BUDGETS.imageBytes)), [], 1);
  if (bytes.length < 33 || !startsWith(bytes, 0, PNG_SIGNATURE) || !startsWith(bytes, 12, IHDR)) throw notPng(file, bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
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

/** Base64 both ways with the globals a browser and Node 20 share (atob, btoa). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

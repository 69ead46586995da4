import { BUDGETS } from '../budgets.js';
import { UserError } from '../diagnostics/finding.js';
import { byteSize, readBounded } from './bounded.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Samples per pixel of each PNG colour type; a palette image is decoded to RGB. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 3, 4: 2, 6: 4 };

function notPng(file: string, bytes: Buffer): UserError {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  const kind = jpeg ? '是 JPEG 图片，不是 PNG 图片' : '不是 PNG 图片';
  return new UserError(`图片文件 ${file} ${kind}：签名和印章图片须为 PNG 格式，请用画图、WPS 等软件“另存为” PNG`, [], 1);
}

/**
 * A signature or seal image, read within its budget and judged from its header (IHDR) before anything decodes it:
 * a small file can declare 16000 × 16000 pixels, which would take the renderer minutes and gigabytes.
 */
export function readImage(file: string): Buffer {
  const bytes = readBounded(file, BUDGETS.imageBytes, '图片文件');
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw notPng(file, bytes);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24];
  const channels = CHANNELS[bytes[25]];
  if (!width || !height || !channels) throw notPng(file, bytes);
  const side = BUDGETS.imageSide;
  const decoded = width * height * channels * Math.max(1, bitDepth / 8);
  if (width > side || height > side || decoded > BUDGETS.imageDecodedBytes) {
    throw new UserError(
      `图片 ${file} 太大：${width} × ${height} 像素，解码后约 ${byteSize(decoded)}；最多 ${side} × ${side} 像素、解码后 ${byteSize(BUDGETS.imageDecodedBytes)}。签名或印章图片 1000 像素见方已足够清晰，请缩小后再用`,
      [],
      1,
    );
  }
  return bytes;
}

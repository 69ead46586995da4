/** Pictures a clerk put in the workbook's signature and seal cells, used as those lines' images. */
import type ExcelJS from 'exceljs';
import { PNG_DATA_URI, checkImage } from '../load/image.js';
import { LOAD_MESSAGES as M } from '../load/messages.js';
import { UserError } from '../diagnostics/finding.js';
import { pathKey } from './paths.js';

const ROLES = ['principal', 'preparer', 'unitHead', 'seal'] as const;

/** "部门整体支出绩效目标自评表!C40" → the sheet's name and the cell's row. */
function parseCell(location: string): { sheet: string; row: number } | undefined {
  const m = /^(.*)!([A-Z]+)(\d+)$/.exec(location);
  return m ? { sheet: m[1], row: Number(m[3]) } : undefined;
}

/**
 * For each image field of `contacts.images` whose row holds a picture (its top-left corner on that row, as when
 * pasted into the cell), the picture as a PNG data URI in `data`: it takes the place of a typed file path. A JPEG
 * or an oversized picture is refused here, named by its cell.
 */
export function placePictures(wb: ExcelJS.Workbook, data: Record<string, unknown>, locations: Map<string, string>): void {
  for (const role of ROLES) {
    const location = locations.get(pathKey(['contacts', 'images', role]));
    const at = location && parseCell(location);
    const ws = at && wb.getWorksheet(at.sheet);
    if (!at || !ws) continue;
    const picture = ws.getImages().find((img) => Math.floor(img.range.tl.nativeRow) + 1 === at.row);
    if (!picture) continue;
    const image = wb.getImage(Number(picture.imageId));
    const where = `${location} ${M.embeddedImage}`;
    const bytes = image.buffer ? Buffer.from(image.buffer) : image.base64 ? Buffer.from(image.base64.replace(/^data:[^,]*,/, ''), 'base64') : undefined;
    if (!bytes) continue;
    if (image.extension !== 'png') throw new UserError(M.notPng(where, image.extension === 'jpeg'), [], 1);
    checkImage(bytes, where);
    const contacts = (data.contacts ??= {}) as Record<string, unknown>;
    const images = (contacts.images ??= {}) as Record<string, unknown>;
    images[role] = `${PNG_DATA_URI}${bytes.toString('base64')}`;
  }
}

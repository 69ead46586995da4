/**
 * The signature and seal images in the build worker: the files the clerk added in the page (by the names the input
 * gives them), and pictures a workbook carried in its cells (PNG data URIs). Both are judged as the CLI judges a file
 * (load/png.ts). A name the clerk has not added yet is a finding at its field, and the build goes on with that place
 * left empty (a transparent pixel), so the preview and the other findings stay live.
 */
import type { Finding } from '../diagnostics/finding.js';
import { checkImage, fromBase64, PNG_DATA_URI } from '../load/png.js';
import { describePath } from '../model/paths.js';
import { WEB_MESSAGES as M } from './messages.js';
import type { NamedImage } from './protocol.js';
import { mapList } from '../mapList.js';

/** A 1 × 1 PNG, fully transparent: what a named image not yet added is drawn as. */
const EMPTY_PNG = fromBase64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAACklEQVR4AWMAAQAABQABNtCI3QAAAABJRU5ErkJggg==');

let added = new Map<string, Uint8Array>();

/** The images the clerk has added, by the name the input gives each. */
export function useImages(images: Record<string, Uint8Array>): void {
  added = new Map(Object.entries(images));
}

/** The bytes of an image the input names (resources().image). */
export function imageBytes(name: string): Uint8Array {
  if (name.startsWith(PNG_DATA_URI)) return checkImage(fromBase64(name.slice(PNG_DATA_URI.length)), M.workbookImage);
  const bytes = added.get(name);
  return bytes ? checkImage(bytes, name) : EMPTY_PNG;
}

/** The image files the input names (not pictures it carries), with each field's name in the clerk's terms. */
export function namedImages(data: unknown): NamedImage[] {
  const images = (data as { contacts?: { images?: Record<string, unknown> } } | undefined)?.contacts?.images;
  if (!images || typeof images !== 'object') return [];
  return mapList(Object.entries(images)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '' && !entry[1].startsWith(PNG_DATA_URI)), ([role, name]) => ({ path: `contacts.images.${role}`, name: name.trim(), field: describePath(['contacts', 'images', role]).split(' › ').at(-1)! }));
}

/** A finding for each image the input names by file that the clerk has not added in the page. */
export function missingImages(named: NamedImage[]): Finding[] {
  return mapList(named
    .filter((image) => !added.has(image.name)), (image) => ({
      id: 'E_IMAGE_NOT_ADDED',
      level: 'error',
      path: image.path,
      where: describePath(image.path.split('.')),
      message: M.imageNotAdded(image.name),
      actual: image.name,
      hint: M.imageNotAddedHint,
    }));
}

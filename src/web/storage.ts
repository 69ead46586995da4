/**
 * The work in progress, kept in the browser's storage so that it survives a reload or a crash: the input's text in
 * localStorage, the signature and seal images (up to a few MB) in IndexedDB.
 */
import { del, get, set } from 'idb-keyval';
import type { Cells } from './protocol.js';

const KEY = 'jixiao.work';
const IMAGES_KEY = 'jixiao.images';

export interface Work {
  /** The input's file name (its extension says how the text reads: .yaml or .json). */
  name: string;
  text: string;
  /** The cells of the workbook the text was read from, while it is worked on (see protocol.ts). */
  cells?: Cells;
}

export function loadWork(): Work | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    const work = raw ? (JSON.parse(raw) as Partial<Work>) : undefined;
    if (typeof work?.name !== 'string' || typeof work.text !== 'string') return undefined;
    return { name: work.name, text: work.text, ...(Array.isArray(work.cells) ? { cells: work.cells } : {}) };
  } catch {
    return undefined;
  }
}

export function saveWork(work: Work): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(work));
  } catch {
    // A full or disabled storage loses only the safety copy; the page keeps working.
  }
}

export function clearWork(): void {
  localStorage.removeItem(KEY);
}

/** The images the clerk added, by the names the input gives them; none if the storage is unavailable. */
export async function loadImages(): Promise<Record<string, Uint8Array>> {
  try {
    const images = (await get(IMAGES_KEY)) as Record<string, Uint8Array> | undefined;
    return images && typeof images === 'object' ? images : {};
  } catch {
    return {};
  }
}

export async function saveImages(images: Record<string, Uint8Array>): Promise<void> {
  try {
    await set(IMAGES_KEY, images);
  } catch {
    // As with the text: only the safety copy is lost.
  }
}

export async function clearImages(): Promise<void> {
  try {
    await del(IMAGES_KEY);
  } catch {
    // Nothing was kept.
  }
}

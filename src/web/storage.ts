/** The work in progress, kept in the browser's storage so that it survives a reload or a crash. */
const KEY = 'jixiao.work';

export interface Work {
  /** The input's file name (its extension says how the text reads: .yaml or .json). */
  name: string;
  text: string;
}

export function loadWork(): Work | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    const work = raw ? (JSON.parse(raw) as Partial<Work>) : undefined;
    return typeof work?.name === 'string' && typeof work.text === 'string' ? (work as Work) : undefined;
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

import { mapList } from './mapList.js';
/**
 * What the core stages read besides the input: template texts, the fonts and their coverage, signature images.
 * The core never opens a file: it asks this interface, which an adapter provides before anything runs
 * (src/node/resources.ts reads the package's folders; the web page's worker fetches them from the site's folder).
 */
export type FontStyle = 'normal' | 'bold';

/** Code-point ranges [first, last] both font weights can draw (fonts/coverage.json). */
export type CoverageRanges = [number, number][];

/**
 * The glyph outlines (glyf table) of a font file whose `bytes` hold every other table but not yet these: most of a
 * CJK font's 4 MB, of which a report uses a few hundred kilobytes. `read` gives bytes of the file by offset;
 * `complete` puts the whole table into `bytes`, for code that reads glyphs there itself.
 */
export interface LazyGlyphs {
  read(offset: number, length: number): Uint8Array;
  complete(): void;
}

export interface Resources {
  /** A file of templates/ by its path inside that folder ('labels.yaml'); `file` names it in messages. */
  template(name: string): { file: string; source: string };
  /** The names (files and folders) directly inside a folder of templates/ ('profiles'); empty when there is none. */
  templateList(dir: string): string[];
  /** Changes whenever template `name` changes, so that what is built from it can be kept until then. */
  templateStamp(name: string): string;
  /**
   * The TrueType file of a weight of the one font family, and the name pdfmake files it under; with `glyphs`, the
   * file's outlines are read when used (see LazyGlyphs).
   */
  font(style: FontStyle): { name: string; bytes: Uint8Array; glyphs?: LazyGlyphs };
  coverage(): CoverageRanges;
  /** The parsed value of a template's YAML text when it is known ahead of time (a cold start then skips the parser). */
  parsedYaml?(source: string): unknown;
  /**
   * The profile of these files (by their path inside `folder`) as validated ahead of time, when it was and nothing
   * it was validated against changed since (Node: the bundle's store); undefined to validate them now.
   */
  storedProfile?(folder: string, files: Readonly<Record<string, string>>): unknown;
  /** A PNG named by the input (contacts.images), checked against its budget and header. */
  image(name: string): Uint8Array;
}

let current: Resources | undefined;

/** Set by the adapter (CLI, batch worker, web worker, test setup) before the first build. */
export function useResources(resources: Resources): void {
  current = resources;
  built.clear();
  stamps.clear();
}

export function resources(): Resources {
  if (!current) throw new Error('jixiao core: no resources were provided (useResources) before the first build');
  return current;
}

const built = new Map<string, { stamp: string; value: unknown }>();

/**
 * Stamps asked for while one piece of synchronous work runs: building the input schema looks up fields.yaml once per
 * field, and a file read on disk (a stat) each time was a tenth of a `check`. Forgotten when that work ends, so that
 * a template edited between two builds of a batch worker or the web page is still seen by the next.
 */
const stamps = new Map<string, string>();

function stampOf(name: string): string {
  let stamp = stamps.get(name);
  if (stamp === undefined) {
    if (!stamps.size) queueMicrotask(() => stamps.clear());
    stamps.set(name, (stamp = resources().templateStamp(name)));
  }
  return stamp;
}

/**
 * What is built from templates (parsed labels, styles, profiles), kept while they stay the same: a batch worker
 * builds hundreds of reports, and a Labels keeps its compiled templates. `names` are the files it is built from.
 */
export function fromTemplate<T>(key: string, build: () => T, names: readonly string[] = [key]): T {
  const stamp = mapList(names, stampOf).join('|');
  const hit = built.get(key);
  if (hit?.stamp === stamp) return hit.value as T;
  const value = build();
  built.set(key, { stamp, value });
  return value;
}

import { readFileSync } from 'node:fs';

/**
 * The YAML template files, parsed ahead of time. Parsing them is a large part of a cold start (fields.yaml alone
 * takes the YAML parser ~0.3 s before it is warm), and the bundled templates are the same on every run. The bundle
 * (scripts/bundle.mjs) writes template-cache.json beside itself: the parsed value of each bundled template file, as
 * JSON, by its text (not a hash of it: node:crypto is not loaded, ~10 ms of a cold check). A text found there is read
 * from that JSON; any other text (templates edited, or run from the sources) is parsed, so what a caller gets never
 * depends on the cache. The Node adapter of the core's resources offers it (src/node/resources.ts); the web page
 * parses its templates when the site is built.
 */
export const TEMPLATE_CACHE = 'template-cache.json';

let table: Record<string, string> | null | undefined;

function cache(): Record<string, string> | null {
  if (table === undefined) {
    try {
      table = JSON.parse(readFileSync(new URL(`./${TEMPLATE_CACHE}`, import.meta.url), 'utf8')) as Record<string, string>;
    } catch {
      table = null;
    }
  }
  return table;
}

/** The parsed value of a bundled template's text; undefined for any other text (templates edited, or the sources). */
export function cachedYaml(text: string): unknown {
  const texts = cache();
  return texts && Object.hasOwn(texts, text) ? JSON.parse(texts[text]) : undefined;
}

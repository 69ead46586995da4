import { readFileSync } from 'node:fs';

/**
 * The YAML template files, parsed ahead of time. Parsing them is a large part of a cold start (fields.yaml alone
 * takes the YAML parser ~0.3 s before it is warm), and the bundled templates are the same on every run. The bundle
 * (scripts/bundle.mjs) writes template-cache.jsonl beside itself: one line per bundled template file, the JSON array
 * [its text, its parsed value as JSON]. Looked up by the text itself (not a hash of it: node:crypto is not loaded,
 * ~10 ms of a cold check), and only the line found is parsed: a command reads a few templates of the twenty. A text
 * found there is read from that JSON; any other text (templates edited, or run from the sources) is parsed, so what
 * a caller gets never depends on the cache. The Node adapter of the core's resources offers it
 * (src/node/resources.ts); the web page parses its templates when the site is built.
 */
export const TEMPLATE_CACHE = 'template-cache.jsonl';

let lines: Buffer | null | undefined;

/** The file's bytes, not decoded: a lookup decodes only the line it finds (the whole file as text is ~0.5 MB of heap). */
function cache(): Buffer | null {
  if (lines === undefined) {
    try {
      lines = readFileSync(new URL(`./${TEMPLATE_CACHE}`, import.meta.url));
    } catch {
      lines = null;
    }
  }
  return lines;
}

/**
 * The value on the line of `text` in `all` (lines as scripts/bundle.mjs writes them, each led by a newline): JSON
 * text has no newline of its own (JSON.stringify escapes it), so a newline, `[` and the text as JSON.stringify writes
 * it can only start the line of exactly that text. In UTF-8 bytes as in text: a newline starts no other character.
 */
export function lookUpYaml(all: string | Buffer, text: string): unknown {
  const at = all.indexOf(`\n[${JSON.stringify(text)},`);
  if (at < 0) return undefined;
  const found = all.indexOf('\n', at + 1);
  const end = found < 0 ? all.length : found;
  const line = typeof all === 'string' ? all.slice(at + 1, end) : all.toString('utf8', at + 1, end);
  const [, json] = JSON.parse(line) as [string, string];
  return JSON.parse(json);
}

/** The parsed value of a bundled template's text; undefined for any other text (templates edited, or the sources). */
export function cachedYaml(text: string): unknown {
  const all = cache();
  return all === null ? undefined : lookUpYaml(all, text);
}

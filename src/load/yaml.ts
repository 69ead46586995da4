import { isNode, LineCounter, parseDocument, visit, type Document, type ScalarTag, type Tags, type YAMLError } from 'yaml';
import { lineColumn, syntaxErrorAt } from './syntax.js';
import type { LineFinder, Locator, Segment } from './locate.js';
import { LOAD_MESSAGES as M } from './messages.js';
import { mapList } from '../mapList.js';

/** The yaml library's error codes in the clerk's words; the library's own sentence follows in brackets. */
const YAML_PROBLEMS = M.yamlProblems;

/** A text the parser could not descend into: it recurses per level, and stops at the stack's end. */
const TOO_DEEP = /Maximum call stack size exceeded/;
const NESTING = M.yamlTooDeep;

function describe(error: YAMLError): string {
  const detail = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  if (TOO_DEEP.test(detail)) return NESTING;
  const known = YAML_PROBLEMS[error.code];
  return known ? `${known}（${detail}）` : detail;
}

/** YAML's decimal integers and plain floats, as the core schema writes them (yaml 2). */
const INT = '/^[-+]?[0-9]+$/';
const FLOAT = '/^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/';

/**
 * A number written with a leading zero is read as the text it is: a telephone number (07348859878), a code (0012),
 * whose zero YAML would otherwise drop. An amount so written is still read as one, from its text.
 */
function keepLeadingZeros(tags: Tags): Tags {
  return mapList(tags, (t) => {
    if (typeof t !== 'object' || 'collection' in t) return t;
    const scalar = t as ScalarTag;
    if (scalar.tag === 'tag:yaml.org,2002:int' && String(scalar.test) === INT) return { ...scalar, test: /^[-+]?(?:0|[1-9][0-9]*)$/ };
    if (scalar.tag === 'tag:yaml.org,2002:float' && String(scalar.test) === FLOAT) return { ...scalar, test: /^[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)\.[0-9]*)$/ };
    return t;
  });
}

/**
 * Reads YAML text into plain data, and a locator giving the line of the value at a data path
 * ("input.yaml 第 12 行"); a path missing in the file (a field left out) gives the line of the nearest enclosing value.
 */
export function parseYaml(file: string, text: string): { data: unknown; locate: Locator; lineOf: LineFinder } {
  const source = text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter, resolveKnownTags: false, customTags: keepLeadingZeros });
  // A warning (an unknown tag such as !!js/function or !custom) is refused like an error: the data must mean what it says.
  const error = doc.errors[0] ?? doc.warnings[0];
  if (error) {
    const { line, column } = lineColumn(source, error.pos[0]);
    const slip = likelySlip(source, line);
    throw slip ? syntaxErrorAt(file, source, slip.line, slip.column, slip.what) : syntaxErrorAt(file, source, line, column, describe(error));
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  const lineOf = (path: readonly Segment[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const locate = (path: readonly Segment[]) => {
    const line = lineOf(path);
    return line === undefined ? undefined : M.atLine(name, line);
  };
  return { data: toPlainData(file, source, doc), locate, lineOf };
}

/** A full-width colon after a key (what a Chinese input method types). */
const FULL_WIDTH_COLON = /^(\s*(?:- )?)([^\s#"'：:][^#"'：:]*?)：/;
/** A key and its value with no space after the colon: YAML reads "preparer:何蓉" as one text. A URL's "//" is not one. */
const NO_SPACE = /^(\s*(?:- )?)([A-Za-z_][\w-]*):(?=[^\s/])/;
/** ": " inside an unquoted text, which YAML reads as a second key; not in a quoted text, a block or a flow collection. */
const COLON_IN_TEXT = /^(\s*(?:- )?)([A-Za-z_][\w-]*): (?!["'|>&*!{[])([^#]*?): /;

/**
 * A slip a clerk makes that the parser reports in its own terms, often on the next line: a full-width colon, no space
 * after the colon, a text holding ": ". Looked for on the line of the error, then on the filled line before it.
 */
function likelySlip(source: string, line: number): { line: number; column: number; what: string } | undefined {
  const lines = source.split('\n');
  let before = line - 1;
  while (before > 0 && !lines[before - 1].replace(/(^|\s)#.*$/, '').trim()) before--;
  for (const n of [line, before]) {
    const text = (lines[n - 1] ?? '').replace(/\s#.*$/, '');
    let m = FULL_WIDTH_COLON.exec(text);
    if (m) return { line: n, column: m[1].length + m[2].length + 1, what: M.yamlSlips.fullWidthColon(m[2].trim()) };
    m = NO_SPACE.exec(text);
    if (m) return { line: n, column: m[1].length + m[2].length + 2, what: M.yamlSlips.noSpace(m[2]) };
    m = COLON_IN_TEXT.exec(text);
    if (m) return { line: n, column: m[1].length + m[2].length + 3, what: M.yamlSlips.colonInText(m[2]) };
  }
  return undefined;
}

/** The document as plain data; an alias bomb (aliases expanding to millions of nodes) is refused, not expanded. */
function toPlainData(file: string, source: string, doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = (e as Error).message;
    if (e instanceof RangeError && TOO_DEEP.test(message)) throw syntaxErrorAt(file, source, 1, 1, NESTING);
    const unresolved = e instanceof ReferenceError ? unresolvedAlias(doc) : undefined;
    if (unresolved) {
      const { line, column } = lineColumn(source, unresolved.at);
      throw syntaxErrorAt(file, source, line, column, M.yamlUndefinedAlias(unresolved.name));
    }
    if (/alias/i.test(message)) throw syntaxErrorAt(file, source, 1, 1, M.yamlAliasBomb);
    throw e;
  }
}

/** The first alias (*name) with no anchor (&name) before it: where it is, and its name. */
function unresolvedAlias(doc: Document.Parsed): { at: number; name: string } | undefined {
  let found: { at: number; name: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc)) return undefined;
      found = { at: node.range?.[0] ?? 0, name: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

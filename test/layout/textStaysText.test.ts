import { describe, expect, it } from 'vitest';
import { unbroken } from '../helpers/unbroken.js';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { exampleData } from '../helpers/example.js';

/** Every directive of the narrative's markup, as an input value would try it. */
const DIRECTIVES = ['# 伪造', '## 伪造', '@title 伪造', '@subtitle 伪造', '@unit 伪造', '@signature 伪造', '@date 伪造', '@closing 伪造', '@pagebreak', '正文\n@pagebreak\n# 伪造'];

/**
 * The same text made meaningless to any markup parser, each change keeping every glyph's width (regular and bold) so
 * that lines wrap and pages break exactly as before: '#' → '$', the space after an @ word → no-break space,
 * 'pagebreak' → 'pagebreák'.
 */
const inert = (text: string) => text.replace(/#/g, '$').replace(/(@(?:title|subtitle|unit|signature|date|closing)) /g, '$1\u00A0').replace(/pagebreak/g, 'pagebreák');

type Path = (string | number)[];

function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return [];
}

function setAt(data: any, path: Path, value: string): void {
  path.slice(0, -1).reduce((o, k) => o[k], data)[path.at(-1)!] = value;
}

const parses = (data: unknown) => {
  try {
    parseReportInput(data);
    return true;
  } catch {
    return false;
  }
};

/** The example's text fields for `value`: every string leaf that still reads as valid input when it holds it. */
function textFields(value: string): Path[] {
  return stringLeaves(exampleData()).filter((path) => {
    const data = exampleData();
    setAt(data, path, value);
    return parses(data);
  });
}

const TEXT_FIELDS = textFields('# 伪造');

/** The example with `value` in every field that takes it (a line break is refused in names, so those keep theirs). */
function layoutWith(value: string, fields: Path[]): DocumentLayout[] {
  const data = exampleData();
  for (const path of fields) setAt(data, path, value);
  return layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles: loadStyles() });
}

/** A paragraph's lines as the layout hands them over: a stack of line leaves. */
const isLines = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((n) => n && typeof n === 'object' && (n as { noWrap?: unknown }).noWrap === true);

/**
 * What the layout made, text aside: every document's pages, and the narrative's nodes (the only document with markup)
 * with their styles, page breaks and margins but each text made blank, and a paragraph's lines as its first line (a
 * no-break space joins two words that a space would part, so the inert text may wrap elsewhere). The forms size their
 * columns to the text, so their nodes are compared by text only.
 */
function skeleton(docs: DocumentLayout[]): unknown {
  // A paragraph's first line keeps its own keys (its indent); a justified line's words are its text's.
  const first = (lines: Record<string, unknown>[]) => [Object.fromEntries(Object.entries(lines[0]).filter(([k]) => k !== 'justifiedWords'))];
  const blank = (key: string, v: unknown) => (key === 'stack' && isLines(v) ? first(v as Record<string, unknown>[]) : typeof v === 'string' && key === 'text' ? '' : v);
  return { pages: docs.map((d) => [d.kind, d.pages]), narrative: JSON.parse(JSON.stringify(docs[0].content, blank)) };
}

const textsOf = (content: unknown): string[] => {
  const out: string[] = [];
  JSON.stringify(unbroken(content), (key, v) => (key === 'text' && typeof v === 'string' && out.push(v), v));
  return out;
};

/** The narrative's texts in order; every document's texts as a sorted list (a form's rows may break at another row). */
const texts = (docs: DocumentLayout[]) => ({ narrative: textsOf(docs[0].content), all: textsOf(docs.map((d) => d.content)).sort() });
const inertTexts = (t: ReturnType<typeof texts>) => ({ narrative: t.narrative.map(inert), all: t.all.map(inert).sort() });

describe('input text stays text', () => {
  it('the example has many text fields to try', () => {
    expect(TEXT_FIELDS.length).toBeGreaterThan(50);
    expect(TEXT_FIELDS.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['unit.name', 'narrative.problems', 'narrative.governmentFunds', 'contacts.preparer']));
  });

  it.each(DIRECTIVES)('%j in every text field makes no heading, title, signature line or page break', (directive) => {
    const fields = directive.includes('\n') ? textFields(directive) : TEXT_FIELDS;
    expect(fields.length).toBeGreaterThan(50);
    const forged = layoutWith(directive, fields);
    const plain = layoutWith(inert(directive), fields);
    expect(skeleton(forged)).toEqual(skeleton(plain));
    expect(inertTexts(texts(forged))).toEqual(texts(plain));
    // The value is printed as given, marker and all.
    expect(texts(forged).narrative).toContain(directive.split('\n').at(-1));
  });
});

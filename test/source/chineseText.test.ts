/**
 * The rule of the codebase: Chinese in src/ only in comments and in the message catalogs; form labels live in
 * templates/. This reads every source file's string, template and regular-expression literals (comments are not
 * tokens of the syntax tree, so they never count) and fails on a Chinese character outside the catalogs.
 * Punctuation alone (、：（）) is allowed: it joins data, it names nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Message catalogs: user-facing wording gathered in one file per stage. */
const CATALOG = /(^|\/)([a-z]+M|m)essages\.ts$|^diagnostics\/osErrors\.ts$/;

/**
 * Files that still hold Chinese outside a catalog, each with what it is. None is a form label (those are in
 * templates/); they are messages, command help and patterns that read the clerk's text. The list may only
 * shrink: a file here that no longer holds Chinese fails the test, so that it is taken off.
 */
const NOT_YET_IN_A_CATALOG: Record<string, string> = {
  'node/resources.ts': 'messages',
  'core/profiles.ts': 'messages',
  'check/input/glyphs.ts': 'messages',
  'check/input/precision.ts': 'names of number kinds in messages',
  'check/rules/level1Weights.ts': 'words that classify a 一级指标 (产出/效益/满意)',
  'check/rules/projectUse.ts': 'a list in a message',
  'check/rules/yearMismatch.ts': 'pattern that finds years in text',
  'compose/format.ts': 'Chinese numerals for numbered headings',
  'compose/handlebars.ts': 'template error messages',
  'compose/labels.ts': 'messages about labels.yaml',
  'convert/files.ts': 'names of file kinds in messages',
  'derive/scoring.ts': 'grade names 优/良/中/差 (engine profiles take them from profile.yaml)',
  'diagnostics/print.ts': 'report headings',
  'diff/facts.ts': 'placeholder in a change list',
  'diff/format.ts': 'change list wording',
  'forms/definition.ts': 'titles of definition keys, for messages about a definition file',
  'forms/derive.ts': 'pattern that drops 其中： from a row label',
  'forms/loadProfile.ts': 'messages',
  'layout/flow/paginate.ts': 'message',
  'load/index.ts': 'messages',
  'load/syntax.ts': 'messages',
  'load/yaml.ts': 'messages',
  'model/measure.ts': 'units of measure the parser recognises',
  'model/parse.ts': 'messages',
  'model/paths.ts': 'message',
  'model/primitives.ts': 'messages',
  'model/typing.ts': 'patterns that split typed lists',
  'packageRoot.ts': 'message',
  'render/engine.ts': 'message',
  'render/index.ts': 'message',
  'render/pdfObjects.ts': 'message',
  'render/trueType.ts': 'message',
  'workbook/cells.ts': 'pattern that reads dates typed with 年月日',
};

const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.JsxText,
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

/** Each literal holding a Chinese character, as "line: text". */
function chineseLiterals(text: string, name = 'file.ts'): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (LITERALS.has(node.kind) && IDEOGRAPH.test(node.getText(file))) {
      found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.getText(file).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = sourceFiles(SRC).map((path) => ({ path, key: relative(SRC, path).split(sep).join('/') }));

describe('Chinese text in src/', () => {
  it('finds Chinese in strings, templates and patterns, never in comments', () => {
    const text = ['// 注释', '/** 说明 */', "const a = '标签';", 'const b = `${a}：${a}`;', 'const c = `第 ${1} 行`;', 'const d = /其中：/;', "const e = '、';"].join('\n');
    expect(chineseLiterals(text).map((l) => l.split(':')[0])).toEqual(['3', '5', '5', '6']);
  });

  it('is only in message catalogs and the listed files', () => {
    const offenders = files
      .filter((f) => !CATALOG.test(f.key) && !(f.key in NOT_YET_IN_A_CATALOG))
      .flatMap((f) => chineseLiterals(readFileSync(f.path, 'utf8'), f.key).map((l) => `src/${f.key}:${l}`));
    expect(offenders, 'form labels belong in templates/ (profiles/<id>/…), wording in a messages.ts catalog').toEqual([]);
  });

  it('lists only files that still hold Chinese (the list shrinks as they are cleaned)', () => {
    const clean = Object.keys(NOT_YET_IN_A_CATALOG).filter((key) => {
      const f = files.find((x) => x.key === key);
      return !f || chineseLiterals(readFileSync(f.path, 'utf8'), key).length === 0;
    });
    expect(clean, 'take these off NOT_YET_IN_A_CATALOG').toEqual([]);
  });
});

/**
 * The rule of the codebase: Chinese in src/ only in comments and in the message catalogs; form labels live in
 * templates/. This reads every source file's string, template and regular-expression literals (comments are not
 * tokens of the syntax tree, so they never count) and fails on a Chinese character outside the catalogs.
 * Punctuation alone (、：（）) is allowed: it joins data, it names nothing.
 *
 * Notation is neither wording nor a form label: the patterns that read a clerk's typed text (dates typed with 年月日,
 * list numbering 一、（一）, 其中：, years in text) and the characters numbers and dates are written with (零一二…十,
 * 年月日). It lives in a `patterns.ts` file of its stage, and there only as regular expressions or as string literals
 * that are one Chinese character: a word, a sentence or a template in a patterns.ts file fails as anywhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Message catalogs: user-facing wording gathered in one file per stage. */
const CATALOG = /(^|\/)([a-z]+M|m)essages\.ts$|^diagnostics\/osErrors\.ts$/;

/** Notation files: regular expressions, and string literals of one Chinese character. */
const PATTERNS = /(^|\/)patterns\.ts$/;
const ONE_CHARACTER = new RegExp(`^${IDEOGRAPH.source}$`);

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

/** Each literal holding a Chinese character, as "line: text"; with `notation`, only words (see the header). */
function chineseLiterals(text: string, name = 'file.ts', notation = false): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isNotation = (node: ts.Node) =>
    node.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isStringLiteral(node) && ONE_CHARACTER.test(node.text));
  const isWord = (node: ts.Node) => !notation || !isNotation(node);
  const visit = (node: ts.Node): void => {
    if (LITERALS.has(node.kind) && IDEOGRAPH.test(node.getText(file)) && isWord(node)) {
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

  it('allows notation, never words, in patterns.ts files', () => {
    const text = ["const a = /(20\\d\\d)\\s*年/g;", "const b = ['零', '一'];", 'const c = (y: number) => `${y}年`;', "const d = '年度';", 'const e = `第 ${1} 行`;', "const f = '十';"].join('\n');
    expect(chineseLiterals(text, 'patterns.ts', true).map((l) => l.split(':')[0])).toEqual(['3', '4', '5', '5']);
  });

  it('is only in message catalogs and notation files', () => {
    const offenders = files
      .filter((f) => !CATALOG.test(f.key))
      .flatMap((f) => chineseLiterals(readFileSync(f.path, 'utf8'), f.key, PATTERNS.test(f.key)).map((l) => `src/${f.key}:${l}`));
    expect(offenders, 'form labels belong in templates/ (profiles/<id>/…), wording in a messages.ts catalog').toEqual([]);
  }, 60_000); // parses every source file: seconds on a busy machine
});

// The JSON scanner skips runs of characters with regular expressions; these tests hold it to the character-by-character
// scanner it replaced (kept below as the reference), on random texts that stress strings, escapes and nesting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseJson, scanJson, tooDeepAt } from '../../src/load/json.js';
import type { UserError } from '../../src/diagnostics/finding.js';
import { JSON_SYNTAX_MESSAGES } from '../../src/load/messages.js';
import { EXAMPLE_PATH } from '../helpers/example.js';

function referenceTooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/** The scanner's string and whitespace steps as they were; the rest of scanJson is unchanged. */
function referenceScan(text: string): { offset: number; what?: string } | undefined {
  let i = 0;
  const fail = (what?: string): never => {
    throw { offset: i, what };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      const keys = new Set<string>();
      return members('}', () => {
        space();
        if (text[i] !== '"') fail();
        const start = i;
        string();
        const key = JSON.parse(text.slice(start, i)) as string;
        if (keys.has(key)) {
          i = start;
          fail(`dup ${key}`);
        }
        keys.add(key);
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (problem) {
    if (problem && typeof problem === 'object' && 'offset' in problem) return problem as { offset: number; what?: string };
    throw problem;
  }
}

/** A small deterministic generator, so that a failure names a seed that reproduces it. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

const PIECES = ['"', '\\', '\\"', '\\\\', '[', ']', '{', '}', ',', ':', ' ', '\n', '\t', '\u0001', '\u001f', '1', '-2.5e3', 'true', 'null', 'a', '甲乙', '𠀀', '"k"', '"k":'];

/** Random texts from pieces that make strings, escapes and brackets meet at every kind of boundary. */
function texts(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: next(60) }, () => PIECES[next(PIECES.length)]).join(''));
}

/** The example with one piece put in, or one character taken out, at a random place. */
function mutations(count: number, seed: number): string[] {
  const example = readFileSync(EXAMPLE_PATH, 'utf8');
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const at = next(example.length);
    return next(2) ? example.slice(0, at) + PIECES[next(PIECES.length)] + example.slice(at) : example.slice(0, at) + example.slice(at + 1);
  });
}

describe('the JSON scanner', () => {
  const duplicates = ['{"k": 1, "k": 2}', '{"a": {"b": "x\\"", "b": 1}}', '{"a": 1, "\\u0061": 2}', '[{"a": 1}, {"a": 2}]', '{"甲": "\\\\", "甲" : 0}'];
  const cases = [...texts(3000, 1), ...mutations(300, 2), ...duplicates, '', '"', '"\\', '[', `${'['.repeat(70)}"]]"${'{'.repeat(3)}`, `"${'\\'.repeat(9)}"[[`];

  it('finds the first bracket nested too deep where the character-by-character scan does', () => {
    // Nested just short of the limit, so that every bracket in the random part counts, in or out of a string.
    const deep = [...[62, 63, 64].flatMap((n) => cases.map((t) => `${'['.repeat(n)}${t}`)), `${'['.repeat(64)}"\\"["`, `{"a": "[[[", "b": ${'['.repeat(100_000)}`];
    for (const text of [...cases, ...deep]) expect(tooDeepAt(text), JSON.stringify(text.slice(0, 200))).toBe(referenceTooDeepAt(text));
    expect(deep.filter((t) => tooDeepAt(t) >= 0).length).toBeGreaterThan(500);
    expect(deep.filter((t) => tooDeepAt(t) < 0).length).toBeGreaterThan(500);
  });

  it('finds the first problem, and where it is, where the character-by-character scan does', () => {
    const problems = cases.map((text) => {
      const found = scanJson(text);
      const expected = referenceScan(text);
      expect([found?.offset, found?.what !== undefined], JSON.stringify(text.slice(0, 200))).toEqual([expected?.offset, expected?.what !== undefined]);
      return found;
    });
    // Both kinds of outcome are among the cases: texts that scan clean, duplicate keys, and syntax errors.
    expect(problems.some((p) => p === undefined)).toBe(true);
    expect(problems.some((p) => p?.what !== undefined)).toBe(true);
    expect(problems.some((p) => p && p.what === undefined)).toBe(true);
  });

  it('scans a long string in one step, without a stack that grows with it', () => {
    const text = `{"a": "${'甲'.repeat(5_000_000)}", "a": 1}`;
    expect(scanJson(text)?.offset).toBe(text.lastIndexOf('"a"'));
    expect(tooDeepAt(`${text}${'['.repeat(65)}`)).toBe(text.length + 64);
  });
});

/** Random JSON texts that parse, whose keys often repeat, spelt with escapes, colons and quotes in keys and values. */
function validTexts(count: number, seed: number): string[] {
  // From the high bits: the low bits of random() repeat too soon for keys to meet each other often.
  const bits = random(seed);
  const next = (n: number) => Math.floor((bits(2 ** 31) / 2 ** 31) * n);
  const KEYS = ['"k"', '"a"', '"\\u0061"', '"甲"', '":"', '"\\":"', '"a\\\\"', '""'];
  const STRINGS = ['"x"', '": "', '"\\"\\":"', '"\\\\"', '"{\\"k\\": 1}"', '"甲：乙"'];
  const space = () => [' ', '', '\n', '\t', '\r\n '][next(5)];
  const value = (depth: number): string => {
    const kind = depth > 4 ? next(2) : next(5);
    if (kind === 0) return STRINGS[next(STRINGS.length)];
    if (kind === 1) return ['1', '-2.5e3', 'true', 'null'][next(4)];
    if (kind === 2) return `[${Array.from({ length: next(4) }, () => space() + value(depth + 1)).join(',')}]`;
    return `{${Array.from({ length: next(4) }, () => `${space()}${KEYS[next(KEYS.length)]}${space()}:${space()}${value(depth + 1)}`).join(',')}}`;
  };
  return Array.from({ length: count }, () => space() + value(0) + space());
}

describe('reading a JSON file', () => {
  const refusesKey = (text: string) => {
    try {
      parseJson('x.json', text);
      return false;
    } catch {
      return true;
    }
  };

  it('refuses a key given twice exactly where the scanner finds one, and reads every other text JSON.parse reads', () => {
    const example = readFileSync(EXAMPLE_PATH, 'utf8');
    const valid = [...validTexts(3000, 3), ...mutations(300, 4), example, `{"a": ${example}, "a": 1}`].filter((t) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    });
    const refused = valid.map((text) => {
      const duplicate = referenceScan(text)?.what !== undefined;
      expect(refusesKey(text), JSON.stringify(text.slice(0, 200))).toBe(duplicate);
      return duplicate;
    });
    expect(refused.filter(Boolean).length).toBeGreaterThan(300);
    expect(refused.filter((r) => !r).length).toBeGreaterThan(300);
  });

  it('reads a long string in one step, and refuses a key given twice after it', () => {
    const long = `"${'甲'.repeat(5_000_000)}"`;
    expect(refusesKey(`{"a": ${long}, "b": 1}`)).toBe(false);
    expect(refusesKey(`{"a": ${long}, "a": 1}`)).toBe(true);
  });
});

describe('a JSON syntax error', () => {
  /** What the finding says is wrong (after "文件格式错误："), and at which line and column. */
  const refusal = (text: string) => {
    try {
      parseJson('a.json', text);
    } catch (e) {
      const [f] = (e as UserError).findings;
      return { what: f.message.split('\n')[0].replace('文件格式错误：', ''), at: f.path.replace('a.json:', '') };
    }
    return undefined;
  };

  it.each([
    ['a comma before a closing brace', '{\n  "year": 2022,\n}', '“}”前多了一个逗号', '3:1'],
    ['a comma before a closing bracket', '{"duties": ["甲", "乙",\n]}', '“]”前多了一个逗号', '2:1'],
    ['a missing comma', '{"year": 2022\n "unit": {}}', '可能漏了逗号', '2:2'],
    ['a full-width comma', '{"year": 2022， "unit": {}}', '全角符号 ， ，应为半角符号 ,', '1:14'],
    ['a full-width quote', '{“year”: 2022}', '全角符号 “ ，应为半角符号 "', '1:2'],
    ['a single quote', "{'year': 2022}", '不能用单引号', '1:2'],
    ['a key without quotes', '{year: 2022}', '字段名应写在半角双引号里', '1:2'],
    ['a full-width colon', '{"year"： 2022}', '全角符号 ： ，应为半角符号 :', '1:8'],
    ['a text without quotes', '{"unit": 衡阳}', '这里应是一个值', '1:10'],
    ['a line break inside a text', '{"unit": "衡阳\n市"}', '引号里的文字不能直接换行', '1:13'],
    ['a text never closed', '{"unit": "衡阳', '缺少结尾的双引号', '1:13'],
    ['NaN', '{"year": NaN}', '不能写 NaN 或 Infinity', '1:10'],
    ['a number begun with a point', '{"year": .5}', '数字的写法不对', '1:10'],
    ['a file cut short', '{"year": 2022, "unit": {', '文件在这里就结束了', '1:25'],
    ['text after the data', '{"year": 2022}}', '完整的数据之后还有多余的内容', '1:15'],
    ['an empty file', '  \n', '文件是空的', '2:1'],
  ])('%s is said in Chinese, where it is', (_, text, what, at) => {
    expect(refusal(text)).toEqual({ what: expect.stringContaining(what), at });
  });

  it('says the first problem, a key given twice before a syntax error included', () => {
    expect(refusal('{"year": 2022, "year": 2023,\n}')).toEqual({ what: expect.stringContaining('重复的字段名“year”'), at: '1:16' });
  });

  it('never passes on the English of JSON.parse', () => {
    for (const text of [...texts(2000, 7), ...mutations(300, 8)]) {
      const r = refusal(text);
      if (!r) continue;
      expect(r.what, JSON.stringify(text.slice(0, 200))).not.toMatch(/Unexpected|Expected|JSON|token|position/);
      // The scanner finds every error JSON.parse finds, so the general wording is never needed.
      expect(r.what).not.toBe(JSON_SYNTAX_MESSAGES.unknown);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateCache, templateCacheLines } from '../../scripts/bundle.mjs';
import { parseTemplateYaml } from '../../src/compose/yamlCache.js';
import { lookUpYaml } from '../../src/node/yamlCache.js';
import { templatesDir } from '../../src/node/resources.js';

describe('templates parsed ahead of time', () => {
  const table = templateCache();
  const lines = templateCacheLines(table);

  it('holds every template the commands read, each as the YAML parser reads it', () => {
    for (const name of ['fields.yaml', 'labels.yaml', 'styles.yaml', 'standards.yaml', 'summary.yaml', 'workbook.yaml']) {
      const text = readFileSync(join(templatesDir(), name), 'utf8');
      expect(table[text], name).toBeDefined();
      expect(JSON.parse(table[text]), name).toEqual(parse(text));
      expect(lookUpYaml(lines, text), name).toEqual(parse(text));
      // As the command reads the file: its bytes, not decoded.
      expect(lookUpYaml(Buffer.from(lines), text), name).toEqual(parse(text));
    }
  });

  it('finds a text on its own line only: not a line whose text begins or ends like it, nor one inside another text', () => {
    const texts = ['a: 1\n', 'a: 1\nb: 2\n', 'x: "a: 1\\n"\n', 'q: "[\\"a: 1\\\\n\\","\n', '名称: 甲乙\n', '名称: 甲乙\n简称: 甲\n'];
    const own = templateCacheLines(Object.fromEntries(texts.map((t) => [t, JSON.stringify(parse(t))])));
    for (const all of [own, Buffer.from(own)]) {
      for (const t of texts) expect(lookUpYaml(all, t), t).toEqual(parse(t));
      for (const t of ['a: 1', 'b: 2\n', '1\n', 'a: 1\nb: 2', '', '名称: 甲', '简称: 甲\n']) expect(lookUpYaml(all, t), t).toBeUndefined();
    }
  });

  it('parses any other text (an edited template) with the YAML parser', () => {
    const text = `${readFileSync(join(templatesDir(), 'styles.yaml'), 'utf8')}\nextra: 1\n`;
    expect(table[text]).toBeUndefined();
    expect(lookUpYaml(lines, text)).toBeUndefined();
    expect(parseTemplateYaml(text)).toEqual(parse(text));
    expect((parseTemplateYaml(text) as { extra: number }).extra).toBe(1);
  });
});

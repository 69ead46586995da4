import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateCache } from '../../scripts/bundle.mjs';
import { parseTemplateYaml } from '../../src/compose/yamlCache.js';
import { templatesDir } from '../../src/node/resources.js';

describe('templates parsed ahead of time', () => {
  const table = templateCache();

  it('holds every template the commands read, each as the YAML parser reads it', () => {
    for (const name of ['fields.yaml', 'labels.yaml', 'styles.yaml', 'standards.yaml', 'summary.yaml', 'workbook.yaml']) {
      const text = readFileSync(join(templatesDir(), name), 'utf8');
      expect(table[text], name).toBeDefined();
      expect(JSON.parse(table[text]), name).toEqual(parse(text));
    }
  });

  it('parses any other text (an edited template) with the YAML parser', () => {
    const text = `${readFileSync(join(templatesDir(), 'styles.yaml'), 'utf8')}\nextra: 1\n`;
    expect(table[text]).toBeUndefined();
    expect(parseTemplateYaml(text)).toEqual(parse(text));
    expect((parseTemplateYaml(text) as { extra: number }).extra).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, parseInputText } from '../../src/core/index.js';
import { withLines } from '../../src/web/buildJob.js';
import type { PageFinding } from '../../src/web/protocol.js';

const finding = (path: string): PageFinding => ({ id: 'W_TEST', level: 'warning', path, where: '', message: path });

describe('the lines of the text pane the findings point at', () => {
  const text = ['unit:', '  name: 某单位', 'projects:', '  - name: 甲', '  - name: 乙', '    funds:', '      total: 3', ''].join('\n');

  it('come from the build’s own reading of the text, as a reading of their own would give them', () => {
    const parsed = parseInputText('input.yaml', text);
    const findings = ['unit.name', 'projects.1.funds.total', 'projects.1.missing', 'projects.7', 'nowhere', ''].map(finding);
    const lines = withLines(findings, 'input.yaml', text, parsed).map((f) => f.line);
    // A path not in the text: the line of the nearest value above it (the list starts on line 4).
    expect(lines).toEqual([2, 7, 5, 4, undefined, undefined]);
    expect(withLines(findings, 'input.yaml', text)).toEqual(withLines(findings, 'input.yaml', text, parsed));
  });

  it('are the same for the example as the form editor keeps it (JSON text under a .yaml name)', () => {
    const json = `${JSON.stringify(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/hengyang-investment-2022.json'), 'utf8')), null, 2)}\n`;
    const parsed = parseInputText('example.yaml', json);
    const { findings } = checkData(parsed);
    const own = withLines(findings, 'example.yaml', json, parsed);
    expect(own.filter((f) => f.line !== undefined)).toHaveLength(findings.length);
    expect(own).toEqual(withLines(findings, 'example.yaml', json));
  });

  it('are not looked for in a JSON file', () => {
    expect(withLines([finding('unit.name')], 'input.json', '{}', {})[0].line).toBeUndefined();
  });
});

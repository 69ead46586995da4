import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeInputFile } from '../../src/convert/files.js';
import { inputJsonSchema, schemaFile } from '../../src/convert/jsonSchema.js';
import { orderBySchema } from '../../src/convert/order.js';
import { schemaRefFor } from '../../src/convert/schemaRef.js';
import { blankInput } from '../../src/convert/skeleton.js';
import { toJsonText, toYamlText } from '../../src/convert/text.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { loadInput } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { EXAMPLE_PATH, exampleData, ROOT } from '../helpers/example.js';
import { makeStressInput } from '../helpers/stressInput.js';
import { validate } from './jsonSchemaCheck.js';

const temp = () => mkdtempSync(join(tmpdir(), 'jixiao-convert-'));

function withoutSchema(data: Record<string, unknown>) {
  const { $schema: _ignored, ...rest } = data;
  return rest;
}

describe('the schema reference of written files', () => {
  it('is the relative path from the file to the schema shipped with jixiao', () => {
    expect(schemaRefFor(EXAMPLE_PATH)).toBe('../schema/jixiao-input.schema.json');
    expect(schemaRefFor(join(ROOT, 'input.yaml'))).toBe('schema/jixiao-input.schema.json');
    const elsewhere = join(temp(), 'deep', 'er', 'input.json');
    expect(resolve(dirname(elsewhere), schemaRefFor(elsewhere))).toBe(schemaFile());
  });

  it('is the example\'s own $schema', () => {
    expect(JSON.parse(toJsonText(exampleData(), EXAMPLE_PATH)).$schema).toBe(exampleData().$schema);
  });
});

describe('JSON and YAML files', () => {
  it('JSON: $schema first, then the data in the schema\'s order', () => {
    const text = toJsonText({ year: 2022, unit: { name: '甲' }, extra: 1 }, join(ROOT, 'x.json'));
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', 'unit', 'year', 'extra']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('YAML: the schema modeline first, each field\'s title as a comment, no $schema key', () => {
    const lines = toYamlText(exampleData(), EXAMPLE_PATH).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schema/jixiao-input.schema.json');
    expect(lines).toContain('unit: # 单位');
    expect(lines).toContain('  name: 衡阳市投资促进事务中心 # 单位名称');
    expect(lines).toContain('  phone: "8859878" # 联系电话');
    expect(lines.some((l) => l.startsWith('$schema'))).toBe(false);
  });

  it.each([
    ['the example', exampleData],
    ['the stress input', () => makeStressInput()],
  ])('json → yaml → json gives back %s exactly', async (_name, make) => {
    const dir = temp();
    const data = make();
    await writeInputFile(join(dir, 'input.yaml'), data);
    const fromYaml = (await loadInput(join(dir, 'input.yaml'))) as Record<string, unknown>;
    expect(fromYaml).toEqual(withoutSchema(data));
    await writeInputFile(join(dir, 'back.json'), fromYaml);
    expect(withoutSchema((await loadInput(join(dir, 'back.json'))) as Record<string, unknown>)).toEqual(withoutSchema(data));
  });

  it('xlsx → json puts the fields back in the order of the schema', async () => {
    const dir = temp();
    await writeInputFile(join(dir, 'input.xlsx'), exampleData());
    await writeInputFile(join(dir, 'input.json'), await loadInput(join(dir, 'input.xlsx')));
    const text = readFileSync(join(dir, 'input.json'), 'utf8');
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(exampleData()));
    expect(Object.keys(JSON.parse(text).basicData.staffing)).toEqual(['authorized', 'actual', 'controlRate']);
  });

  it('refuses to replace a file unless forced', async () => {
    const file = join(temp(), 'input.json');
    await writeInputFile(file, exampleData());
    const error = await writeInputFile(file, exampleData()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    await writeInputFile(file, { year: 2023 }, { force: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).year).toBe(2023);
  });

  it('writes into a folder that does not exist yet', async () => {
    const file = join(temp(), 'new', 'input.yml');
    await writeInputFile(file, exampleData());
    expect(await loadInput(file)).toEqual(withoutSchema(exampleData()));
  });
});

describe('the blank input', () => {
  it('has every field of the model, lists with one blank item, and defaults', () => {
    const blank = blankInput() as any;
    expect(blank.basicData.projectExpenditure.business.projects).toEqual([{ name: '', amounts: { previousActual: null, budget: null, actual: null } }]);
    expect(blank.departmentEvaluation.indicators[0]).toEqual({ level1: '', level2: '', name: '', target: '', actual: '', weight: null, score: null, deviation: '' });
    expect(blank.display).toEqual({ scoreDecimals: 0, proseMoney: '', proseZero: '' });
    expect(blank.narrative.selfReference).toBe('我单位');
    // Nothing unknown to the schema: every complaint is about a value still to be filled in.
    expect(validate(inputJsonSchema(), blank).filter((e) => e.includes('unknown key'))).toEqual([]);
    const error = (() => {
      try {
        parseReportInput(blank);
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(error!.findings.length).toBeGreaterThan(10);
    expect(error!.findings.filter((f) => f.id !== 'E_MISSING_FIELD' && f.id !== 'E_INVALID_VALUE')).toEqual([]);
  });

  it('orders data it does not know after what it knows', () => {
    expect(Object.keys(orderBySchema({ zeta: 1, year: 2, unit: {} }) as object)).toEqual(['unit', 'year', 'zeta']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputJsonSchema, inputJsonSchemaText, schemaFile } from '../../src/convert/jsonSchema.js';
import { exampleData } from '../helpers/example.js';
import { makeStressInput } from '../helpers/stressInput.js';
import { unknownKeywords, validate } from './jsonSchemaCheck.js';

describe('the JSON Schema of the input', () => {
  it('is committed up to date (regenerate: npx jixiao schema -o schema/jixiao-input.schema.json)', () => {
    expect(readFileSync(schemaFile(), 'utf8')).toBe(inputJsonSchemaText());
  });

  it('is a draft 2020-12 schema with the model\'s Chinese titles', () => {
    const schema = inputJsonSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('部门整体支出绩效自评数据');
    expect(schema.properties.basicData.properties.publicFunds.properties.office.title).toBe('办公经费');
    expect(schema.additionalProperties).toBe(false);
    expect(unknownKeywords(schema)).toEqual([]);
  });

  it('accepts the example and the stress input', () => {
    const schema = inputJsonSchema();
    expect(validate(schema, exampleData())).toEqual([]);
    expect(validate(schema, makeStressInput({ projects: 3 }))).toEqual([]);
  });

  it('rejects what the model rejects: unknown keys, wrong types, bad dates, missing fields, unknown comparators', () => {
    const schema = inputJsonSchema();
    const data = exampleData();
    data.basicData.publicFunds.office.budgett = 1;
    data.year = '2022';
    data.reportDate = '2023/3/22';
    delete data.contacts.phone;
    data.departmentEvaluation.indicators[0].target.comparator = '≈';
    expect(validate(schema, data)).toEqual([
      '$.year: expected integer, got string',
      '$.reportDate: does not match ^\\d{4}-\\d{2}-\\d{2}$',
      '$.contacts: missing phone',
      '$.basicData.publicFunds.office: unknown key budgett',
      '$.departmentEvaluation.indicators[0].target: matches none of anyOf',
    ]);
  });
});

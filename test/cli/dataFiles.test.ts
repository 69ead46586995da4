/** The commands that make and convert data files: init, convert, schema. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputJsonSchemaText, schemaFile } from '../../src/convert/jsonSchema.js';
import { loadInput } from '../../src/load/index.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH, exampleData } from '../helpers/example.js';
import { asWorkbookGivesBack } from '../workbook/helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

function withoutSchema(data: any) {
  const { $schema: _ignored, ...rest } = data;
  return rest;
}

describe('jixiao init', () => {
  it('writes a blank workbook by default, and refuses to overwrite it without --force', async () => {
    const file = join(temp(), '数据.xlsx');
    expect(await runCli(['init', '-o', file])).toMatchObject({ code: 0, stdout: `已生成空白的 Excel 工作簿：${file}\n` });
    const blank: any = await loadInput(file);
    expect(blank.projectEvaluations).toEqual([]);
    expect(blank.basicData.publicFunds.office).toEqual({});
    const again = await runCli(['init', '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('文件已存在');
    expect((await runCli(['init', '-o', file, '--force'])).code).toBe(0);
  });

  it('writes blank YAML and JSON skeletons that point at the schema', async () => {
    const dir = temp();
    expect((await runCli(['init', '--format', 'yaml', '-o', join(dir, 'a.yml')])).code).toBe(0);
    const yaml = readFileSync(join(dir, 'a.yml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/jixiao-input\.schema\.json$/);
    expect(yaml).toContain('  name: "" # 单位名称');
    expect((await runCli(['init', '-f', 'json', '-o', join(dir, 'a.json')])).code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(existsSync(join(dir, json.$schema))).toBe(true);
    expect(json.departmentEvaluation.indicators).toHaveLength(1);
  });

  it('a YAML file filled in but for the placeholder rows of lists the unit has none of checks as the example does', async () => {
    const dir = temp();
    expect((await runCli(['init', '-f', 'yaml', '-o', join(dir, 'blank.yaml')])).code).toBe(0);
    const placeholder = /\n {6}projects: # 项目\n( {8}- name: .*\n(?: {10}.*\n)+)/.exec(readFileSync(join(dir, 'blank.yaml'), 'utf8'))![1];
    expect((await runCli(['init', '-f', 'yaml', '--from', EXAMPLE_PATH, '-o', join(dir, 'filled.yaml')])).code).toBe(0);
    const filled = readFileSync(join(dir, 'filled.yaml'), 'utf8');
    const withPlaceholders = filled.replace(/(\n {6}projects: # 项目\n) {8}\[\]\n/g, `$1${placeholder}`);
    expect(withPlaceholders).not.toBe(filled);
    writeFileSync(join(dir, 'placeholders.yaml'), withPlaceholders);
    const expected = await runCli(['check', join(dir, 'filled.yaml')]);
    const result = await runCli(['check', join(dir, 'placeholders.yaml')]);
    expect(result.code).toBe(expected.code);
    // The same findings (the lines after a placeholder are further down).
    expect(result.stdout.replaceAll('placeholders.yaml', 'filled.yaml').replace(/ 第 \d+ 行/g, '')).toBe(expected.stdout.replace(/ 第 \d+ 行/g, ''));
  });

  it('--from writes a filled file in the format asked for', async () => {
    const file = join(temp(), 'example.xlsx');
    const result = await runCli(['init', '--from', EXAMPLE_PATH, '-o', file]);
    expect(result.stdout).toBe(`已生成由 ${EXAMPLE_PATH} 填好的 Excel 工作簿：${file}\n`);
    const back: any = await loadInput(file);
    expect(back.projectEvaluations.map((p: { name: string }) => p.name)).toEqual(['招商引资工作经费', '联络湖南异地商会工作经费']);
  });

  it('rejects a format that does not match the file name, or is unknown', async () => {
    const dir = temp();
    const mismatch = await runCli(['init', '--format', 'yaml', '-o', join(dir, 'a.json')]);
    expect([mismatch.code, mismatch.stderr.includes('扩展名不一致')]).toEqual([2, true]);
    const unknown = await runCli(['init', '--format', 'csv', '-o', join(dir, 'a.csv')]);
    expect([unknown.code, unknown.stderr.includes('--format 应为 xlsx、yaml 或 json')]).toEqual([2, true]);
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
  });
});

describe('jixiao convert', () => {
  it('json → xlsx → yaml → json keeps the data', async () => {
    const dir = temp();
    for (const [from, to] of [
      [EXAMPLE_PATH, join(dir, 'a.xlsx')],
      [join(dir, 'a.xlsx'), join(dir, 'b.yaml')],
      [join(dir, 'b.yaml'), join(dir, 'c.json')],
    ]) {
      const result = await runCli(['convert', from, to]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
    }
    const back: any = await loadInput(join(dir, 'c.json'));
    expect(withoutSchema(back)).toEqual(asWorkbookGivesBack(exampleData()));
    expect(resolve(dir, back.$schema)).toBe(schemaFile());
  });

  it('says when the data still has problems, and converts it all the same', async () => {
    const dir = temp();
    const data = exampleData();
    data.year = '二〇二二';
    const source = join(dir, 'in.json');
    writeFileSync(source, JSON.stringify(data));
    const result = await runCli(['convert', source, join(dir, 'out.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('提示：数据中还有 1 处问题，可运行 jixiao check');
    expect(((await loadInput(join(dir, 'out.xlsx'))) as any).year).toBe('二〇二二');
  });

  it('refuses an unknown output type, the input as output, and an existing output', async () => {
    const dir = temp();
    expect((await runCli(['convert', EXAMPLE_PATH, join(dir, 'a.csv')])).code).toBe(2);
    expect((await runCli(['convert', EXAMPLE_PATH, EXAMPLE_PATH])).stderr).toContain('输出文件不能就是输入文件');
    await runCli(['convert', EXAMPLE_PATH, join(dir, 'a.yaml')]);
    expect((await runCli(['convert', EXAMPLE_PATH, join(dir, 'a.yaml')])).code).toBe(2);
    expect((await runCli(['convert', EXAMPLE_PATH, join(dir, 'a.yaml'), '--force'])).code).toBe(0);
  });

  it('reports a YAML syntax error with its line and column', async () => {
    const dir = temp();
    const source = join(dir, 'bad.yaml');
    writeFileSync(source, 'unit:\n  name: 甲\n year: 2022\n');
    const result = await runCli(['convert', source, join(dir, 'out.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[E_SYNTAX\] .*bad\.yaml 第 3 行第 \d+ 列/);
  });
});

describe('jixiao schema', () => {
  it('prints the schema made from the model', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(inputJsonSchemaText());
  });

  it('-o writes it to a file', async () => {
    const file = join(temp(), 's.json');
    expect((await runCli(['schema', '-o', file])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('部门整体支出绩效自评数据');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { UserError } from '../../src/diagnostics/finding.js';
import { FormEngine } from '../../src/forms/derive.js';
import { checkReport, composeReport, parseReport, prepareReport } from '../../src/pipeline.js';
import { parseProfile } from '../../src/forms/loadProfile.js';
import { runCli } from '../helpers/cli.js';
import { exampleData, ROOT } from '../helpers/example.js';
import { editedTemplates } from '../helpers/templates.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';

const EXAMPLE = join(ROOT, 'fixtures', 'hengyang-investment-2022.json');

interface Manifest {
  files: { path: string; kind: string; title: string; pages: number }[];
}

async function build(templates: string): Promise<{ out: string; manifest: Manifest }> {
  const out = join(tempDir('jixiao-hunan-set-'), 'out');
  const built = await runCli(['build', EXAMPLE, '-o', out, '--force', '--templates', templates]);
  expect(built.code, built.stderr).toBe(0);
  return { out, manifest: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest };
}

describe("hunan-2022's documents come from its profile.yaml", () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a reordered set, a renamed file, an 附件 number, a title, the combined file and the page numbers show in the build', async () => {
    const templates = editedTemplates('profiles/hunan-2022/profile.yaml', (yaml) => {
      const basic = /  - id: basicData\n(?: {4}.*\n)+/.exec(yaml)![0];
      return yaml
        .replace(basic, '')
        .replace(/(  - id: projectEvaluation\n)/, `${basic}$1`)
        .replace('附件3-部门整体支出绩效目标自评表"', '附件3-整体自评表"')
        .replace('attachment: 附件4', 'attachment: 附件五')
        .replace('title: "项目支出绩效自评表（{{name}}）"', 'title: "项目自评表：{{name}}"')
        .replace('fileName: "{{unit}}-{{year}}年度-部门整体支出绩效自评报告（含附件）"', 'fileName: "{{unit}}-{{year}}年度-合订本"')
        .replace('pageNumber: "— {{page}} —"', 'pageNumber: "第 {{page}} 页，共 {{pages}} 页"');
    });
    const { out, manifest } = await build(templates);
    const files = manifest.files;
    // 附件3 before 附件2 now; the combined file first, as always.
    expect(files.map((f) => f.kind)).toEqual(['combined', 'narrative', 'departmentEvaluation', 'basicData', 'projectEvaluation', 'projectEvaluation']);
    expect(files[0].path).toBe('衡阳市投资促进事务中心-2022年度-合订本.pdf');
    expect(files[2].path).toBe('衡阳市投资促进事务中心-2022年度-附件3-整体自评表.pdf');
    expect(files[4].title).toBe('项目自评表：招商引资工作经费');
    const pages = await readPages(readFileSync(join(out, files[0].path)));
    const text = (n: number) => pages[n - 1].text.replace(/\s/g, '');
    // The combined file's 7th page, after the narrative's six, is 附件3's first, numbered as profile.yaml says.
    expect(text(7)).toContain('部门整体支出绩效目标自评表');
    expect(text(7)).toContain(`第7页，共${pages.length}页`);
    expect(text(9)).toContain('部门整体支出绩效评价基础数据表');
    expect(text(10)).toContain('附件五');
  }, 120_000);

  it("a form's paper orientation is its definition's", async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/basicData.yaml', (yaml) => yaml.replace(/^orientation: portrait/m, 'orientation: landscape'));
    const { out, manifest } = await build(templates);
    const size = async (kind: string) => {
      const [page] = await readPages(readFileSync(join(out, manifest.files.find((f) => f.kind === kind)!.path)));
      return page.width > page.height ? 'landscape' : 'portrait';
    };
    expect([await size('narrative'), await size('basicData'), await size('departmentEvaluation')]).toEqual(['portrait', 'landscape', 'portrait']);
  }, 120_000);
});

describe('the documents a profile lists', () => {
  const fields = { unit: { title: '单位' }, year: { title: '年度' }, reportDate: { title: '日期', kind: 'date' } };
  const form = stringify({ id: 'basic', title: '测试表', sections: [{ id: 'items', kind: 'list', columns: [{ id: 'name', title: '名称', share: 1 }] }] });
  const said = (profile: Record<string, unknown>) => {
    const text = stringify({ id: 'test', name: '测试', description: '测试', fields, combined: { title: '合订本', fileName: '合订本' }, pageNumber: '{{page}}', continued: '续表', ...profile });
    try {
      parseProfile('profiles/test', { 'profile.yaml': text, 'forms/basic.yaml': form });
    } catch (e) {
      if (e instanceof UserError) return e.findings.map((f) => `${f.where}: ${f.message}`);
      throw e;
    }
    return [];
  };
  const at = (key: string) => `profiles/test/profile.yaml › ${key}`;

  it('keeps the narrative (正文) to the set built by its own code, and a form document names its form', () => {
    const narrative = { id: 'narrative', kind: 'narrative', title: '报告', fileName: '报告' };
    const basic = { id: 'basic', form: 'basic', title: '表', fileName: '表' };
    expect(said({ engine: 'legacy', documents: [narrative, basic] })).toEqual([]);
    expect(said({ documents: [narrative, basic] })).toEqual([`${at('documents.0.kind')}: 正文（kind: narrative）只能由原有代码生成（engine: legacy，即 hunan-2022）`]);
    expect(said({ engine: 'legacy', documents: [{ ...narrative, form: 'basic' }, basic] })).toEqual([`${at('documents.0')}: 正文（kind: narrative）不用表格定义，不能写 form 或 each`]);
    expect(said({ documents: [{ id: 'basic', title: '表', fileName: '表' }] })).toEqual([`${at('documents.0.form')}: 表格文件（kind: form）要写 form：用哪张表`]);
    expect(said({ engine: 'legacy' })).toEqual([`${at('documents')}: 至少要有一个文件`]);
  });

  it('prints a document per item only of a list the data file has, and names the item only there', () => {
    const each = { id: 'basic', form: 'basic', each: 'projects', title: '表（{{name}}）', fileName: '表-{{name}}' };
    expect(said({ engine: 'legacy', documents: [each] })).toEqual([`${at('documents.0.each')}: each: projects 不是数据文件中的列表；这一类可写：projectEvaluations`]);
    expect(said({ engine: 'legacy', documents: [{ ...each, each: 'projectEvaluations' }] })).toEqual([]);
    // An engine profile's `each` names its own input list, which the profile's schema makes, and {{name}} may be a field.
    expect(said({ documents: [each] })).toEqual([]);
    const { each: _, ...once } = each;
    expect(said({ documents: [once] })).toEqual([]);
    expect(said({ engine: 'legacy', documents: [once] })).toEqual([
      `${at('documents.0.title')}: {{name}}（项目名称）只能用在每项一份（写了 each）的文件的标题和文件名中`,
      `${at('documents.0.fileName')}: {{name}}（项目名称）只能用在每项一份（写了 each）的文件的标题和文件名中`,
    ]);
  });
});

describe('one build of a hunan-2022 input', () => {
  it('works each form out once: the checks and the layout share the runs', () => {
    const prepared = prepareReport(parseReport(exampleData()));
    const runs = vi.spyOn(FormEngine.prototype, 'run');
    try {
      // The checks run the relations of 附件2, 附件3 and each 附件4 (their `findings`), on the input and on corrected copies of it.
      checkReport(prepared);
      expect(runs.mock.calls.length).toBeGreaterThanOrEqual(2 + prepared.input.projectEvaluations.length);
      runs.mockClear();
      // The layout runs none of them again.
      composeReport(prepared);
      expect(runs).not.toHaveBeenCalled();
    } finally {
      runs.mockRestore();
    }
  });
});

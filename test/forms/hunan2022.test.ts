import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editedTemplates } from '../helpers/templates.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';
import { parseReport } from '../../src/pipeline.js';
import { engineProfileOf } from '../../src/profileReport.js';
import { exampleData, ROOT } from '../helpers/example.js';
import { formatScore } from '../../src/compose/format.js';
import { DEFAULT_PROFILE, loadProfile } from '../../src/core/profiles.js';
import { deriveIndicators } from '../../src/derive/indicators.js';
import { printValue, type Value } from '../../src/forms/cells.js';
import { FormEngine } from '../../src/forms/derive.js';
import { mapInput, withInputDefaults } from '../../src/forms/mapInput.js';
import { parseReportInput } from '../../src/model/parse.js';

describe('hunan-2022 stays the default and today’s code builds it', () => {
  it('an input naming hunan-2022, or naming none, is read by today’s model', () => {
    const named = { ...(exampleData() as object), profile: 'hunan-2022' };
    expect(engineProfileOf(named)).toBeUndefined();
    expect(engineProfileOf(exampleData())).toBeUndefined();
    expect(parseReport(named)).toEqual(parseReport(exampleData()));
  });
});

describe('hunan-2022 附件2 comes from its form definition', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a label renamed and a column heading edited in forms/basicData.yaml show in the PDF; the input is unchanged', async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/basicData.yaml', (yaml) => yaml.replace('label: 政府采购金额,', 'label: 政府采购金额合计,').replace('title: 编制数,', 'title: 核定编制数,'));
    const out = join(tempDir('jixiao-hunan-out-'), 'out');
    const built = await runCli(['build', join(ROOT, 'fixtures', 'hengyang-investment-2022.json'), '-o', out, '--force', '--templates', templates]);
    expect(built.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.includes('附件2'))!;
    const [page] = await readPages(readFileSync(join(out, pdf)));
    expect(page.text).toContain('政府采购金额合计');
    expect(page.text).toContain('核定编制数');
  }, 60_000);
});

describe('hunan-2022 附件3 comes from its form definition', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });

  it('a label renamed in forms/departmentEvaluation.yaml shows in the PDF; the input is unchanged', async () => {
    const templates = editedTemplates('profiles/hunan-2022/forms/departmentEvaluation.yaml', (yaml) => yaml.replace('label: 部门履职概述 }', 'label: 部门职能概述 }'));
    const out = join(tempDir('jixiao-hunan-out-'), 'out');
    const built = await runCli(['build', join(ROOT, 'fixtures', 'hengyang-investment-2022.json'), '-o', out, '--force', '--templates', templates]);
    expect(built.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.includes('附件3'))!;
    const [page] = await readPages(readFileSync(join(out, pdf)));
    // The label is two lines in its cell.
    const text = page.text.replace(/\s/g, '');
    expect(text).toContain('部门职能概述');
    expect(text).not.toContain('部门履职概述');
  }, 60_000);

  /** The example with its typed scores cleared, so that the rule scores every quantitative indicator. */
  function cleared(scoreDecimals: number, edit: (d: any) => void = () => {}) {
    const data = exampleData();
    data.display = { ...data.display, scoreDecimals };
    for (const ind of data.departmentEvaluation.indicators) delete ind.score;
    edit(data);
    return parseReportInput(data);
  }

  it.each([0, 1, 2])('prints each 得分 and the 分值 row as today’s deriveIndicators does (%i decimals)', (decimals) => {
    const input = cleared(decimals, (d) => {
      // 5 of 7 次: a score with decimals to round; a typed score over its weight stays as typed.
      d.departmentEvaluation.indicators[0].actual = { value: 5, unit: '次' };
      d.departmentEvaluation.indicators[0].target = { comparator: '≥', value: 7, unit: '次' };
      d.departmentEvaluation.indicators[1].score = 4.55;
    });
    const profile = loadProfile(DEFAULT_PROFILE);
    const form = profile.forms.departmentEvaluation;
    const own = withInputDefaults(profile, form, input);
    const { figures } = new FormEngine(own, form, mapInput(form, input), { path: 'departmentEvaluation', title: '' }).run();
    const today = deriveIndicators('departmentEvaluation', input.departmentEvaluation.indicators, input.departmentEvaluation.total, decimals);
    const print = (v: unknown) => printValue('points', v as Value, own.defaults);
    expect(figures.lists.indicators.map((r) => print(r.score.value))).toEqual(today.rows.map((r) => formatScore(r.score.value, decimals)));
    expect(print(figures.totals.indicators.score.value)).toBe(formatScore(today.scoreTotal.value, decimals));
    expect(print(figures.totals.indicators.weight.value)).toBe(formatScore(today.weightTotal.value, decimals));
    // A qualitative indicator (时效: 2022年全年) gets no score from the rule.
    expect(input.departmentEvaluation.indicators[6].target.kind).toBe('text');
    expect(figures.lists.indicators[6].score.value).toBeUndefined();
  });

  it('prints a stated 分值 row as given', () => {
    const input = cleared(0, (d) => (d.departmentEvaluation.total = { weight: 99, score: 88 }));
    const profile = loadProfile(DEFAULT_PROFILE);
    const form = profile.forms.departmentEvaluation;
    const { figures } = new FormEngine(withInputDefaults(profile, form, input), form, mapInput(form, input), { path: 'departmentEvaluation', title: '' }).run();
    expect([figures.totals.indicators.weight.value?.toString(), figures.totals.indicators.score.value?.toString()]).toEqual(['99', '88']);
  });
});

// hunan-2022's 附件2 checks come from the relations of templates/profiles/hunan-2022/forms/basicData.yaml: a wrong
// cell is reported at the place in the input where the clerk typed it, under the id the definition names.
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { editedTemplates } from '../helpers/templates.js';
import { UserError } from '../../src/diagnostics/finding.js';
import { check, clean, findingsOf, runCli } from './helpers.js';

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

/** A copy of the templates with hunan-2022's basicData.yaml edited; JIXIAO_TEMPLATES points at it. */
function editedBasicData(edit: (yaml: string) => string): void {
  process.env.JIXIAO_TEMPLATES = editedTemplates('profiles/hunan-2022/forms/basicData.yaml', edit);
}

/** Templates are looked at again on the next turn of the event loop (src/resources.ts), as after each command. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve));

/** The same for one of the 自评表s' definitions. */
function editedForm(form: 'departmentEvaluation' | 'projectEvaluation', edit: (yaml: string) => string): void {
  process.env.JIXIAO_TEMPLATES = editedTemplates(`profiles/hunan-2022/forms/${form}.yaml`, edit);
}

describe('a wrong 附件2 cell is found at its input path', () => {
  it('a mistyped item under 其中：公用经费 makes the typed 合计 wrong, with the parts named', () => {
    const raw = clean();
    raw.basicData.publicFunds.printing.budget = 16;
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL')).toEqual([
      expect.objectContaining({
        level: 'error',
        path: 'basicData.publicFunds.total.budget',
        where: '部门整体支出绩效评价基础数据表 › 公用经费 › 公用经费合计 › 本年预算数',
        expected: '304.01',
        actual: '303.01',
        message: expect.stringContaining('“公用经费合计”的2022年预算数填写为 303.01 万元，各分项之和为 304.01 万元（办公经费 15.40 + '),
      }),
    ]);
  });

  it('a project row: the group 小计 is reported, naming each project', () => {
    const raw = clean();
    raw.basicData.projectExpenditure.business.projects[1].amounts.previousActual = 5;
    const [f] = findingsOf(raw, 'E_BASIC_DATA_TOTAL');
    expect(f).toMatchObject({ path: 'basicData.projectExpenditure.business.total.previousActual', actual: '22.50' });
    expect(f.message).toContain('各分项之和为 23.00 万元（联络湖南异地商会工作 18.00 + 招商引资工作 5.00）');
  });

  it('控制率 at basicData.staffing.controlRate, compared at the precision it is written with', () => {
    const raw = clean();
    raw.basicData.staffing.controlRate = '79%';
    expect(findingsOf(raw, 'E_CONTROL_RATE')).toEqual([
      expect.objectContaining({ path: 'basicData.staffing.controlRate', expected: '80.00%', actual: '79.00%', message: '控制率填写为 79.00%，按实际在职人数 12 人 ÷ 编制数 15 名计算应为 80.00%。' }),
    ]);
    raw.basicData.staffing.controlRate = '80.0%';
    expect(findingsOf(raw, 'E_CONTROL_RATE')).toEqual([]);
  });

  it('三公 inside 公用经费: the 三公 cell is reported, naming the row it must fit in', () => {
    const raw = clean();
    raw.basicData.threePublic.reception.previousActual = 13;
    raw.basicData.threePublic.total.previousActual = 15.08;
    expect(findingsOf(raw, 'E_THREE_PUBLIC_ROW')).toEqual([
      expect.objectContaining({
        path: 'basicData.threePublic.reception.previousActual',
        expected: '≤ 12.55',
        actual: '13.00',
        message: '三公经费中“公务接待”的2021年决算数为 13.00 万元，大于公用经费中包含它的“公务接待费、邮电费”（部门整体支出绩效评价基础数据表 › 公用经费 › 公务接待费、邮电费 › 上年决算数）12.55 万元。',
      }),
    ]);
  });
});

describe('the order the 附件2 findings are read in', () => {
  it('a subtotal before the total that includes it, whichever row each starts from', () => {
    const raw = clean();
    const e = raw.basicData.projectExpenditure;
    e.operation.projects = [{ name: '运行维护项目', amounts: { previousActual: 1, budget: 0, actual: 0 } }];
    e.operation.total.previousActual = 0.5;
    e.total.previousActual = 30;
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL').map((f) => f.path)).toEqual([
      'basicData.projectExpenditure.operation.total.previousActual',
      'basicData.projectExpenditure.total.previousActual',
    ]);
  });
});

describe('the definition, not code, decides what is checked', () => {
  it('without the atMost relation on 公务接待, a 公务接待 above its 公用经费 row is not reported', () => {
    const raw = clean();
    raw.basicData.threePublic.reception.previousActual = 13;
    raw.basicData.threePublic.total.previousActual = 15.08;
    editedBasicData((yaml) => yaml.replace(', atMost: receptionPostal', ''));
    expect(findingsOf(raw, 'E_THREE_PUBLIC_ROW')).toEqual([]);
  });

  it('a sum added to a row in the YAML is checked at that row', () => {
    const raw = clean();
    // 设备购置费 declared as the sum of 印刷费 alone: 0.10 given, 0.57 summed.
    editedBasicData((yaml) => yaml.replace('{ id: equipment, label: 设备购置费, indent: 20 }', '{ id: equipment, label: 设备购置费, indent: 20, sum: [printing] }'));
    const found = findingsOf(raw, 'E_BASIC_DATA_TOTAL').find((f) => f.path === 'basicData.publicFunds.equipment.actual');
    expect(found).toMatchObject({ actual: '0.10', message: expect.stringContaining('“设备购置费”的2022年决算数填写为 0.10 万元，各分项之和为 0.57 万元（印刷费 0.57）') });
  });

  it('a finding id that is not in the catalog is refused, naming the file and key', () => {
    editedBasicData((yaml) => yaml.replace('sum: E_BASIC_DATA_TOTAL', 'sum: E_NO_SUCH_FINDING'));
    expect(() => check(clean())).toThrow(UserError);
    try {
      check(clean());
    } catch (e) {
      expect((e as UserError).findings).toEqual([
        expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/forms/basicData.yaml#findings.sum', message: expect.stringContaining('“E_NO_SUCH_FINDING”') }),
        // The profile's checks list still names the id the form no longer declares.
        expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/profile.yaml#checks.1', message: expect.stringContaining('“E_BASIC_DATA_TOTAL”') }),
      ]);
    }
  });

  it('… and the CLI says so as a mistake in the templates, not as its own defect', async () => {
    editedBasicData((yaml) => yaml.replace('sum: E_BASIC_DATA_TOTAL', 'sum: E_NO_SUCH_FINDING'));
    const r = await runCli(['check', EXAMPLE_PATH]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('profiles/hunan-2022/forms/basicData.yaml');
    expect(r.stderr).toContain('E_NO_SUCH_FINDING');
    expect(r.stderr).not.toContain('内部错误');
  });
});

describe('the 自评表s (附件3, each 附件4) are checked from their definitions', () => {
  it('a project row: its 执行率 is found at its input path, named by the project and its row', () => {
    const raw = clean();
    raw.projectEvaluations[1].funds.total.executionRate = '90%';
    expect(findingsOf(raw, 'E_EXECUTION_RATE')).toEqual([
      expect.objectContaining({ path: 'projectEvaluations.1.funds.total.executionRate', actual: '90.00%', message: '项目“联络湖南异地商会工作经费”年度资金总额执行率填写为 90.00%，按执行数 18.00 万元 ÷ 预算数 18.00 万元计算应为 100.00%。' }),
    ]);
  });

  it('within a project, row by row: 年度资金总额 before its 其中 rows', () => {
    const raw = clean();
    const funds = raw.projectEvaluations[0].funds;
    funds.total.executionRate = funds.currentYear.executionRate = '90%';
    funds.total.score = funds.currentYear.score = 15;
    const rows = ['projectEvaluations.0.funds.total', 'projectEvaluations.0.funds.currentYear'];
    expect(findingsOf(raw, 'E_EXECUTION_RATE').map((f) => f.path)).toEqual(rows.map((r) => `${r}.executionRate`));
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT').map((f) => f.path)).toEqual(rows.map((r) => `${r}.score`));
  });

  it('a score above its 分值: the indicators of every form first, then the execution-rate lines', () => {
    const raw = clean();
    raw.departmentEvaluation.funds.score = 11;
    raw.projectEvaluations[0].indicators[0].score = 99;
    raw.departmentEvaluation.indicators[0].score = 99;
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT').map((f) => f.path)).toEqual(['departmentEvaluation.indicators.0.score', 'projectEvaluations.0.indicators.0.score', 'departmentEvaluation.funds.score']);
  });

  it('without the `rate` finding of 附件3, only the 执行率 of the projects are checked', async () => {
    const raw = clean();
    raw.departmentEvaluation.funds.executionRate = '50%';
    raw.projectEvaluations[1].funds.total.executionRate = '90%';
    expect(findingsOf(raw, 'E_EXECUTION_RATE').map((f) => f.path)).toEqual(['departmentEvaluation.funds.executionRate', 'projectEvaluations.1.funds.total.executionRate']);
    editedForm('departmentEvaluation', (yaml) => yaml.replace('  rate: E_EXECUTION_RATE\n', ''));
    await nextTurn();
    expect(findingsOf(raw, 'E_EXECUTION_RATE').map((f) => f.path)).toEqual(['projectEvaluations.1.funds.total.executionRate']);
  });

  it('without `atMost: weight` on the 得分 column of 附件4, its execution-rate line may exceed its 分值 unreported', async () => {
    const raw = clean();
    raw.projectEvaluations[0].funds.total.score = 11;
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT').map((f) => f.path)).toEqual(['projectEvaluations.0.funds.total.score']);
    editedForm('projectEvaluation', (yaml) => yaml.replace('executionScore: { rate: executionRate, weight: weight }, atMost: weight', 'executionScore: { rate: executionRate, weight: weight }'));
    await nextTurn();
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT')).toEqual([]);
  });

  it('the indicators’ 分值 and the execution-rate line’s make 100: each form reported at its indicators, 附件3 first', async () => {
    const raw = clean();
    raw.projectEvaluations[1].indicators[0].weight += 0.5;
    raw.departmentEvaluation.funds.weight = 20;
    const said = () => findingsOf(raw, 'E_WEIGHT_TOTAL').map((f) => [f.path, f.expected, f.actual, f.message]);
    expect(said()).toEqual([
      ['departmentEvaluation.indicators', '100', '110', '部门整体支出绩效目标自评表的指标分值合计 90 加执行率分值 20，共 110，应为 100。'],
      // A half point more than the score decimals print is said exactly, not rounded to "共 101" (or to "共 100，应为 100").
      ['projectEvaluations.1.indicators', '100', '100.5', '项目支出绩效自评表“联络湖南异地商会工作经费”的指标分值合计 90.5 加执行率分值 10，共 100.5，应为 100。'],
    ]);
    editedForm('projectEvaluation', (yaml) => yaml.replace('  makes: { weight: E_WEIGHT_TOTAL }', ''));
    await nextTurn();
    expect(said().map(([path]) => path)).toEqual(['departmentEvaluation.indicators']);
  });

  it('without `makes` on the 分值 total of 附件3, its 分值 need not make 100', async () => {
    const raw = clean();
    raw.departmentEvaluation.funds.weight = 20;
    expect(findingsOf(raw, 'E_WEIGHT_TOTAL')).toHaveLength(1);
    editedForm('departmentEvaluation', (yaml) => yaml.replace(', makes: { weight: { plus: [weight], value: 100 } }', ''));
    await nextTurn();
    expect(findingsOf(raw, 'E_WEIGHT_TOTAL')).toEqual([]);
  });

  it('a `makes` cell that is neither a field nor a matrix cell is refused at that key', () => {
    editedForm('projectEvaluation', (yaml) => yaml.replace('plus: [funds.total.weight]', 'plus: [funds.total.wieght]'));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([expect.objectContaining({ id: 'E_PROFILE_FILE', path: expect.stringMatching(/^profiles\/hunan-2022\/forms\/projectEvaluation\.yaml#sections\.\d+\.total\.makes\.weight\.plus$/) })]);
    }
  });

  it('an unknown id for one column of a total is refused at that key', () => {
    editedForm('projectEvaluation', (yaml) => yaml.replace('score: E_SCORE_SUM', 'score: E_NO_SUCH_FINDING'));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/forms/projectEvaluation.yaml#findings.total.score' })]);
    }
  });
});

describe('a 得分 over its 分值 in a 自评表’s funds row', () => {
  it('names the row’s 执行率得分 once', () => {
    const raw = clean();
    raw.departmentEvaluation.funds.score = 30;
    raw.projectEvaluations[0].funds.total.score = 30;
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT').map((f) => [f.path, f.message])).toEqual([
      ['departmentEvaluation.funds.score', '部门整体资金执行率得分 30 超过分值 10。'],
      ['projectEvaluations.0.funds.total.score', '项目“招商引资工作经费”年度资金总额执行率得分 30 超过分值 10。'],
    ]);
  });
});

/** A 自评表 definition without one finding of its indicator rows (`findings.indicatorScore`). */
const withoutIndicatorFinding = (id: string) => (yaml: string) =>
  yaml.replace(/indicatorScore: \[([^\]]*)\]/, (_, ids: string) => `indicatorScore: [${ids.split(', ').filter((x) => x !== id).join(', ')}]`);

describe('an indicator row’s score and reason are checked from the 自评表s’ definitions', () => {
  it('E_QUANT_SCORE: a score against the 定量 rule, 附件3 first, and only where a form names it', async () => {
    const raw = clean();
    raw.departmentEvaluation.indicators[0].actual = { value: 1, unit: '次' };
    raw.projectEvaluations[0].indicators[0].score = 12;
    const said = () => findingsOf(raw, 'E_QUANT_SCORE').map((f) => [f.path, f.expected, f.actual, f.message]);
    expect(said()).toEqual([
      ['departmentEvaluation.indicators.0.score', '2', '6', '“招商考察”年度指标值 ≥3次，实际完成 1次，未达成，按 实际 ÷ 目标 比例计分，分值 6 应得 2 分，填写为 6 分。'],
      ['projectEvaluations.0.indicators.0.score', '10', '12', expect.stringContaining('已达成，应得满分，分值 10 应得 10 分，填写为 12 分。')],
    ]);
    editedForm('projectEvaluation', withoutIndicatorFinding('E_QUANT_SCORE'));
    await nextTurn();
    expect(said().map(([path]) => path)).toEqual(['departmentEvaluation.indicators.0.score']);
  });

  it('W_MET_NOT_FULL: a met target below full marks needs the reason column filled', async () => {
    const raw = clean();
    raw.departmentEvaluation.indicators[0].score = 5;
    const said = () => findingsOf(raw, 'W_MET_NOT_FULL').map((f) => [f.path, f.expected, f.actual, f.message]);
    expect(said()).toEqual([
      ['departmentEvaluation.indicators.0.score', '6', '5', '“招商考察”已达成年度指标值（目标 ≥3次，实际 5次），按规则应得满分 6，填写为 5 分，且没有偏差原因。'],
    ]);
    raw.departmentEvaluation.indicators[0].deviation = '目标定得过低';
    expect(said()).toEqual([]);
    delete raw.departmentEvaluation.indicators[0].deviation;
    editedForm('departmentEvaluation', withoutIndicatorFinding('W_MET_NOT_FULL'));
    await nextTurn();
    expect(said()).toEqual([]);
  });

  it('a reason column that is not a column of the list is refused at its key', () => {
    editedForm('projectEvaluation', (yaml) => yaml.replace('reason: deviation', 'reason: deviaton'));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([
        expect.objectContaining({ id: 'E_PROFILE_FILE', path: expect.stringMatching(/^profiles\/hunan-2022\/forms\/projectEvaluation\.yaml#sections\.\d+\.columns\.\d+\.indicatorScore\.reason$/), message: expect.stringContaining('列“deviaton”不存在') }),
      ]);
    }
  });

  it('E_SCORE_MISSING: a score neither given nor computable, with the engine’s reason why', async () => {
    const raw = clean();
    Object.assign(raw.departmentEvaluation.indicators[0], { actual: { value: 5, unit: '人次' } });
    delete raw.departmentEvaluation.indicators[0].score;
    Object.assign(raw.projectEvaluations[1].indicators[0], { target: '积极吸引', actual: '较好' });
    delete raw.projectEvaluations[1].indicators[0].score;
    const said = () => findingsOf(raw, 'E_SCORE_MISSING').map((f) => [f.path, f.message]);
    expect(said()).toEqual([
      ['departmentEvaluation.indicators.0.score', '部门整体支出绩效目标自评表指标“招商考察”没有填写得分，且无法按规则计算（年度指标值与实际完成值的计量单位不同）。'],
      ['projectEvaluations.1.indicators.0.score', expect.stringMatching(/^项目支出绩效自评表“联络湖南异地商会工作经费”指标“.+”没有填写得分，且无法按规则计算（定性指标）。$/)],
    ]);
    editedForm('departmentEvaluation', withoutIndicatorFinding('E_SCORE_MISSING'));
    await nextTurn();
    expect(said().map(([path]) => path)).toEqual(['projectEvaluations.1.indicators.0.score']);
  });

  it('W_SHORTFALL_REASON: a target not met with its reason column blank, reported at that column', async () => {
    const raw = clean();
    Object.assign(raw.projectEvaluations[0].indicators[0], { actual: { value: 100, unit: '人次' }, score: 5 });
    const said = () => findingsOf(raw, 'W_SHORTFALL_REASON').map((f) => [f.path, f.message]);
    expect(said()).toEqual([['projectEvaluations.0.indicators.0.deviation', '“对接客商人数”未达成年度指标值（目标 200人次，实际 100人次），但“偏差原因分析及改进措施”为空。']]);
    raw.projectEvaluations[0].indicators[0].deviation = '客商来访减少';
    expect(said()).toEqual([]);
    delete raw.projectEvaluations[0].indicators[0].deviation;
    editedForm('projectEvaluation', (yaml) => yaml.replace(', reason: deviation', ''));
    await nextTurn();
    expect(said()).toEqual([]);
  });

  it('W_QUALITATIVE_REASON: a 定性 score under the declared share of its 分值 needs a reason', async () => {
    const raw = clean();
    Object.assign(raw.departmentEvaluation.indicators[0], { target: '积极吸引', actual: '较好', score: 4.5 });
    const said = () => findingsOf(raw, 'W_QUALITATIVE_REASON').map((f) => [f.path, f.message]);
    expect(said()).toEqual([['departmentEvaluation.indicators.0.deviation', '定性指标“招商考察”得分 5（分值 6，得分率 75.00%），低于 80% 表示未完全达成，但“偏差原因分析及改进措施”为空。']]);
    raw.departmentEvaluation.indicators[0].score = 4.8;
    expect(said()).toEqual([]);
    raw.departmentEvaluation.indicators[0].score = 4.5;
    editedForm('departmentEvaluation', (yaml) => yaml.replace(', qualitativeShare: 0.8 }', ' }'));
    await nextTurn();
    expect(said()).toEqual([]);
  });

  it('W_LEVEL1_WEIGHTS: a 一级指标 off its standard split, at its first row; none without the declared splits', async () => {
    const raw = clean();
    raw.projectEvaluations[0].indicators[0].weight += 5;
    const said = () => findingsOf(raw, 'W_LEVEL1_WEIGHTS').map((f) => [f.path, f.expected, f.actual, f.message]);
    expect(said()).toEqual([['projectEvaluations.0.indicators.0.level1', '50', '55', expect.stringMatching(/^项目支出绩效自评表“招商引资工作经费”中“产出指标”的三级指标分值之和为 55，标准分值为 50（产出 50、效益 (30、满意度 10|40（含满意度）)）。$/)]]);
    editedForm('projectEvaluation', (yaml) => yaml.replace(/ {6}splits:\n( {8}- .*\n)+/, '').replace(/ {2}groupWeight: W_LEVEL1_WEIGHTS.*\n/, ''));
    await nextTurn();
    expect(said()).toEqual([]);
  });
});

describe('one 一级指标 written two ways', () => {
  it('W_LEVEL1_WEIGHTS says that "产出" beside "产出指标" is the same 一级指标 split in two, at the rarer spelling', () => {
    const raw = clean();
    raw.projectEvaluations[0].indicators[0].level1 = '产出';
    const found = findingsOf(raw, 'W_LEVEL1_WEIGHTS');
    expect(found.map((f) => [f.path, f.expected, f.actual])).toEqual([
      ['projectEvaluations.0.indicators.0.level1', '50', '10'],
      ['projectEvaluations.0.indicators.1.level1', '50', '40'],
    ]);
    expect(found[0].message).toContain('本表其他行把这个一级指标写作“产出指标”：写法不同，被当成了两个一级指标');
    expect(found[1].message).not.toContain('写法不同');
  });
});

describe('a stated 合计 分值 against its rows', () => {
  it('is said with the decimals it is written with, not rounded to the score decimals', () => {
    const raw = clean();
    raw.departmentEvaluation.total.weight = 90.5;
    raw.projectEvaluations[0].total = { ...raw.projectEvaluations[0].total, weight: 89 };
    expect(findingsOf(raw, 'E_WEIGHT_SUM').map((f) => [f.path, f.expected, f.actual, f.message])).toEqual([
      ['departmentEvaluation.total.weight', '90', '90.5', '部门整体支出绩效目标自评表合计行分值填写为 90.5，各指标分值之和为 90。'],
      ['projectEvaluations.0.total.weight', '90', '89', '项目支出绩效自评表“招商引资工作经费”合计行分值填写为 89，各指标分值之和为 90。'],
    ]);
  });
});

describe('the 一级指标 splits are declared on columns the list has', () => {
  it('a groupWeights column that is not a column of the list is refused at its key', () => {
    editedForm('departmentEvaluation', (yaml) => yaml.replace('      column: level1\n', '      column: levle1\n'));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([
        expect.objectContaining({ id: 'E_PROFILE_FILE', path: expect.stringMatching(/^profiles\/hunan-2022\/forms\/departmentEvaluation\.yaml#sections\.\d+\.groupWeights\.column$/), message: expect.stringContaining('列“levle1”不存在') }),
      ]);
    }
  });
});

describe('a groupWeight finding needs the splits it judges', () => {
  it('a form that names W_LEVEL1_WEIGHTS with its splits taken out is refused at the finding, not left to report nothing', () => {
    editedForm('projectEvaluation', (yaml) => yaml.replace(/ {6}splits:\n( {8}- .*\n)+/, ''));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([
        expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/forms/projectEvaluation.yaml#findings.groupWeight', message: expect.stringContaining('“W_LEVEL1_WEIGHTS”不会报告任何问题') }),
      ]);
    }
  });
});

describe('an indicator row’s outcome is said only by the findings worded for it', () => {
  it('a catalog id without an indicator wording, named under indicatorScore, is refused at its key (it would report nothing)', async () => {
    editedForm('departmentEvaluation', (yaml) => yaml.replace(/indicatorScore: \[/, 'indicatorScore: [E_THREE_PUBLIC_ROW, '));
    await nextTurn();
    try {
      findingsOf(clean(), 'E_QUANT_SCORE');
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([
        expect.objectContaining({
          id: 'E_PROFILE_FILE',
          path: 'profiles/hunan-2022/forms/departmentEvaluation.yaml#findings.indicatorScore.0',
          message: expect.stringContaining('这一种检查只能写 E_QUANT_SCORE、W_MET_NOT_FULL、E_SCORE_MISSING、W_SHORTFALL_REASON、W_QUALITATIVE_REASON；“E_THREE_PUBLIC_ROW”没有这一种检查的措辞'),
        }),
      ]);
    }
  });
});


describe('按支出性质分 against 资金总额 (W_EXPENSE_SPLIT) is declared by 附件3', () => {
  it('a split that does not add up to 资金总额 is a warning at funds.byExpense, naming the parts typed', () => {
    const raw = clean();
    expect(findingsOf(raw, 'W_EXPENSE_SPLIT')).toEqual([]);
    raw.departmentEvaluation.funds.byExpense = { basic: 482.55 };
    expect(findingsOf(raw, 'W_EXPENSE_SPLIT')).toEqual([
      expect.objectContaining({
        level: 'warning',
        path: 'departmentEvaluation.funds.byExpense',
        expected: '505.05',
        actual: '482.55',
        message: '按支出性质分各项之和为 482.55 万元（基本支出 482.55），与资金总额 505.05 万元不一致。',
      }),
    ]);
  });

  it('without `sameAs: fundsTotal` on the field that adds them up, the split is not checked', async () => {
    const raw = clean();
    raw.departmentEvaluation.funds.byExpense = { basic: 1, project: 2 };
    expect(findingsOf(raw, 'W_EXPENSE_SPLIT')).toHaveLength(1);
    // The 基础数据表 column the split is compared with is chosen by this sameAs: that choice goes with it.
    editedForm('departmentEvaluation', (yaml) => yaml.replace('sum: [basic, project], sameAs: fundsTotal }', 'sum: [basic, project] }').replace(/\{ fact: [^}]*, when: expenseTotal \}, /g, ''));
    await nextTurn();
    expect(findingsOf(raw, 'W_EXPENSE_SPLIT')).toEqual([]);
  });

  it('without its name in `findings`, the checks list that names it is refused at that entry', () => {
    editedForm('departmentEvaluation', (yaml) => yaml.replace(/\n {2}sameAs: W_EXPENSE_SPLIT[^\n]*/, ''));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/profile.yaml#checks.8', message: expect.stringContaining('“W_EXPENSE_SPLIT”') })]);
    }
  });

  it('a `sameAs` naming a field the form does not have is refused at that field', () => {
    editedForm('departmentEvaluation', (yaml) => yaml.replace('sameAs: fundsTotal', 'sameAs: fundTotal'));
    try {
      check(clean());
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).findings).toEqual([expect.objectContaining({ id: 'E_PROFILE_FILE', path: 'profiles/hunan-2022/forms/departmentEvaluation.yaml#fields.expenseTotal', message: expect.stringContaining('fundTotal') })]);
    }
  });
});

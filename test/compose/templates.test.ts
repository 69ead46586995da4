import { describe, expect, it } from 'vitest';
import { compileTemplate, TemplateError } from '../../src/compose/handlebars.js';
import { composeNarrative, parseBlocks } from '../../src/compose/narrative.js';
import { EXIT, UserError } from '../../src/diagnostics/finding.js';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData, exampleInput } from '../helpers/example.js';

describe('templates', () => {
  it('a syntax error names the file and line', () => {
    expect(() => compileTemplate('narrative.hbs', '第一行\n第二行\n{{#each items}}\n没有结束')).toThrow(/模板 narrative\.hbs 第 \d 行/);
  });

  it('a misspelt field is an error naming file, line and field, not a silent blank', () => {
    const render = compileTemplate('labels.yaml', '第一行\n金额 {{amout}} 万元');
    try {
      render({ amount: '1.00' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      // The wording is the user's to fix (an edited templates folder): a message and exit 1, not an internal error.
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).exitCode).toBe(EXIT.input);
      expect((e as Error).message).toContain('labels.yaml 第 2 行');
      expect((e as Error).message).toContain('amout');
    }
  });

  it('cannot reach JavaScript prototypes', () => {
    const render = compileTemplate('x.hbs', '{{#with this}}{{constructor.name}}{{/with}}');
    let out = '';
    try {
      out = render({});
    } catch {
      out = '';
    }
    expect(out).not.toContain('Object');
  });

  it('never runs input text as a template, nor lets it make headings', () => {
    const data = exampleData();
    data.narrative.problems = '{{constructor}} {{#each x}}\n# 伪造的标题';
    const input = parseReportInput(data);
    const blocks = composeNarrative(input);
    const i = blocks.findIndex((b) => b.text.startsWith('{{constructor}}'));
    expect(blocks[i]).toEqual({ kind: 'body', text: '{{constructor}} {{#each x}}' });
    expect(blocks[i + 1]).toEqual({ kind: 'body', text: '# 伪造的标题' });
  });
});

describe('narrative', () => {
  it('has the cover, sections 一 to 八 and the closing unit and date', () => {
    const input = exampleInput();
    const blocks = composeNarrative(input);
    expect(blocks.slice(0, 5).map((b) => b.kind)).toEqual(['title', 'subtitle', 'unit', 'signature', 'date']);
    expect(blocks.filter((b) => b.kind === 'h1').map((b) => b.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(blocks.slice(-2)).toEqual([
      { kind: 'closing', text: '衡阳投资促进事务中心' },
      { kind: 'closing', text: '2023年3月22日' },
    ]);
  });

  it('states the figures from the data: 346.17 = 22.50 + 323.67, 三公 from its parts', () => {
    const input = exampleInput();
    const text = composeNarrative(input)
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('2022 年收入决算总额为 346.17 万元，当年支出决算数 346.17 万元，其中：项目支出 22.50 万元，基本支出 323.67 万元');
    expect(text).toContain('公务用车运行维护费 1.24 万元，公务接待费 8.92 万元');
    expect(text).toContain('下设综合科、投资服务科、联络交流科、会展活动科四个科');
  });

  it('reads the markup line by line', () => {
    expect(parseBlocks('@title 标题\n# 一、甲\n## （一）乙\n正文\n@pagebreak\n@closing 单位')).toEqual([
      { kind: 'title', text: '标题' },
      { kind: 'h1', text: '一、甲' },
      { kind: 'h2', text: '（一）乙' },
      { kind: 'body', text: '正文' },
      { kind: 'pagebreak', text: '' },
      { kind: 'closing', text: '单位' },
    ]);
  });
});

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

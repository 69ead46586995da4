// Defaults from the paper form: what a blank field prints, and what each signature line prints.
import { describe, expect, it } from 'vitest';
import { unbroken } from '../helpers/unbroken.js';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { exampleData } from '../helpers/example.js';

function docsOf(data: unknown): DocumentLayout[] {
  return layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles: loadStyles() });
}

/** Every text of a document's content, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'text' || typeof v === 'object' ? texts(v) : []));
  return [];
}
const textOf = (doc: DocumentLayout) => texts(unbroken(doc.content)).join('\n');
const byKind = (docs: DocumentLayout[], kind: string) => docs.filter((d) => d.kind === kind).map(textOf);

describe('defaults from the paper form', () => {
  it('附件2 prints the form’s own 说明 when the input leaves it blank, and the input’s when given', () => {
    const data = exampleData();
    delete data.basicData.note;
    const [blank] = byKind(docsOf(data), 'basicData');
    expect(blank).toContain('说明：“项目支出”需要填报基本支出以外的所有项目支出情况');
    data.basicData.note = '本表金额来自部门决算。';
    const [own] = byKind(docsOf(data), 'basicData');
    expect(own).toContain('说明：本表金额来自部门决算。');
    expect(own).not.toContain('需要填报基本支出以外');
  });

  it('a blank 实施单位 is the unit itself', () => {
    const data = exampleData();
    delete data.projectEvaluations[0].implementer;
    const [first] = byKind(docsOf(data), 'projectEvaluation');
    expect(first).toContain(data.unit.name);
  });

  it('a blank 资金执行率分值 takes the standard 10', () => {
    const data = exampleData();
    delete data.departmentEvaluation.funds.weight;
    expect(parseReportInput(data).departmentEvaluation.funds.weight.toString()).toBe('10');
  });
});

describe('signature lines', () => {
  const named = () => {
    const data = exampleData();
    Object.assign(data.contacts, { principal: '李建国', unitHead: '王明' });
    return data;
  };
  const withLines = (lines: Record<string, string>) => Object.assign(named(), { contacts: { ...named().contacts, signatureLines: lines } });

  it('print the names by default', () => {
    const all = docsOf(named()).map(textOf).join('\n');
    expect(all).toContain('主要负责人签字：李建国');
    expect(all).toContain('填表人（签名）：何蓉');
    expect(all).toContain('王明');
  });

  it('“留空” leaves the line blank for a handwritten signature, on the cover and on the forms', () => {
    const data = withLines({ principal: '留空', preparer: '留空', unitHead: 'blank' });
    const docs = docsOf(data);
    const all = docs.map(textOf).join('\n');
    expect(all).not.toContain(data.contacts.principal);
    expect(all).not.toContain(`填表人（签名）：${data.contacts.preparer}`);
    expect(all).not.toContain(data.contacts.unitHead);
    expect(byKind(docs, 'narrative')[0]).toMatch(/主要负责人签字：\s*(\n|$)/);
  });

  it('“图片” without a signature image is refused with a message saying what is missing', () => {
    expect(() => parseReportInput(withLines({ principal: '图片' }))).toThrow();
    try {
      parseReportInput(withLines({ principal: '图片' }));
    } catch (e: any) {
      expect(e.findings[0].message).toContain('没有给出签名图片文件');
    }
  });
});

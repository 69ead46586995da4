import { loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import type { RenderOptions } from '../../src/render/index.js';

// A small report set for the render tests here and in test/external/.

const paragraph = '衡阳市投资促进事务中心是市商务局所属副处级参照公务员管理事业单位，核定全额拨款事业编制 15 名。'.repeat(6);

/** Two small documents: one long enough for two pages, one landscape table. */
export function docs(): DocumentLayout[] {
  return [
    { kind: 'narrative', title: '部门整体支出绩效自评报告', fileName: '正文', orientation: 'portrait', content: Array.from({ length: 14 }, () => ({ text: paragraph, alignment: 'justify', margin: [0, 0, 0, 8] })) },
    {
      kind: 'basicData',
      title: '部门整体支出绩效评价基础数据表',
      fileName: '附件2',
      orientation: 'landscape',
      content: [{ table: { body: [['经费控制情况', '2022年决算数'], ['一、部门基本支出', '323.67']] } }],
    },
  ];
}

export const options = (): RenderOptions => ({
  styles: loadStyles(),
  meta: { author: '衡阳市投资促进事务中心', subject: '2022 年度部门整体支出绩效自评 & <附件>', keywords: '绩效, 2022', date: '2023-03-22', producer: 'jixiao test' },
  pageNumber: (page, pages) => `— ${page} / ${pages} —`,
});

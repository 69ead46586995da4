/**
 * hunan-2022's 附件3 部门整体支出绩效目标自评表 and 附件4 项目支出绩效自评表 in the editor, drawn from the definitions
 * that print them (templates/profiles/hunan-2022/forms/departmentEvaluation.yaml, projectEvaluation.yaml), each
 * cell placed in today's input through their `input` mapping; and the signature lines under hunan-2022's forms.
 */
import { DEFAULT_PROFILE } from '../../core/defaultProfile.js';
import { loadProfile } from '../../core/profiles.js';
import { bare, GridBuilder, type PrintedContext } from './printed.js';
import type { Grid } from './grid.js';
import { MappedForm, mappedGrids } from './mapped.js';
import { getIn, type Path } from './paths.js';
import { cellText } from './sheet.js';

/** A form of hunan-2022; `base` is the item of the input a form printed once per item is filled from. */
export function hunanForm(id: string, base: Path = []): MappedForm {
  const form = loadProfile(DEFAULT_PROFILE).forms[id];
  const file = `profiles/${DEFAULT_PROFILE}/forms/${id}.yaml`;
  if (!form) throw new Error(`${file} is missing`);
  return new MappedForm(form, file, base);
}

/**
 * 填表人 / 填表日期 / 联系电话 and 单位负责人签字 under a form. Every form prints them; they are typed under the
 * first form (`editable`), and the others show what was typed, as their paper forms do.
 */
export function signatures(ctx: PrintedContext, id: string, editable: boolean): Grid {
  const b = new GridBuilder();
  const lines = [
    [
      ['common.preparer', ['contacts', 'preparer'], 'line'],
      ['common.formDate', ['formDate'], 'date'],
      ['common.phone', ['contacts', 'phone'], 'line'],
    ],
    [['common.unitHead', ['contacts', 'unitHead'], 'line']],
  ] as const;
  lines.forEach((line, r) =>
    line.forEach(([key, path, kind], c) => {
      const label = ctx.labels.text(key, ctx.names);
      const span = line.length === 1 ? { colSpan: 3 } : {};
      if (!editable) return b.label(r, c, `${label}${cellText(getIn(ctx.input, path))}`, { align: 'left', ...span });
      b.put(r, c, { t: 'mixed', parts: [label, { ...ctx.field(kind, path), name: bare(label) }] }, span);
    }),
  );
  return b.grid(id, [1, 1, 1], { plain: true });
}

/** 部门名称 … 整体绩效目标, then the indicators. */
export function departmentGrids(ctx: PrintedContext): Grid[] {
  return mappedGrids(ctx, hunanForm('departmentEvaluation'), 'departmentEvaluation');
}

/** 项目支出名称 … 年度总体目标 (one table), then the indicators, of the project at `index`. */
export function projectGrids(ctx: PrintedContext, index: number): Grid[] {
  return mappedGrids(ctx, hunanForm('projectEvaluation', ['projectEvaluations', index]), `projectEvaluation-${index}`);
}

/**
 * The signature lines under hunan-2022's forms in the editor, and the form a document of its set prints, each cell
 * placed in today's input through the definition's `input` mapping.
 */
import type { Profile, SetDocument } from '../../forms/definition.js';
import { bare, GridBuilder, type PrintedContext } from './printed.js';
import type { Grid } from './grid.js';
import { MappedForm } from './mapped.js';
import { getIn, type Path } from './paths.js';
import { cellText } from './sheet.js';

/** The form a document of the set prints (its `form`); `base` is the item of the input a form printed once per item is filled from. */
export function documentForm(profile: Profile, doc: SetDocument, base: Path = []): MappedForm {
  const id = doc.form!;
  const form = profile.forms[id];
  const file = `profiles/${profile.id}/forms/${id}.yaml`;
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

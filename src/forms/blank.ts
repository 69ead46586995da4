/** A blank input of a profile, made from its definitions: every field, one blank item per list of documents. */
import type { FormDef, Profile } from './definition.js';
import { isNumberKind } from './cells.js';
import { mapList } from '../mapList.js';

const blankOf = (kind: Parameters<typeof isNumberKind>[0]) => (isNumberKind(kind) ? null : '');

function blankForm(form: FormDef): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(mapList(Object.entries(form.fields), ([id, f]) => [id, blankOf(f.kind)]));
  for (const s of form.sections) {
    if (s.kind === 'matrix') {
      out[s.id] = Object.fromEntries(
        mapList(s.rows, (r) => {
          const cells: Record<string, unknown> = Object.fromEntries(mapList(s.columns.filter((c) => !c.rows || c.rows.includes(r.id)), (c) => [c.id, blankOf(c.kind)]));
          if (r.items) cells.items = [{ name: '', ...Object.fromEntries(mapList(s.columns.filter((c) => c.kind === 'money'), (c) => [c.id, null])) }];
          return [r.id, cells];
        }),
      );
    } else if (s.kind === 'list') {
      const item = () => Object.fromEntries(mapList(s.columns, (c) => [c.id, blankOf(c.kind)]));
      out[s.id] = Array.from({ length: Math.max(1, s.minRows) }, item);
    }
  }
  return out;
}

export function blankProfileInput(profile: Profile): Record<string, unknown> {
  const out: Record<string, unknown> = { profile: profile.id };
  for (const [id, f] of Object.entries(profile.fields)) out[id] = blankOf(f.kind);
  for (const d of profile.documents) out[d.each ?? d.id] = d.each ? [blankForm(profile.forms[d.form])] : blankForm(profile.forms[d.form]);
  return out;
}

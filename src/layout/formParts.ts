import { formatChineseDate } from '../compose/format.js';
import type { BlockItem } from './flow/items.js';
import { columnsBlock, overlayImage, shareLine } from './form.js';
import { lineHeight, textWidth } from './measure/text.js';
import type { LayoutContext, Node, SignaturePlace } from './types.js';
import { mapList } from '../mapList.js';

/** Names under which layouts give render the input's images. */
export const IMAGE_NAMES = { principal: 'signature-principal', preparer: 'signature-preparer', unitHead: 'signature-unit-head', seal: 'seal' } as const;
export type ImageRole = keyof typeof IMAGE_NAMES;

/** The images the input gives, by the names the content uses. */
export function documentImages(ctx: LayoutContext): Record<string, string> | undefined {
  const given = ctx.input.contacts.images;
  if (!given) return undefined;
  const out: Record<string, string> = {};
  for (const role of Object.keys(IMAGE_NAMES) as ImageRole[]) if (given[role]) out[IMAGE_NAMES[role]] = given[role]!;
  return Object.keys(out).length ? out : undefined;
}

type SignatureRole = Exclude<ImageRole, 'seal'>;

/** What a signature line prints after its label: the name, nothing (signed by hand), or nothing under the image. */
export function signedName(ctx: LayoutContext, role: SignatureRole, name: string | undefined): string {
  return ctx.input.contacts.signatureLines[role] === 'name' ? (name ?? '') : '';
}

/**
 * A signature image laid over a line, starting after `label` (over the printed name, as one signs on the line),
 * at most `room` points wide, vertically centred on the line.
 */
export function signatureOverlay(ctx: LayoutContext, role: SignatureRole, label: string, fontSize: number, room = Infinity): Node[] {
  // A line left blank is signed by hand: no image over it even when one is given.
  if (!ctx.input.contacts.images?.[role] || ctx.input.contacts.signatureLines[role] === 'blank') return [];
  const { signatureWidth, signatureHeight: h } = ctx.styles.images;
  const lh = lineHeight({ fontSize });
  return [overlayImage(IMAGE_NAMES[role], [Math.max(24, Math.min(signatureWidth, room)), h], textWidth(label, { fontSize }) + 2, -(lh + h) / 2)];
}

/**
 * The seal laid over a line, its centre `x` points from the line's left; `below` puts its top at the line's top
 * (a form's 填报单位 line: the stamp runs down over the table, not up over the title), else centred on the line.
 */
export function sealOverlay(ctx: LayoutContext, x: number, fontSize: number, below = false): Node[] {
  if (!ctx.input.contacts.images?.seal) return [];
  const d = ctx.styles.images.sealSize;
  const lh = lineHeight({ fontSize });
  return [overlayImage(IMAGE_NAMES.seal, [d, d], x - d / 2, below ? -lh - 4 : -(lh + d) / 2)];
}

/** The same seal's square as a signature place: always recorded, whether or not the input gives a seal image. */
export function sealPlace(ctx: LayoutContext, x: number): SignaturePlace {
  const d = ctx.styles.images.sealSize;
  return { role: 'seal', x: x - d / 2, y: -4, width: d, height: d, ...(ctx.input.contacts.images?.seal ? { image: IMAGE_NAMES.seal } : {}) };
}

/** Where the principal's signature goes on a line whose text starts `indent` points in, after `label`. */
export function principalPlace(ctx: LayoutContext, label: string, indent: number, style: { fontSize: number; lineHeight?: number }): SignaturePlace {
  const { signatureWidth: width, signatureHeight: height } = ctx.styles.images;
  // As signatureOverlay: centred on the line, after the label.
  const image = ctx.input.contacts.images?.principal ? { image: IMAGE_NAMES.principal } : {};
  return { role: 'principal', x: indent + textWidth(label, style) + 2, y: lineHeight(style) - (lineHeight({ fontSize: style.fontSize }) + height) / 2, width, height, ...image };
}

/** Where a seal goes on a caption: over the unit name after the colon, or over the （盖章） of a bare label. */
export function sealCentre(caption: string, width: number, d: number, fontSize: number): number {
  const colon = caption.lastIndexOf('：');
  const name = caption.slice(colon + 1);
  const end = textWidth(caption, { fontSize });
  return Math.min(width - d / 2, name.trim() ? end - textWidth(name, { fontSize }) / 2 : end - 2 * fontSize);
}

/** 填表人 / 填表日期 / 联系电话, then 单位负责人签字, below a form `width` wide: kept on the page of the table's last rows. */
export function formSignatures(ctx: LayoutContext, width: number): BlockItem {
  const { labels, input, styles } = ctx;
  const c = input.contacts;
  const fontSize = styles.tables.captionSize;
  const preparer = `${labels.text('common.preparer')}${signedName(ctx, 'preparer', c.preparer)}`;
  const texts = [preparer, `${labels.text('common.formDate')}${formatChineseDate(input.formDate)}`, `${labels.text('common.phone')}${c.phone}`];
  // Long names or numbers: the gaps narrow before the texts wrap.
  const natural = texts.reduce((sum, t) => sum + textWidth(t, { fontSize }) + 1, 0);
  const gap = natural + 2 * 28 <= width ? 28 : 12;
  const widths = shareLine(texts, width, gap, { fontSize }, 2);
  const label = labels.text('common.preparer');
  const signature = signatureOverlay(ctx, 'preparer', label, fontSize, widths[0] + gap - textWidth(label, { fontSize }) - 4);
  const line1 = columnsBlock(
    mapList(texts, (text, i) => ({ text, width: widths[i], extra: i === 0 ? signature : [] })),
    { fontSize, gap, marginTop: 10 },
  );
  const headLabel = labels.text('common.unitHead');
  const headSignature = signatureOverlay(ctx, 'unitHead', headLabel, fontSize);
  const line2 = columnsBlock([{ text: `${headLabel}${signedName(ctx, 'unitHead', c.unitHead)}`, width, extra: headSignature }], { fontSize, gap, marginTop: 10 });
  // pdfmake draws an image laid over a line only if the image's height is still free below the line (else it
  // drops it): the block claims that room, so that a form ending at the foot of its page keeps its signatures.
  const h = styles.images.signatureHeight;
  const below = Math.max(headSignature.length ? h : 0, signature.length ? h - line2.height : 0);
  return { kind: 'block', height: line1.height + line2.height + below, keepWithPrevious: true, make: () => ({ stack: [line1.make(), line2.make()] }) };
}

/** pdfmake table layout with thin rules, for tables laid out by pdfmake alone (the reviewer's findings page). */
export function formTableLayout(padding: number): Record<string, unknown> {
  return {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding - 1,
    paddingBottom: () => padding - 1,
  };
}

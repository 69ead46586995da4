import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create as openFont, type Font } from 'fontkit';
import { fontFiles } from '../node/resources.js';
import { GlyphSubset, TrueTypeFont } from '../render/trueType.js';
import { deflate } from '../render/deflate.js';
import type { AddObject } from './placeholder.js';
import { mapList } from '../mapList.js';

/** An image of the page shown again in the appearance: its object and its size as drawn, from the widget's top left. */
export interface AppearanceImage {
  ref: number;
  width: number;
  height: number;
}

/**
 * The visible signature's appearance: the image the build drew at this place (the seal, the principal's signature)
 * when the input has one, then its lines of text (signer, date) centred in a thin frame, in Noto Sans SC embedded as
 * a subset of just these characters (PDF/A: every font embedded).
 */
export class Appearance {
  private readonly lines: string[];
  private readonly file = readFileSync(fontFiles().normal);
  // One TrueType file, never a collection.
  private readonly cmap = openFont(this.file) as Font;

  constructor(lines: string[]) {
    // PDF/A forbids showing .notdef: a character the font lacks (a rare name character) is shown as "?".
    this.lines = mapList(lines, (line) => mapList([...line], (ch) => (this.cmap.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : '?')).join(''));
  }

  /** The form XObject's content and resources for a widget `width` × `height` points, with its font added. */
  draw(add: AddObject, width: number, height: number, image?: AppearanceImage): { content: Buffer; resources: string } {
    const font = embedFont(add, this.lines.join(''), this.file, this.cmap);
    // The image exactly where the page has it: the same object, the same size, the same top left corner.
    const picture = image ? [`q ${n(image.width)} 0 0 ${n(image.height)} 0 ${n(height - image.height)} cm /Im Do Q`] : [];
    const textWidth = (line: string) => [...line].reduce((sum, ch) => sum + font.widths.get(ch)!, 0) / 1000;
    const widest = Math.max(...mapList(this.lines, textWidth), 1);
    const size = Math.min(10, (height * 0.8) / (this.lines.length * 1.25), (width * 0.9) / widest);
    const leading = size * 1.25;
    const top = (height + this.lines.length * leading) / 2;
    const ops = [...picture, 'q', '0 0 0.55 RG 0 0 0.55 rg 0.6 w', `0.3 0.3 ${n(width - 0.6)} ${n(height - 0.6)} re S`, 'BT', `/F1 ${n(size)} Tf`];
    this.lines.forEach((line, i) => {
      const x = (width - textWidth(line) * size) / 2;
      const y = top - i * leading - size * 0.95;
      const hex = mapList([...line], (ch) => font.codes.get(ch)!.toString(16).padStart(4, '0')).join('');
      ops.push(`1 0 0 1 ${n(x)} ${n(y)} Tm`, `<${hex}> Tj`);
    });
    ops.push('ET', 'Q');
    const xobject = image ? ` /XObject << /Im ${image.ref} 0 R >>` : '';
    return { content: Buffer.from(ops.join('\n'), 'latin1'), resources: `<< /Font << /F1 ${font.ref} 0 R >>${xobject} >>` };
  }
}

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** A Type0 font (Identity-H, CIDToGIDMap Identity) holding the glyphs of `text`, with its widths and ToUnicode map. */
function embedFont(add: AddObject, text: string, file: Buffer, cmap: Font): { ref: number; codes: Map<string, number>; widths: Map<string, number> } {
  // The constructor replaced characters without a glyph: every character here has one.
  const tt = new TrueTypeFont(file);
  const subset = new GlyphSubset(tt, () => undefined);
  const unitsPerEm = tt.tables.get('head')!.readUInt16BE(18);
  const codes = new Map<string, number>();
  const widths = new Map<string, number>();
  for (const ch of new Set(text)) {
    const gid = cmap.glyphForCodePoint(ch.codePointAt(0)!).id;
    codes.set(ch, subset.includeGlyph(gid));
    widths.set(ch, Math.round((tt.metrics(gid)[0] * 1000) / unitsPerEm));
  }
  const program = subset.encode();
  const name = `${tag(text)}+NotoSansSC-Regular`;
  const head = tt.tables.get('head')!;
  const hhea = tt.tables.get('hhea')!;
  const scale = (v: number) => Math.round((v * 1000) / unitsPerEm);
  const bbox = mapList([head.readInt16BE(36), head.readInt16BE(38), head.readInt16BE(40), head.readInt16BE(42)], scale);
  const packed = Buffer.from(deflate(program));
  const fontFile = add(`<<\n/Length1 ${program.length}\n/Filter /FlateDecode\n/Length ${packed.length}\n>>`, packed);
  const descriptor = add(
    `<<\n/Type /FontDescriptor\n/FontName /${name}\n/Flags 4\n/FontBBox [${bbox.join(' ')}]\n/ItalicAngle 0\n/Ascent ${scale(hhea.readInt16BE(4))}\n/Descent ${scale(hhea.readInt16BE(6))}\n/CapHeight ${scale(hhea.readInt16BE(4))}\n/StemV 80\n/FontFile2 ${fontFile} 0 R\n>>`,
  );
  const w = mapList([...codes.entries()].sort((a, b) => a[1] - b[1]), ([ch, code]) => `${code} [${widths.get(ch)}]`);
  const cid = add(
    `<<\n/Type /Font\n/Subtype /CIDFontType2\n/BaseFont /${name}\n/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>\n/FontDescriptor ${descriptor} 0 R\n/W [${w.join(' ')}]\n/CIDToGIDMap /Identity\n>>`,
  );
  const toUnicode = Buffer.from(unicodeCMap(codes));
  const unicode = add(`<<\n/Length ${toUnicode.length}\n>>`, toUnicode);
  const ref = add(`<<\n/Type /Font\n/Subtype /Type0\n/BaseFont /${name}\n/Encoding /Identity-H\n/DescendantFonts [${cid} 0 R]\n/ToUnicode ${unicode} 0 R\n>>`);
  return { ref, codes, widths };
}

/** Six capital letters naming the subset, from its characters (the same text gives the same name). */
function tag(text: string): string {
  return mapList([...createHash('sha256').update(text).digest().subarray(0, 6)], (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** The ToUnicode CMap: each glyph code back to its character, so the appearance's text can be copied and searched. */
function unicodeCMap(codes: Map<string, number>): string {
  const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex');
  const entries = mapList([...codes.entries()], ([ch, code]) => `<${code.toString(16).padStart(4, '0')}> <${hex(ch)}>`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    // A bfchar block holds at most 100 entries.
    ...Array.from({ length: Math.ceil(entries.length / 100) }, (_, i) => entries.slice(i * 100, i * 100 + 100)).flatMap((block) => [`${block.length} beginbfchar`, ...block, 'endbfchar']),
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

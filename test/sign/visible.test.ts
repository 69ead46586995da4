import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { makeCa, makeSigner, p12 } from './pki.js';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A PNG with an alpha channel: ink where `ink` says, transparent elsewhere. */
function png(width: number, height: number, ink: (x: number, y: number) => boolean): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]] = [200, 20, 20, ink(x, y) ? 255 : 0];
    }
  }
  return PNG.sync.write(image);
}

/** Boxes (y down from the page's top) of the images drawn on page 1 and the page's widget annotations. */
async function firstPage(bytes: Buffer): Promise<{ images: Box[]; widgets: Box[] }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const height = page.view[3];
  const ops = await page.getOperatorList();
  const images: Box[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === pdfjs.OPS.save) stack.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === pdfjs.OPS.transform) {
      const [a, b, c, d, e, f] = ops.argsArray[i] as number[];
      const [A, B, C, D, E, F] = ctm;
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (fn === pdfjs.OPS.paintImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1] + ctm[3]].map((y) => height - y);
      images.push({ left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) });
    }
  });
  const widgets = (await page.getAnnotations())
    .filter((a: { subtype: string }) => a.subtype === 'Widget')
    .map(({ rect: [x1, y1, x2, y2] }: { rect: number[] }) => ({ left: x1, right: x2, top: height - y2, bottom: height - y1 }));
  await doc.destroy();
  return { images, widgets };
}

const near = (a: Box, b: Box, tolerance = 1) => (['left', 'right', 'top', 'bottom'] as const).every((k) => Math.abs(a[k] - b[k]) <= tolerance);
const inside = (inner: Box, outer: Box) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

describe('jixiao sign --visible', () => {
  let dir: string;
  let manifest: { files: { path: string; kind: string; signaturePlaces?: { role: string }[] }[] };

  beforeAll(async () => {
    const work = tempDir('jixiao-visible-');
    writeFileSync(join(work, 'seal.png'), png(240, 240, (x, y) => Math.abs(Math.hypot(x - 120, y - 120) - 105) < 6));
    writeFileSync(join(work, 'signature.png'), png(300, 100, (x, y) => Math.abs(y - 50 - 30 * Math.sin(x / 25)) < 3));
    const data = exampleData();
    data.contacts = { ...data.contacts, images: { seal: 'seal.png', principal: 'signature.png' } };
    writeFileSync(join(work, 'input.json'), JSON.stringify(data));
    const ca = makeCa();
    writeFileSync(join(work, 'signer.p12'), p12(makeSigner(ca, '赵六'), ca, 'pw'));
    dir = join(work, 'out');
    const r = await runCli(['build', join(work, 'input.json'), '-o', dir, '--force', '--sign', join(work, 'signer.p12'), '--password', 'pw', '--visible']);
    expect(r.code, r.stderr).toBe(0);
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  }, 120_000);

  it('puts each form\'s signature widget on its seal, and the narrative\'s on the principal\'s signature', async () => {
    const kinds = manifest.files.map((f) => f.kind);
    expect(kinds.filter((k) => ['basicData', 'departmentEvaluation', 'projectEvaluation'].includes(k))).toHaveLength(4);
    for (const f of manifest.files.filter((x) => x.kind !== 'combined')) {
      const { images, widgets } = await firstPage(readFileSync(join(dir, f.path)));
      expect(widgets, f.path).toHaveLength(1);
      const [widget] = widgets;
      if (f.kind === 'narrative') {
        expect(f.signaturePlaces?.[0].role).toBe('principal');
        // The signature image keeps its aspect within the place: it lies inside the widget.
        expect(images.some((img) => inside(img, widget)), f.path).toBe(true);
      } else {
        expect(f.signaturePlaces?.[0].role).toBe('seal');
        expect(images.some((img) => near(img, widget)), `${f.path}: ${JSON.stringify({ images, widget })}`).toBe(true);
      }
    }
  }, 60_000);

  it('shows in each appearance the very image the page draws there (seal or signature), at its size, top left', () => {
    for (const f of manifest.files) {
      const image = (f.signaturePlaces?.[0] as { image?: { name: string; width: number; height: number } } | undefined)?.image;
      expect(image, f.path).toBeDefined();
      const pdf = readFileSync(join(dir, f.path)).toString('latin1');
      const update = pdf.slice(pdf.indexOf('/Type /Sig'));
      const ref = /\/XObject << \/Im (\d+) 0 R >>/.exec(update)?.[1];
      expect(ref, f.path).toBeDefined();
      // The built part of the file (before the signature) names that object under the page's image name.
      expect(pdf.slice(0, pdf.indexOf('/Type /Sig'))).toMatch(new RegExp(`/${image!.name} ${ref} 0 R`));
      expect(update).toContain(`q ${image!.width} 0 0 ${image!.height} 0 `);
    }
  });

  it('shows the signer and the date in the appearance, in an embedded font, and the set verifies', async () => {
    const narrative = manifest.files.find((f) => f.kind === 'narrative')!;
    const pdf = readFileSync(join(dir, narrative.path)).toString('latin1');
    const update = pdf.slice(pdf.indexOf('/Type /Sig'));
    expect(update).toMatch(/\/Subtype \/CIDFontType2[\s\S]*\/FontDescriptor \d+ 0 R/);
    expect(update).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(update).toMatch(/\/AP << \/N \d+ 0 R >>/);
    // The ToUnicode map of the appearance's font holds the signer's name (赵六) and the date's 年.
    for (const ch of ['赵', '六', '年']) expect(update).toContain(`<${Buffer.from(ch, 'utf16le').swap16().toString('hex')}>`);
    const doc = await pdfjs.getDocument({ data: new Uint8Array(Buffer.from(pdf, 'latin1')), verbosity: 0 }).promise;
    const [widget] = (await (await doc.getPage(1)).getAnnotations()).filter((a: { subtype: string }) => a.subtype === 'Widget');
    expect(widget.fieldType).toBe('Sig');
    await doc.destroy();
    const v = await runCli(['verify', dir]);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toContain('签名人：CN=赵六');
  }, 60_000);
});

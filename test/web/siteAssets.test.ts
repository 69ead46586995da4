// The site folder as scripts/build-web.mjs writes it: big files under names that change with their content (safe to
// cache for good on any server), and text, scripts and fonts stored compressed beside themselves.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { buildWeb } from '../../scripts/build-web.mjs';
import { ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

let site: string;

beforeAll(async () => {
  site = join(tempDir('jixiao-site-assets-'), 'web');
  await buildWeb(site);
}, 120_000);

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

describe('the built site’s files', () => {
  it('names each font, the font coverage and pdf.js’s worker by a hash of its content, and nothing names the old files', () => {
    const fonts = readdirSync(join(site, 'fonts')).filter((f) => !/\.(br|gz)$/.test(f)).sort();
    expect(fonts.map((f) => f.replace(/\.[0-9a-f]{10}\./, '.#.'))).toEqual(['NotoSansSC-Bold.#.ttf', 'NotoSansSC-Regular.#.ttf', 'coverage.#.json']);
    for (const f of fonts) {
      const original = readFileSync(join(ROOT, 'fonts', f.replace(/\.[0-9a-f]{10}\./, '.')));
      expect(f, f).toContain(`.${hashOf(original)}.`);
      expect(readFileSync(join(site, 'fonts', f)).equals(original)).toBe(true);
    }
    const css = readFileSync(join(site, 'style.css'), 'utf8');
    for (const f of fonts.filter((n) => n.endsWith('.ttf'))) expect(css).toContain(`url("fonts/${f}")`);
    const scripts = [readFileSync(join(site, 'worker.js'), 'utf8'), readFileSync(join(site, 'style.css'), 'utf8'), ...readdirSync(join(site, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(site, 'chunks', f), 'utf8'))].join('\n');
    expect(/fonts\/(NotoSansSC-(Regular|Bold)\.ttf|coverage\.json)/.exec(scripts)?.[0]).toBeUndefined();
    expect(readdirSync(site).filter((f) => /^pdf\.worker\.min\.[0-9a-f]{10}\.mjs$/.test(f))).toHaveLength(1);
  });

  it('stores text, scripts and fonts compressed beside themselves (.br, .gz), each giving back the file', () => {
    const font = readdirSync(join(site, 'fonts')).find((f) => f.endsWith('.ttf'))!;
    for (const file of [join('fonts', font), 'main.js', 'index.html', 'style.css']) {
      const bytes = readFileSync(join(site, file));
      expect(brotliDecompressSync(readFileSync(join(site, `${file}.br`))).equals(bytes), file).toBe(true);
      expect(gunzipSync(readFileSync(join(site, `${file}.gz`))).equals(bytes), file).toBe(true);
    }
    expect(readFileSync(join(site, 'fonts', `${font}.br`)).length).toBeLessThan(readFileSync(join(site, 'fonts', font)).length * 0.65);
  });
});
